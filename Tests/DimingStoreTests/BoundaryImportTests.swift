import DimingCSV
import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

/// The 黄临线 between 黄岩区 (331003) and 临海市 (331082): seven markers (004
/// is a double marker, parts A and B) and the 黄仙临 tripoint with 仙居县.
/// The shared TestGazetteer lacks 临海 and 仙居, so this suite has its own.
enum BoundaryFixture {
    static let gazetteer = Gazetteer(
        divisions: [
            Division(code: "330000", name: "浙江省", level: .province, parentCode: nil, shortName: "浙江"),
            Division(code: "331000", name: "台州市", level: .city, parentCode: "330000", shortName: "台州"),
            Division(code: "331003", name: "黄岩区", level: .county, parentCode: "331000", shortName: "黄岩"),
            Division(code: "331024", name: "仙居县", level: .county, parentCode: "331000", shortName: "仙居"),
            Division(code: "331082", name: "临海市", level: .county, parentCode: "331000", shortName: "临海"),
            Division(
                code: "331021", name: "玉环县", level: .county, parentCode: "331000", shortName: "",
                status: .superseded, validTo: "2017-04-09", successorCode: "331083"),
            Division(code: "331083", name: "玉环市", level: .county, parentCode: "331000", shortName: "玉环"),
        ],
        towns: [], changes: [])

    static let markers = """
        line,number,type,sides,lat,lon,managing
        黄临线,001,single,331003;331082,28.700000,121.100000,331003
        黄临线,002,single,331003;331082,28.705000,121.110000,331082
        黄临线,003,single,331003;331082,28.712000,121.118000,331003
        黄临线,004,A,331003;331082,28.718000,121.127000,331003
        黄临线,004,B,331003;331082,28.718300,121.127600,331082
        黄临线,005,single,331003;331082,28.724000,121.136000,331082
        ,006,single,黄岩区;临海市,28.731000,121.142000,331003
        黄仙临,001,single,331003;331024;331082,28.690000,121.090000,331024

        """

    static let round4 = """
        round,line,number,date,condition,lat,lon,inspectors,notes
        4,黄临线,001,2020-05-12,intact,28.700000,121.100000,黄岩:张三;临海:李四,
        4,黄临线,002,2020-05-12,intact,28.705000,121.110000,黄岩:张三;临海:李四,
        4,黄临线,003,2020-05-12,illegible,28.712000,121.118000,黄岩:张三;临海:李四,字迹模糊
        4,黄临线,004A,2020-05-13,intact,28.718000,121.127000,黄岩:张三;临海:李四,
        4,黄临线,004B,2020-05-13,intact,28.718300,121.127600,黄岩:张三;临海:李四,
        4,黄临线,005,2020-05-13,intact,28.724000,121.136000,黄岩:张三;临海:李四,
        4,黄临线,006,2020-05-13,intact,28.731000,121.142000,黄岩:张三;临海:李四,
        4,黄仙临,001,2020-05-14,intact,28.690000,121.090000,黄岩:张三;仙居:赵六;临海:李四,

        """

    /// Round 5: 002 pushed aside by road works (0.0001° north and east), 003
    /// broken, 004B washed away, 005 lost its reference tree, and 001 first
    /// recorded intact then corrected to illegible by an amendment.
    static let round5 = """
        round,line,number,date,condition,lat,lon,inspectors,notes,amends
        5,黄临线,001,2025-05-20,intact,28.700000,121.100000,黄岩:王五;临海:钱七,,
        5,黄临线,002,2025-05-20,displaced,28.705100,121.110100,黄岩:王五;临海:钱七,"修路时被推移 <约15米> & 待恢复",
        5,黄临线,003,2025-05-20,damaged;illegible,28.712000,121.118000,黄岩:王五;临海:钱七,桩体断裂,
        5,黄临线,004A,2025-05-21,intact,28.718000,121.127000,黄岩:王五;临海:钱七,,
        5,黄临线,004B,2025-05-21,lost,,,黄岩:王五;临海:钱七,洪水冲毁,
        5,黄临线,005,2025-05-21,reference-missing,28.724000,121.136000,黄岩:王五;临海:钱七,方位物古樟树已伐,
        5,黄临线,006,2025-05-21,intact,28.731000,121.142000,黄岩:王五;临海:钱七,,
        5,黄临线,001,2025-05-22,illegible,28.700000,121.100000,黄岩:王五;临海:钱七,复核更正,yes

        """

    /// A registry holding the markers and both rounds.
    static func loaded() throws -> Registry {
        let registry = try Registry.inMemory(gazetteer: gazetteer)
        for (text, isMarkers) in [(markers, true), (round4, false), (round5, false)] {
            let summary = try isMarkers ? registry.importMarkers(text) : registry.importInspections(text)
            try #require(summary.committed, "\(summary.rejected)")
        }
        return registry
    }
}

extension Registry {
    func importMarkers(_ text: String) throws -> BoundaryImportSummary {
        try importBoundaryMarkers(from: CSVReader(source: MemoryByteSource(text)), actor: "tester", sourceName: "markers.csv")
    }

    func importInspections(_ text: String) throws -> BoundaryImportSummary {
        try importBoundaryInspections(from: CSVReader(source: MemoryByteSource(text)), actor: "tester", sourceName: "inspections.csv")
    }

    /// Everything a boundary import could touch, to prove a refused import changed nothing.
    func boundarySnapshot() throws -> [String] {
        try dbWriter.read { db in
            var rows: [String] = []
            for table in ["boundary_line", "boundary_tripoint", "boundary_marker", "inspection_round", "line_inspection", "marker_inspection", "marker_reference", "inspection_photo", "audit_log"] {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id").map { "\(table): \($0)" }
            }
            return rows
        }
    }
}

@Suite("Boundary imports")
struct BoundaryImportTests {
    @Test func markersCreateTheLineAndTripoint() throws {
        let registry = try Registry.inMemory(gazetteer: BoundaryFixture.gazetteer)
        let audit = try registry.auditEntries(limit: 100).count
        let summary = try registry.importMarkers(BoundaryFixture.markers)
        #expect(summary.committed)
        #expect(summary.inserted == 8)
        #expect(summary.linesCreated == ["黄临线"])  // the unnamed 006 row derives 黄临线 from 黄岩区;临海市
        #expect(summary.tripointsCreated == ["黄仙临"])
        let entries = try registry.auditEntries(limit: 100)
        #expect(entries.count == audit + 1)
        #expect(entries.first?.action == "import-boundary-markers")

        // The same file again changes nothing; a moved coordinate is an update.
        let again = try registry.importMarkers(BoundaryFixture.markers)
        #expect(again.inserted == 0 && again.unchanged == 8 && again.updated == 0)
        let moved = try registry.importMarkers("line,number,type,sides,lat,lon\n黄临线,1,single,331082;331003,28.7001,121.1\n")
        #expect(moved.updated == 1)
        #expect(try registry.auditEntries(limit: 1).first?.after?.contains("28.7001") == true)
    }

    @Test func roundsFourAndFiveWithDisplacementAndCounts() throws {
        let registry = try BoundaryFixture.loaded()
        let report = try registry.boundaryReport(round: 5, line: "黄临线")
        let line = try #require(report.lines.first)
        #expect(line.sides.map(\.code) == ["331003", "331082"])
        #expect(line.markers.map(\.number) == ["001", "002", "003", "004A", "004B", "005", "006"])
        let byNumber = Dictionary(uniqueKeysWithValues: line.markers.map { ($0.number, $0) })
        // The amendment wins over the first record of 001.
        #expect(byNumber["001"]?.condition == "illegible")
        #expect(byNumber["001"]?.amended == true)
        #expect(byNumber["003"]?.condition == "damaged;illegible")
        #expect(byNumber["004B"]?.displacementM == nil)
        // 0.0001° north (≈11.09 m) and east at 28.7° (≈9.77 m): about 14.78 m.
        let shift = try #require(byNumber["002"]?.displacementM)
        #expect(abs(shift - 14.78) < 0.02)
        #expect(line.counts == [
            "intact": 2, "damaged": 1, "lost": 1, "displaced": 1, "illegible": 2, "reference-missing": 1, "not-inspected": 0,
        ])
        #expect(line.history.map(\.round) == [4, 5])
        #expect(line.history.first?.counts["intact"] == 6)
        #expect(byNumber["003"]?.history.map(\.condition) == ["illegible", "damaged;illegible"])
        #expect(line.actions.map(\.number) == ["001", "002", "003", "004B", "005"])
        #expect(line.actions.first { $0.number == "002" }?.actions == ["restore"])
        #expect(line.actions.first { $0.number == "004B" }?.managing == "临海市")
        // Round 5 did not visit the tripoint, so the unfiltered report leaves it out.
        #expect(try registry.boundaryReport(round: 5).lines.map(\.line) == ["黄临线"])
        #expect(try registry.boundaryReport(round: 4).lines.map(\.line) == ["黄临线", "黄仙临"])
    }

    /// Each bad row alone, after a good one: the import is refused with that
    /// row's line number and reason, and the registry is exactly as before.
    @Test(arguments: [
        ("5,黄温线,001,2025-05-20,intact,28.7,121.1,甲,", ["黄温线", "no boundary line"]),
        ("5,黄临线,009,2025-05-20,intact,28.7,121.1,甲,", ["黄临线", "no marker 009"]),
        ("5,黄临线,004,2025-05-20,intact,28.7,121.1,甲,", ["004", "several parts", "004A"]),
        ("5,黄临线,002,2025-05-20,intact,95.7,121.1,甲,", ["lat 95.7", "out of range"]),
        ("5,黄临线,002,2025-05-20,intact,28.7,200,甲,", ["lon 200", "out of range"]),
        ("5,黄临线,003,2023-02-30,intact,28.7,121.1,甲,", ["2023-02-30", "not a real calendar date"]),
        ("5,黄临线,001,2025-05-23,intact,28.7,121.1,甲,", ["001", "already inspected in round 5", "amends"]),
        ("6,黄临线,006,2030-05-24,intact,28.7,121.1,甲,", ["006", "round 6", "line 2 of this file", "amends"]),
        ("5,黄临线,005,2025-05-20,broken,28.7,121.1,甲,", ["broken", "not known"]),
    ])
    func badInspectionRowLeavesTheRegistryUnchanged(row: String, words: [String]) throws {
        let registry = try BoundaryFixture.loaded()
        let before = try registry.boundarySnapshot()
        let file = "round,line,number,date,condition,lat,lon,inspectors,notes\n"
            + "6,黄临线,006,2030-05-23,intact,28.731,121.142,甲,\n" + row + "\n"
        let summary = try registry.importInspections(file)
        #expect(!summary.committed)
        #expect(summary.rejected.count == 1)
        let rejected = try #require(summary.rejected.first)
        #expect(rejected.line == 3)
        for word in words { #expect(rejected.reason.contains(word), "\"\(rejected.reason)\" lacks \"\(word)\"") }
        #expect(try registry.boundarySnapshot() == before)
    }

    @Test func everyBadRowIsReportedAtOnce() throws {
        let registry = try BoundaryFixture.loaded()
        let before = try registry.boundarySnapshot()
        let summary = try registry.importInspections("""
            round,line,number,date,condition,lat,lon,inspectors,notes
            6,黄临线,001,2030-05-01,intact,28.7,121.1,甲,
            6,黄温线,001,2030-05-01,intact,28.7,121.1,甲,
            6,黄临线,002,2030-02-29,intact,28.7,121.1,甲,
            6,黄临线,001,2030-05-02,intact,28.7,121.1,甲,
            6,黄临线,003,2030-05-01,intact,28.7,121.1
            6,黄临线,001,2030-05-03,lost,,,甲,

            """)
        #expect(summary.rejected.map(\.line) == [3, 4, 5, 6, 7])
        #expect(try registry.boundarySnapshot() == before)
        // 6 does not exist as a round afterwards either.
        #expect(throws: BoundaryError.self) { try registry.boundaryReport(round: 6) }
    }

    @Test func badMarkerRowsAreRefused() throws {
        let registry = try Registry.inMemory(gazetteer: BoundaryFixture.gazetteer)
        let before = try registry.boundarySnapshot()
        let summary = try registry.importMarkers("""
            line,number,type,sides,lat,lon
            黄临线,001,single,331003;331082,28.7,121.1
            黄临线,002,single,331003;339999,28.7,121.1
            黄临线,003,single,331003;331021,28.7,121.1
            黄临线,004,Z,331003;331082,28.7,121.1
            黄临线,005,single,331003,28.7,121.1
            黄临线,001,single,331003;331082,28.7,121.1
            黄临线,007,single,331003;331024,28.7,121.1
            黄临线,008,single,331003;331082,-91,121.1
            黄临线,001,A,331003;331082,28.7,121.1

            """)
        #expect(summary.rejected.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 10])
        #expect(summary.rejected.first { $0.line == 4 }?.reason.contains("successor is 331083") == true)
        #expect(summary.rejected.first { $0.line == 8 }?.reason.contains("registered between 331003;331082") == true)
        #expect(try registry.boundarySnapshot() == before)
    }
}
