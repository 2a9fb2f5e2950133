import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

@Suite("Doorplate issuance in the store")
struct DoorplateIssueTests {
    static let presets: NumberingPresets = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("gazetteer/doorplates/policies.tsv")
        return try! NumberingPresets.parse(try! String(contentsOf: url, encoding: .utf8))
    }()

    static let roads = canonicalHeader + """
        ,331003,东城街道,,劳动北路,1号,,,,,,,active
        ,331003,东城街道,,劳动北路,3号,,,,,,,active
        ,331003,东城街道,,劳动北路,7号,,,,,,,active
        ,331003,东城街道,,劳动北路,2号,,,,,,,retired
        ,331003,,,北街,10号,,,,,,,active
        ,331003,西城街道,,西街,12号,,,,,,,active
        ,331002,白云街道,,市府大道,5号,,,,,,,active

        """

    func registry() throws -> TemporaryRegistry {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: Self.roads)
        try #require(outcome.rejected.isEmpty, "\(outcome.rejected)")
        return temp
    }

    func issue(
        _ r: Registry, road: String = "劳动北路", division: String = "331003", side: DoorplateSideChoice? = nil,
        after: String? = nil, metres: Double? = nil
    ) throws -> IssuedDoorplate {
        try r.issueDoorplate(
            DoorplateRequest(divisionCode: division, road: road, side: side, after: after, metres: metres),
            presets: Self.presets, actor: "clerk", on: "2026-11-22")
    }

    func error(_ body: () throws -> Void) -> DoorplateError? {
        do {
            try body()
            return nil
        } catch let error as DoorplateError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    func count(_ r: Registry, _ sql: String) throws -> Int {
        try r.dbWriter.read { try Int.fetchOne($0, sql: sql)! }
    }

    @Test func doorplateIssueNextOnEachSide() throws {
        let temp = try registry()
        let r = temp.registry
        let odd = try issue(r)
        #expect(odd.number == "9号")
        #expect(odd.address == "浙江省台州市黄岩区东城街道劳动北路9号")
        #expect(odd.code == "331003100000001")
        #expect(odd.side == .odd)
        // 2号 was retired: never reused, so the even side goes on at 4.
        let even = try issue(r, side: .parity(.even))
        #expect(even.number == "4号")
        #expect(even.code == "331003100000002")
        // National rule: on an east–west road the south side is odd.
        #expect(try issue(r, side: .facing(.south)).number == "11号")
        // No town known for 北街 (its address has none): the address has no town.
        let north = try issue(r, road: "北街")
        #expect(north.number == "1号")
        #expect(north.address == "浙江省台州市黄岩区北街1号")
        // Codes run per division.
        #expect(try issue(r, road: "市府大道", division: "331002").code == "331002100000001")
    }

    @Test func doorplateRetiredNumberNeverReused() throws {
        let temp = try registry()
        let r = temp.registry
        let issued = try issue(r)
        let retired = try r.retireDoorplate(id: issued.id, actor: "clerk", on: "2026-11-23")
        #expect(retired.code == issued.code)
        #expect(retired.retiredOn == "2026-11-23")
        #expect(try issue(r).number == "11号")
        if case .alreadyRetired = error({ _ = try r.retireDoorplate(id: issued.id, actor: "clerk") }) {} else {
            Issue.record("retiring twice was not refused")
        }
        if case .unknownDoorplate(9999) = error({ _ = try r.retireDoorplate(id: 9999, actor: "clerk") }) {} else {
            Issue.record("an unknown id was not refused")
        }
        let row = try r.dbWriter.read { try Row.fetchOne($0, sql: "SELECT status, retired_on, permanent_code FROM address WHERE id = ?", arguments: [issued.id])! }
        #expect(row[0] as String == "retired")
        #expect(row[1] as String == "2026-11-23")
        #expect(row[2] as String == issued.code)
    }

    @Test func doorplateIssueAfterGivesWholeOrSubNumber() throws {
        let temp = try registry()
        let r = temp.registry
        // 3 → 7: 5 is free.
        #expect(try issue(r, after: "3号").number == "5号")
        // 1 → 3: nothing free, a sub-number in the default (dash) style.
        #expect(try issue(r, after: "1号").number == "1-1号")
        #expect(try issue(r, after: "1").number == "1-2号")
        // In the 之 style, counting on from the existing sub-numbers.
        _ = try r.setNumberingPolicy(
            division: "331003", preset: "national", overrides: NumberingOverrides(subStyle: .zhi), presets: Self.presets,
            actor: "clerk")
        #expect(try issue(r, after: "1号").number == "1号之三")
        // After the last doorplate: the next free number.
        #expect(try issue(r, after: "7号").number == "9号")
        if case .unknownNumber = error({ _ = try issue(r, after: "99号") }) {} else { Issue.record("after a missing doorplate") }
        if case .badNumber = error({ _ = try issue(r, after: "abc") }) {} else { Issue.record("a bad number") }
        if case .sideMismatch = error({ _ = try issue(r, side: .parity(.even), after: "3号") }) {} else {
            Issue.record("a side that contradicts the number")
        }
    }

    @Test func doorplateBeijingAndSkippedNumbers() throws {
        let temp = try registry()
        let r = temp.registry
        // Beijing forbids skipping 4, 13 and 14.
        if case .badPolicy = error({
            _ = try r.setNumberingPolicy(
                division: "331003", preset: "beijing", overrides: NumberingOverrides(skip: [13]), presets: Self.presets,
                actor: "clerk")
        }) {} else { Issue.record("skipping 13 under the Beijing rules was accepted") }
        _ = try r.setNumberingPolicy(division: "331003", preset: "beijing", presets: Self.presets, actor: "clerk")
        #expect(try issue(r, side: .parity(.even)).number == "4号")
        // Beijing: the north side of an east–west road is odd.
        #expect(try issue(r, side: .facing(.north)).number == "9号")
        // A city-level setting applies to its counties without one.
        _ = try r.setNumberingPolicy(
            division: "331000", preset: "national", overrides: NumberingOverrides(skip: [7]), presets: Self.presets,
            actor: "clerk")
        #expect(try r.numberingPolicy(division: "331002", presets: Self.presets).setBy == "331000")
        #expect(try issue(r, road: "市府大道", division: "331002").number == "9号")
        #expect(try r.numberingPolicy(division: "331003", presets: Self.presets).policy.preset == "beijing")
        if case .unknownPreset = error({
            _ = try r.setNumberingPolicy(division: "331003", preset: "atlantis", presets: Self.presets, actor: "clerk")
        }) {} else { Issue.record("an unknown preset") }
        #expect(try count(r, "SELECT count(*) FROM audit_log WHERE action = 'set-numbering-policy'") == 2)
    }

    @Test func doorplateMetricNumbering() throws {
        let temp = try registry()
        let r = temp.registry
        _ = try r.setNumberingPolicy(division: "331003", preset: "jinan", presets: Self.presets, actor: "clerk")
        #expect(try issue(r, metres: 18877).number == "18877号")
        #expect(try issue(r, side: .parity(.even), metres: 18877).number == "18878号")
        if case .numberTaken = error({ _ = try issue(r, metres: 18877) }) {} else { Issue.record("a taken number") }
        if case .metricNeedsPosition = error({ _ = try issue(r) }) {} else { Issue.record("metric without position") }
    }

    @Test func doorplateRefusalsWriteNothing() throws {
        let temp = try registry()
        let r = temp.registry
        let before = try r.summary()
        try r.dbWriter.write { db in
            try db.execute(sql: "UPDATE road SET status = 'retired' WHERE name = '西街'")
            try db.execute(sql: "INSERT INTO road (division_code, name, status) VALUES ('331003', '规划一路', 'planned')")
        }
        _ = try r.setNumberingPolicy(
            division: "331003", preset: "national", overrides: NumberingOverrides(oneSidedRoads: ["北街": .even]),
            presets: Self.presets, actor: "clerk")
        let auditBefore = try count(r, "SELECT count(*) FROM audit_log")

        if case .unknownDivision = error({ _ = try issue(r, division: "999999") }) {} else { Issue.record("unknown division") }
        if case .supersededDivision(_, _, "331083") = error({ _ = try issue(r, division: "331021") }) {} else {
            Issue.record("superseded division")
        }
        if case .notCountyLevel = error({ _ = try issue(r, division: "331000") }) {} else { Issue.record("city level") }
        if case let .unknownRoad(_, _, suggestions) = error({ _ = try issue(r, road: "劳动路") }) {
            #expect(suggestions == ["劳动北路"])
        } else { Issue.record("unknown road") }
        if case .retiredRoad = error({ _ = try issue(r, road: "西街") }) {} else { Issue.record("retired road") }
        if case .plannedRoad = error({ _ = try issue(r, road: "规划一路") }) {} else { Issue.record("planned road") }
        if case .sideNotAllowed = error({ _ = try issue(r, road: "北街", side: .parity(.odd)) }) {} else {
            Issue.record("a side the policy forbids")
        }
        if case .notMetric = error({ _ = try issue(r, metres: 10) }) {} else { Issue.record("metres without metric rules") }

        #expect(try count(r, "SELECT count(*) FROM audit_log") == auditBefore)
        #expect(try r.summary().addresses == before.addresses)
        #expect(try count(r, "SELECT count(*) FROM address_code_sequence") == 0)
        // The one-sided road takes its even side by default; the codes have no gap.
        #expect(try issue(r, road: "北街").number == "12号")
        #expect(try issue(r).code == "331003100000002")
    }

    /// A new address has the key digest the importer would compute, so an
    /// export imported back into the registry matches it instead of adding it.
    @Test func doorplateKeyHashMatchesImport() throws {
        let temp = try registry()
        let r = temp.registry
        let issued = [try issue(r), try issue(r, after: "1号"), try issue(r, road: "北街")]
        for doorplate in issued {
            let hash = try r.dbWriter.read { try Int64.fetchOne($0, sql: "SELECT key_hash FROM address WHERE id = ?", arguments: [doorplate.id])! }
            let key = AddressKey(
                divisionCode: "331003", town: doorplate.town ?? "", community: "", road: doorplate.road,
                number: doorplate.number, estate: "", building: "", unit: "", room: "")
            #expect(hash == key.stableHash)
        }
        let exported = try r.exported()
        // Without ids: the rows are matched by their keys alone.
        let rows = try csvRows(exported).dropFirst().map { fields in
            ([""] + fields.dropFirst()).joined(separator: ",")
        }
        let again = try r.importing(text: canonicalHeader + rows.joined(separator: "\n") + "\n")
        #expect(again.rejected.isEmpty)
        #expect(again.summary.inserted == 0)
        #expect(again.summary.unchanged == rows.count)
    }
}

@Suite("Doorplate estate numbering")
struct DoorplateEstateTests {
    @Test func doorplateEstateLayoutSOrder() {
        let layout = EstateLayout(rows: 2, buildingsPerRow: 3, unitsPerBuilding: 1, floors: 1, roomsPerFloor: 1)
        #expect(layout.buildings.map(\.column) == [1, 2, 3, 3, 2, 1])
        #expect(layout.buildings.map(\.row) == [1, 1, 1, 2, 2, 2])
        #expect(EstateLayout.room(floor: 12, index: 1) == "1201室")
        #expect(EstateLayout.room(floor: 1, index: 2) == "102室")
    }

    @Test func doorplateEstateTenThousandRooms() throws {
        let temp = try TemporaryRegistry()
        let r = temp.registry
        // 5 × 4 buildings, 2 units, 25 floors, 10 rooms per floor: 10,000 rooms.
        let layout = EstateLayout(rows: 5, buildingsPerRow: 4, unitsPerBuilding: 2, floors: 25, roomsPerFloor: 10)
        let start = Date()
        let issued = try r.issueEstate(
            EstateRequest(divisionCode: "331003", estate: "东方花园", town: "东城街道", layout: layout), actor: "clerk")
        let seconds = Date().timeIntervalSince(start)
        #expect(issued.rooms == 10_000)
        #expect(issued.firstAddress == "浙江省台州市黄岩区东城街道东方花园1幢1单元101室")
        #expect(issued.lastAddress == "浙江省台州市黄岩区东城街道东方花园20幢2单元2510室")
        #expect(issued.firstCode == "331003200000001")
        #expect(issued.lastCode == "331003200010000")
        #expect(seconds < 10, "10,000 rooms took \(seconds) s (debug build)")
        let summary = try r.summary()
        #expect(summary.addresses == 10_000)
        #expect(summary.auditEntries == 2)
        let again1 = Result { () throws(DoorplateError) -> IssuedEstate in
            try r.issueEstate(
                EstateRequest(divisionCode: "331003", estate: "东方花园", town: "东城街道", layout: layout), actor: "clerk")
        }
        switch again1 {
        case .failure(.estateAlreadyNumbered): break
        default: Issue.record("an estate was numbered twice: \(again1)")
        }
        // The importer recognises every room: an export read back adds nothing.
        let rows = try csvRows(try r.exported()).dropFirst().map { ([""] + $0.dropFirst()).joined(separator: ",") }
        let again = try r.importing(text: canonicalHeader + rows.joined(separator: "\n") + "\n")
        #expect(again.summary.inserted == 0 && again.summary.unchanged == 10_000)
    }
}
