import DimingCSV
import DimingCore
import DimingStore
import Foundation
import Testing

@Suite("Export and re-import")
struct RoundTripTests {
    /// Rows chosen to exercise everything an export must carry: assigned and
    /// explicit ids, coordinates present and absent, both statuses, the
    /// sub-number styles, a rural group number, estates with building, unit and
    /// room, a community, and a name that needs CSV quoting.
    static let sample = canonicalHeader + """
        ,331003,东城街道,,劳动北路,118号,,,,,28.6448,121.2621,active
        ,331003,东城街道,,劳动北路,118-1号,,,,,28.64481,121.26215,active
        ,331003,东城街道,,劳动北路,118号之一,,,,,,,active
        ,331003,西城街道,,青年路,7甲号,,,,,28.6421,121.2512,retired
        ,331003,北洋镇,前洋村,,5组6号,,,,,28.7012,121.1803,active
        500,331002,白云街道,,东环大道,12号,,,,,28.66,121.43,active
        ,331002,白云街道,,,,星光小区,3幢,2单元,501室,28.655,121.425,active
        ,331002,白云街道,,,,星光小区,3幢,2单元,502室,28.655,121.425,active
        ,331002,海门街道,,,,"银座,花园",1幢,,101室,-28.5,-121.25,active
        42,331083,,,玉城大道,1号,,,,,28.1353,121.2345,active

        """

    @Test func exportImportExportIsByteIdentical() throws {
        let a = try TemporaryRegistry()
        let first = try a.registry.importing(text: Self.sample)
        #expect(first.rejected.isEmpty, "\(first.rejected)")
        #expect(first.summary.committed)
        #expect(first.summary.inserted == 10)

        let exportA = try a.registry.exported()
        let b = try TemporaryRegistry()
        let second = try b.registry.importing(MemoryByteSource(exportA))
        #expect(second.rejected.isEmpty, "\(second.rejected)")
        #expect(second.summary.inserted == 10)
        let exportB = try b.registry.exported()

        #expect(exportA == exportB)
        #expect(String(decoding: exportA, as: UTF8.self) == String(decoding: exportB, as: UTF8.self))
        #expect(try a.registry.summary().addresses == 10)
        #expect(try b.registry.summary().addresses == 10)
        #expect(try a.registry.summary().roads == (try b.registry.summary().roads))
        #expect(try a.registry.summary().places == (try b.registry.summary().places))
    }

    @Test func idsCoordinatesStatusNumbersAndEstatesSurvive() throws {
        let a = try TemporaryRegistry()
        _ = try a.registry.importing(text: Self.sample)
        let b = try TemporaryRegistry()
        _ = try b.registry.importing(MemoryByteSource(try a.registry.exported()))
        let rowsA = try a.registry.exportedRows()
        let rows = try b.registry.exportedRows()
        try #require(rows.count == 10)

        // Every row has 13 fields and a unique positive id, the same in both registries.
        #expect(rows.allSatisfy { $0.count == 13 })
        let ids = rows.map { Int($0[col("id")]) }
        #expect(ids.allSatisfy { ($0 ?? 0) > 0 })
        #expect(Set(ids).count == 10)
        #expect(ids == rowsA.map { Int($0[col("id")]) })
        #expect(ids == ids.sorted { ($0 ?? 0) < ($1 ?? 0) }, "the export is ordered by id")

        func row(number: String, room: String = "") throws -> [String] {
            try #require(rows.first { $0[col("number")] == number && $0[col("room")] == room })
        }
        // Explicit ids are kept.
        let east = try row(number: "12号")
        #expect(east[col("id")] == "500")
        #expect(east[col("road")] == "东环大道")
        #expect(east[col("town")] == "白云街道")
        #expect(east[col("lat")] == "28.66")
        #expect(east[col("lon")] == "121.43")
        #expect(try row(number: "1号")[col("id")] == "42")
        #expect(try row(number: "1号")[col("division_code")] == "331083")

        // Sub-numbers are stored exactly as written, each a distinct address.
        let main = try row(number: "118号")
        #expect(main[col("lat")] == "28.6448")
        #expect(main[col("lon")] == "121.2621")
        let dash = try row(number: "118-1号")
        #expect(dash[col("lat")] == "28.64481")
        #expect(dash[col("lon")] == "121.26215")
        let zhiyi = try row(number: "118号之一")
        #expect(zhiyi[col("lat")] == "")
        #expect(zhiyi[col("lon")] == "")
        #expect(zhiyi[col("road")] == "劳动北路")

        let jia = try row(number: "7甲号")
        #expect(jia[col("status")] == "retired")
        #expect(jia[col("road")] == "青年路")
        #expect(jia[col("town")] == "西城街道")

        let rural = try row(number: "5组6号")
        #expect(rural[col("town")] == "北洋镇")
        #expect(rural[col("community")] == "前洋村")
        #expect(rural[col("road")] == "")
        #expect(rural[col("lat")] == "28.7012")

        // Estates with building, unit and room.
        let flat = try row(number: "", room: "501室")
        #expect(flat[col("estate")] == "星光小区")
        #expect(flat[col("building")] == "3幢")
        #expect(flat[col("unit")] == "2单元")
        #expect(flat[col("lat")] == "28.655")
        #expect(try row(number: "", room: "502室")[col("estate")] == "星光小区")
        let quoted = try row(number: "", room: "101室")
        #expect(quoted[col("estate")] == "银座,花园")
        #expect(quoted[col("building")] == "1幢")
        #expect(quoted[col("unit")] == "")
        #expect(quoted[col("lat")] == "-28.5")
        #expect(quoted[col("lon")] == "-121.25")
        #expect(rows.filter { $0[col("status")] == "active" }.count == 9)
    }

    @Test func jsonLinesCarryTheCanonicalKeysAndTheSameValues() throws {
        let a = try TemporaryRegistry()
        _ = try a.registry.importing(text: Self.sample)
        let csv = try a.registry.exportedRows()
        let jsonl = String(decoding: try a.registry.exported(.jsonl), as: UTF8.self)
        #expect(jsonl.hasSuffix("\n"))
        let lines = jsonl.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        try #require(lines.count == csv.count)

        for (line, fields) in zip(lines, csv) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let dictionary = try #require(object as? [String: Any], "not a JSON object: \(line)")
            #expect(Set(dictionary.keys) == Set(CanonicalAddressCSV.columns))
            #expect((dictionary["id"] as? NSNumber)?.int64Value == Int64(fields[col("id")]))
            for name in ["division_code", "town", "community", "road", "number", "estate", "building", "unit", "room", "status"] {
                #expect(dictionary[name] as? String == fields[col(name)], "\(name) in \(line)")
            }
            for name in ["lat", "lon"] {
                if fields[col(name)].isEmpty {
                    #expect(dictionary[name] is NSNull, "\(name) in \(line)")
                } else {
                    #expect((dictionary[name] as? NSNumber)?.doubleValue == Double(fields[col(name)]), "\(name) in \(line)")
                }
            }
        }
        #expect(jsonl.contains(#""estate":"银座,花园""#))
    }

    /// The same round trip through real files: the fixture read with
    /// FileByteSource, the exports written with FileByteSink.
    @Test func roundTripThroughFiles() throws {
        let fixture = try #require(Bundle.module.url(forResource: "taizhou-addresses", withExtension: "csv", subdirectory: "Fixtures"))
        let a = try TemporaryRegistry()
        let imported = try a.registry.importing(try FileByteSource(path: fixture.path))
        #expect(imported.rejected.isEmpty, "\(imported.rejected)")
        #expect(imported.summary.inserted == 12)

        let firstPath = a.directory.appendingPathComponent("first.csv").path
        #expect(try a.registry.exportAddresses(to: try FileByteSink(path: firstPath), format: .csv) == 12)
        let b = try TemporaryRegistry()
        let again = try b.registry.importing(try FileByteSource(path: firstPath))
        #expect(again.summary.inserted == 12)
        let secondPath = a.directory.appendingPathComponent("second.csv").path
        try b.registry.exportAddresses(to: try FileByteSink(path: secondPath), format: .csv)
        let first = try Data(contentsOf: URL(fileURLWithPath: firstPath))
        let second = try Data(contentsOf: URL(fileURLWithPath: secondPath))
        #expect(first.count > 12 * 20)
        #expect(first == second)
    }
}
