import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

@Suite("Renumbering a road after a rename or a merge")
struct DoorplateRenumberTests {
    func registry() throws -> TemporaryRegistry {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: DoorplateIssueTests.roads)
        try #require(outcome.rejected.isEmpty, "\(outcome.rejected)")
        return temp
    }

    func issue(_ r: Registry, road: String, side: DoorplateSide? = nil, after: String? = nil) throws -> IssuedDoorplate {
        try r.issueDoorplate(
            DoorplateRequest(divisionCode: "331003", road: road, side: side.map { .parity($0) }, after: after),
            presets: DoorplateIssueTests.presets, actor: "clerk", on: "2026-11-22")
    }

    func renumber(_ r: Registry, road: String, _ target: RoadRenumbering.Target) throws -> RenumberedRoad {
        try r.renumberRoad(
            RoadRenumbering(divisionCode: "331003", road: road, target: target), presets: DoorplateIssueTests.presets,
            actor: "clerk", on: "2026-11-23")
    }

    func count(_ r: Registry, _ sql: String) throws -> Int {
        try r.dbWriter.read { try Int.fetchOne($0, sql: sql)! }
    }

    /// Everything a refused renumbering must leave as it was.
    func snapshot(_ r: Registry) throws -> [String] {
        try r.dbWriter.read { db in
            try String.fetchAll(db, sql: """
                SELECT id || '|' || ifnull(road_id, '') || '|' || number || '|' || status || '|' || ifnull(permanent_code, '') FROM address
                UNION ALL SELECT 'road ' || id || '|' || name || '|' || status FROM road
                UNION ALL SELECT 'name ' || id || '|' || name || '|' || kind FROM road_name
                UNION ALL SELECT 'audit ' || count(*) FROM audit_log
                ORDER BY 1
                """)
        }
    }

    @Test func renameKeepsNumbersCodesAndIds() throws {
        let temp = try registry()
        let r = temp.registry
        let nine = try issue(r, road: "劳动北路")
        let sub = try issue(r, road: "劳动北路", after: "1号")
        let result = try renumber(r, road: "劳动北路", .rename("劳动中路"))
        #expect(result.oldRoad == "劳动北路" && result.newRoad == "劳动中路")
        // 1号, 1-1号, 3号, 7号, 9号 are active; 2号 was retired and stays behind.
        #expect(result.moved == 5)
        #expect(result.mapping.map(\.oldNumber) == ["1号", "1-1号", "3号", "7号", "9号"])
        #expect(result.mapping.allSatisfy { $0.oldNumber == $0.newNumber && $0.oldCode == $0.newCode })
        let moved9 = try #require(result.mapping.first { $0.addressId == nine.id })
        #expect(moved9.oldAddress == "浙江省台州市黄岩区东城街道劳动北路9号")
        #expect(moved9.newAddress == "浙江省台州市黄岩区东城街道劳动中路9号")
        #expect(moved9.newCode == nine.code)
        let record = try r.doorplate(.code(nine.code))
        #expect(record.id == nine.id && record.address == moved9.newAddress && record.status == "active")
        #expect(try r.doorplate(.id(sub.id)).number == "1-1号")
        // The old forms stay as retired history on the retired old road.
        let history = try r.doorplate(.id(moved9.historyId))
        #expect(history.status == "retired" && history.road == "劳动北路" && history.number == "9号" && history.code == nil)
        #expect(try count(r, "SELECT count(*) FROM road WHERE name = '劳动北路' AND status = 'retired'") == 1)
        #expect(try count(r, "SELECT count(*) FROM road_name WHERE name = '劳动北路' AND kind = 'former' AND road_id = \(result.newRoadId)") == 1)
        // The renamed road numbers on; the old name is no longer issued on.
        #expect(try issue(r, road: "劳动中路").number == "11号")
        #expect(try issue(r, road: "劳动中路", side: .even).number == "2号")
        #expect(throws: DoorplateError.self) { try issue(r, road: "劳动北路") }
        // One audit entry, carrying the mapping; every moved row points at it.
        let audit = try #require(try r.dbWriter.read { try AuditEntry.fetchOne($0, key: result.auditId) })
        #expect(audit.action == "renumber-road" && audit.after?.contains("劳动中路9号") == true)
        #expect(try count(r, "SELECT count(*) FROM address WHERE change_id = \(result.auditId)") == 10)
        #expect(try r.integrityProblems().isEmpty)
    }

    @Test func intoAnotherRoadNumbersOnByPolicy() throws {
        let temp = try registry()
        let r = temp.registry
        _ = try issue(r, road: "北街")  // 北街 has 1号 and 10号
        _ = try issue(r, road: "西街", side: .odd)  // 西街 has 1号 and 12号
        let result = try renumber(r, road: "北街", .into("西街", keepNumbers: false))
        #expect(result.newRoad == "西街" && result.moved == 2)
        // Sides are kept: 1号 → next odd (3号), 10号 → next even (14号).
        #expect(Dictionary(uniqueKeysWithValues: result.mapping.map { ($0.oldNumber, $0.newNumber) }) == ["1号": "3号", "10号": "14号"])
        #expect(result.mapping.allSatisfy { $0.newAddress.hasSuffix("西街" + $0.newNumber) })
        // The moved doorplates took the town they had; codes kept.
        #expect(try r.doorplate(.id(result.mapping[0].addressId)).road == "西街")
        #expect(try issue(r, road: "西街", side: .odd).number == "5号")
        #expect(try count(r, "SELECT count(*) FROM road WHERE name = '北街' AND status = 'active'") == 0)
        #expect(try r.integrityProblems().isEmpty)
    }

    @Test func intoKeepingNumbers() throws {
        let temp = try registry()
        let r = temp.registry
        // 劳动北路 has 1, 2 (retired), 3, 7; 西街 has 12.
        let result = try renumber(r, road: "劳动北路", .into("西街", keepNumbers: true))
        #expect(result.mapping.map(\.newNumber) == ["1号", "3号", "7号"])
        // 2号 was retired on 劳动北路 and did not move: 西街 may still issue it.
        #expect(try issue(r, road: "西街", side: .even).number == "14号")
    }

    @Test func refusalsWriteNothing() throws {
        let temp = try registry()
        let r = temp.registry
        _ = try issue(r, road: "西街", side: .odd)  // 西街 1号 clashes with 北街's … no: 北街 has 10号
        _ = try issue(r, road: "北街")  // 北街 1号
        let before = try snapshot(r)
        func refused(_ road: String, _ target: RoadRenumbering.Target) -> String? {
            do {
                _ = try renumber(r, road: road, target)
                return nil
            } catch {
                return String(describing: error)
            }
        }
        #expect(refused("北街", .into("西街", keepNumbers: true))?.hasPrefix("西街 already has (or once had) 1号") == true)
        #expect(refused("北街", .rename("西街"))?.contains("already has a road 西街") == true)
        #expect(refused("北街", .rename("北街"))?.contains("cannot be renumbered into itself") == true)
        #expect(refused("北街", .into("北街", keepNumbers: false))?.contains("cannot be renumbered into itself") == true)
        #expect(refused("南街", .rename("新南街"))?.hasPrefix("there is no road 南街") == true)
        #expect(refused("北街", .into("东街", keepNumbers: false))?.hasPrefix("there is no road 东街") == true)
        #expect(refused("北街", .rename(" "))?.contains("new road name must be given") == true)
        #expect(try snapshot(r) == before)
    }

    @Test func metricTargetNeedsKeptNumbers() throws {
        let temp = try registry()
        let r = temp.registry
        _ = try r.setNumberingPolicy(
            division: "331003", preset: "jinan", overrides: NumberingOverrides(), presets: DoorplateIssueTests.presets, actor: "clerk")
        let before = try snapshot(r)
        #expect(throws: DoorplateError.self) { try renumber(r, road: "北街", .into("西街", keepNumbers: false)) }
        #expect(try snapshot(r) == before)
        #expect(try renumber(r, road: "北街", .into("西街", keepNumbers: true)).moved == 1)
    }
}
