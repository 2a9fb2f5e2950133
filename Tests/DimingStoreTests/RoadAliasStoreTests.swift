import DimingAliases
import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

@Suite("Roads with several names: reading, confirming, rejecting")
struct RoadAliasStoreTests {
    /// 和平路 and its old name 淮海东路 (never retired), two buildings of 阳光小区
    /// under both; 人民路 unrelated.
    static let rows = canonicalHeader + """
        ,331003,东城街道,,和平路,1号,,,,,,,active
        ,331003,东城街道,,和平路,3号,阳光小区,1幢,1单元,101,,,active
        ,331003,东城街道,,和平路,3号,阳光小区,2幢,1单元,101,,,active
        ,331003,东城街道,,和平路,3号,阳光小区,3幢,1单元,102,,,active
        ,331003,东城街道,,淮海东路,8号,阳光小区,2幢,1单元,102,,,active
        ,331003,东城街道,,淮海东路,8号,阳光小区,3幢,1单元,101,,,active
        ,331003,东城街道,,淮海东路,5号,,,,,,,active
        ,331003,东城街道,,人民路,5号,,,,,,,active

        """

    func registry() throws -> TemporaryRegistry {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: Self.rows)
        try #require(outcome.rejected.isEmpty, "\(outcome.rejected)")
        return temp
    }

    func group(_ r: Registry) throws -> AliasGroup {
        let groups = AliasFinder(analyzer: nil, pinyin: nil).find(try r.aliasInput(division: "331003"))
        try #require(groups.count == 1, "\(groups)")
        return groups[0]
    }

    func snapshot(_ r: Registry) throws -> [String] {
        try r.dbWriter.read { (db: Database) throws in
            try String.fetchAll(db, sql: """
                SELECT id || '|' || ifnull(road_id, '') || '|' || number || '|' || status FROM address
                UNION ALL SELECT 'road ' || id || '|' || name || '|' || status FROM road
                UNION ALL SELECT 'name ' || id || '|' || name || '|' || kind FROM road_name
                UNION ALL SELECT 'decision ' || count(*) FROM road_alias_decision
                UNION ALL SELECT 'audit ' || count(*) FROM audit_log
                ORDER BY 1
                """)
        }
    }

    @Test func readsEstateUsesOncePerBuilding() throws {
        let temp = try registry()
        let input = try temp.registry.aliasInput(division: "331003")
        #expect(input.roads.count == 3)
        #expect(input.placeUses.count == 5)
        let g = try group(temp.registry)
        #expect(g.names == ["和平路", "淮海东路"])
        #expect(Set(g.evidence.map(\.kind)) == [.sameEstate, .sameBuilding])
    }

    @Test func confirmMovesAddressesRecordsNamesAndWritesThePlan() throws {
        let temp = try registry()
        let r = temp.registry
        let g = try group(r)
        let result = try r.confirmRoadAlias(
            g, standard: "和平路", presets: DoorplateIssueTests.presets, actor: "reviewer", on: "2026-11-22")
        #expect(result.recordedNames == ["淮海东路"])
        #expect(result.mapping.count == 3)
        #expect(result.mapping.allSatisfy { $0.newAddress.contains("和平路") && $0.oldAddress.contains("淮海东路") })
        #expect(result.signs.map(\.oldSign).sorted() == ["浙江省台州市黄岩区东城街道淮海东路5号", "浙江省台州市黄岩区东城街道淮海东路8号"])
        #expect(result.signs.first { $0.oldSign.hasSuffix("8号") }?.addresses == 2)
        try r.dbWriter.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "SELECT status FROM road WHERE name = '淮海东路'") == "retired")
            #expect(try String.fetchOne(db, sql: "SELECT valid_to FROM road_name WHERE name = '淮海东路' AND kind = 'former'") == "2026-11-22")
            #expect(try String.fetchOne(db, sql: "SELECT decision FROM road_alias_decision") == "confirmed")
            #expect(try String.fetchOne(db, sql: "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "confirm-road-alias")
        }
        // Decided and merged: not proposed again.
        #expect(AliasFinder(analyzer: nil, pinyin: nil).find(try r.aliasInput()).isEmpty)
        #expect(throws: AliasReviewError.self) {
            try r.confirmRoadAlias(g, standard: "和平路", presets: DoorplateIssueTests.presets, actor: "reviewer")
        }
    }

    @Test func confirmRecordsAColloquialNameWithoutAnEndDate() throws {
        let temp = try registry()
        let r = temp.registry
        var g = try group(r)
        g.names.append("老街")
        let result = try r.confirmRoadAlias(
            g, standard: "和平路", colloquial: ["老街"], presets: DoorplateIssueTests.presets, actor: "reviewer", on: "2026-11-22")
        #expect(result.recordedNames.sorted() == ["淮海东路", "老街"].sorted())
        try r.dbWriter.read { (db: Database) throws in
            let rows = try Row.fetchAll(db, sql: """
                SELECT n.name, n.kind, n.valid_to FROM road_name n JOIN road r ON r.id = n.road_id
                WHERE r.name = '和平路' AND r.status = 'active' AND n.kind <> 'standard' ORDER BY n.name
                """)
            let seen = rows.map { "\($0[0] as String) \($0[1] as String) \(($0[2] as String?) ?? "-")" }
            #expect(seen == ["淮海东路 former 2026-11-22", "老街 colloquial -"])
        }
    }

    @Test func rejectIsRememberedAndAudited() throws {
        let temp = try registry()
        let r = temp.registry
        let g = try group(r)
        _ = try r.rejectRoadAlias(g, actor: "reviewer")
        #expect(AliasFinder(analyzer: nil, pinyin: nil).find(try r.aliasInput()).isEmpty)
        try r.dbWriter.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "reject-road-alias")
        }
        #expect(throws: AliasReviewError.alreadyDecided(names: g.names, decision: "rejected")) {
            try r.rejectRoadAlias(g, actor: "reviewer")
        }
    }

    @Test func refusedConfirmChangesNothing() throws {
        let temp = try registry()
        let r = temp.registry
        let g = try group(r)
        // 人民路 has a 5号 too: with a third road whose 5号 clashes, nothing may move.
        var wider = g
        wider.roadIDs.append(try r.dbWriter.read { try Int64.fetchOne($0, sql: "SELECT id FROM road WHERE name = '人民路'")! })
        wider.names.append("人民路")
        let before = try snapshot(r)
        #expect(throws: AliasReviewError.self) {
            try r.confirmRoadAlias(wider, standard: "淮海东路", presets: DoorplateIssueTests.presets, actor: "reviewer")
        }
        #expect(try snapshot(r) == before)
        #expect(throws: AliasReviewError.standardIsNoRoad("旧街")) {
            var named = g
            named.names.append("旧街")
            _ = try r.confirmRoadAlias(named, standard: "旧街", presets: DoorplateIssueTests.presets, actor: "reviewer")
        }
        #expect(try snapshot(r) == before)
        // A road id that no longer carries one of the group's names: the group is stale.
        var stale = g
        stale.roadIDs[1] = wider.roadIDs[2]
        #expect(throws: AliasReviewError.roadGone(wider.roadIDs[2])) {
            try r.confirmRoadAlias(stale, standard: "和平路", presets: DoorplateIssueTests.presets, actor: "reviewer")
        }
        #expect(try snapshot(r) == before)
    }
}
