import DimingCSV
import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

@Suite("Name search")
struct SearchTests {
    static let file = canonicalHeader + """
        ,331003,东城街道,,劳动北路,1号,,,,,,,active
        ,331003,东城街道,,劳动南路,2号,,,,,,,active
        ,331003,西城街道,,青年路,3号,,,,,,,active
        ,331002,白云街道,,劳动路,4号,,,,,,,active
        ,331002,白云街道,,,,星光小区,3幢,2单元,501室,,,active

        """

    /// A registry with the file loaded; shared by the read-only tests below.
    static func loaded() throws -> TemporaryRegistry {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: file)
        try #require(outcome.summary.committed && outcome.summary.roadsCreated == 4)
        return temp
    }

    static func roads(_ matches: [NameMatch]) -> [String] {
        matches.filter { $0.kind == .road }.map(\.name).sorted()
    }

    @Test(arguments: ["劳", "劳动"])
    func shortQueriesScanTheNames(query: String) throws {
        let temp = try Self.loaded()
        let matches = try temp.registry.searchNames(query)
        #expect(Self.roads(matches) == ["劳动北路", "劳动南路", "劳动路"])
        #expect(!matches.contains { $0.name == "青年路" })
    }

    @Test(arguments: ["劳动北", "劳动北路", "动北路"])
    func longerQueriesUseTheFullTextIndex(query: String) throws {
        let temp = try Self.loaded()
        let matches = try temp.registry.searchNames(query)
        #expect(Self.roads(matches) == ["劳动北路"])
        let match = try #require(matches.first)
        #expect(match.kind == .road)
        #expect(match.nameKind == "standard")
        #expect(match.standardName == "劳动北路")
        #expect(match.divisionCode == "331003")
    }

    @Test func placesAndDivisionFilter() throws {
        let temp = try Self.loaded()
        for query in ["星光", "星光小区"] {
            let matches = try temp.registry.searchNames(query)
            #expect(matches.count == 1, "\(query)")
            #expect(matches.first?.kind == .place)
            #expect(matches.first?.name == "星光小区")
            #expect(matches.first?.nameKind == "residential")
        }
        #expect(Self.roads(try temp.registry.searchNames("劳", divisionCode: "331002")) == ["劳动路"])
        #expect(Self.roads(try temp.registry.searchNames("劳动", divisionCode: "331003")) == ["劳动北路", "劳动南路"])
        #expect(try temp.registry.searchNames("解放").isEmpty)
        #expect(try temp.registry.searchNames("  ").isEmpty)
        #expect(try temp.registry.searchNames("劳", limit: 2).count == 2)
    }

    @Test func formerNamesAreFound() throws {
        let temp = try Self.loaded()
        let road = try #require(try temp.registry.searchNames("劳动北路").first)
        try temp.registry.dbWriter.write { db in
            try db.execute(
                sql: "INSERT INTO road_name (road_id, name, kind, valid_to, source) VALUES (?, '解放北路', 'former', '1981', 'test')",
                arguments: [road.id])
        }
        for query in ["解", "解放", "解放北", "解放北路", "放北路"] {
            let matches = try temp.registry.searchNames(query)
            #expect(matches.count == 1, "\(query): \(matches)")
            let match = try #require(matches.first)
            #expect(match.kind == .road)
            #expect(match.id == road.id)
            #expect(match.name == "解放北路")
            #expect(match.nameKind == "former")
            #expect(match.standardName == "劳动北路")
        }
        // The current name is still found, once.
        #expect(Self.roads(try temp.registry.searchNames("劳动北")) == ["劳动北路"])
        // Both names contain 北路.
        #expect(try temp.registry.searchNames("北路").filter { $0.id == road.id }.count == 2)
    }
}
