import DimingCSV
import DimingCore
import DimingStore
import Foundation
import Testing

@Suite("Bad rows")
struct RejectionTests {
    /// One bad row of each kind between good rows, as (line, bytes, words the reason must contain).
    static let badRows: [(line: Int, bytes: [UInt8], reason: [String])] = [
        (3, Array(",331003,东城街道,,劳动北路,2号,,,,,28.64,121.26".utf8), ["wrong number of columns", "expected 13, found 12"]),
        (5, Array(",331003,\"东城街道,,劳动北路,3号,,,,,,,active".utf8), ["broken quoting", "never closed"]),
        (6, Array(",331099,,,劳动北路,4号,,,,,,,active".utf8), ["331099", "not in the gazetteer"]),
        (7, Array(",331021,,,城关路,5号,,,,,,,active".utf8), ["331021", "玉环县", "no longer exists", "successor 331083"]),
        (8, Array(",331003,东城街道,,劳动".utf8) + [0xFF, 0xFE] + Array("北路,6号,,,,,,,active".utf8), ["road", "not valid UTF-8", "--encoding gb18030"]),
        (9, Array(",331003,东城街道,,劳动\u{07}北路,7号,,,,,,,active".utf8), ["road", "control character", "U+0007"]),
        (10, Array(",331003,东城街道,,\(String(repeating: "路", count: 121)),8号,,,,,,,active".utf8), ["road", "121 characters", "limit is 120"]),
        (11, Array(",331003,东城街道,,劳动北路,九号,,,,,,,active".utf8), ["number", "九号", "not a doorplate designation"]),
        (12, Array(",331003,东城街道,,劳动北路,10号,,,,,91.5,121.26,active".utf8), ["lat", "91.5", "latitude"]),
        (13, Array(",331003,东城街道,,劳动北路,11号,,,,,28.64,east,active".utf8), ["lon", "east", "longitude"]),
    ]
    static let goodRows: [(line: Int, bytes: [UInt8])] = [
        (2, Array(",331003,东城街道,,劳动北路,1号,,,,,28.64,121.26,active".utf8)),
        (4, Array(",331003,东城街道,,劳动北路,1-1号,,,,,,,active".utf8)),
        (14, Array(",331083,,,玉城大道,1号,,,,,28.13,121.23,active".utf8)),
    ]

    static var file: [UInt8] {
        var lines: [Int: [UInt8]] = [1: Array(canonicalHeader.dropLast().utf8)]
        for row in badRows { lines[row.line] = row.bytes }
        for row in goodRows { lines[row.line] = row.bytes }
        var bytes: [UInt8] = []
        for line in 1...lines.keys.max()! {
            bytes += lines[line]!
            bytes.append(0x0A)
        }
        return bytes
    }

    static func checkReported(_ outcome: ImportOutcome) {
        #expect(outcome.rejectedLines == badRows.map(\.line))
        for bad in badRows {
            guard let rejected = outcome.rejected.first(where: { $0.line == bad.line }) else { continue }
            for word in bad.reason {
                #expect(rejected.reason.contains(word), "line \(bad.line): \"\(rejected.reason)\" lacks \"\(word)\"")
            }
            // The rejects file gets the row exactly as it was, to be fixed and imported again.
            #expect(rejected.raw == bad.bytes, "line \(bad.line)")
        }
        #expect(outcome.summary.rows == badRows.count + goodRows.count)
        #expect(outcome.summary.rejected == badRows.count)
    }

    /// With and without addresses already in the registry (fresh load and merge).
    @Test(arguments: [false, true])
    func oneBadRowMeansNothingIsWritten(preloaded: Bool) throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        if preloaded {
            let seed = try registry.importing(text: canonicalHeader + ",331002,白云街道,,市府大道,200号,,,,,28.65,121.42,active\n")
            #expect(seed.summary.inserted == 1)
        }
        let before = try registry.summary()
        let exportBefore = try registry.exported()

        let outcome = try registry.importing(bytes: Self.file)
        Self.checkReported(outcome)
        #expect(!outcome.summary.committed)
        #expect(outcome.summary.auditEntryID == nil)

        let after = try registry.summary()
        #expect(after.addresses == before.addresses)
        #expect(after.auditEntries == before.auditEntries)
        #expect(after.roads == before.roads)
        #expect(after == before)
        #expect(try registry.exported() == exportBefore)
        #expect(try registry.integrityProblems().isEmpty)
    }

    @Test(arguments: [false, true])
    func skipBadLoadsTheGoodRowsAndReportsTheBadOnes(preloaded: Bool) throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        if preloaded {
            _ = try registry.importing(text: canonicalHeader + ",331002,白云街道,,市府大道,200号,,,,,28.65,121.42,active\n")
        }
        let before = try registry.summary()

        let outcome = try registry.importing(bytes: Self.file, skipBad: true)
        Self.checkReported(outcome)
        #expect(outcome.summary.committed)
        #expect(outcome.summary.inserted == Self.goodRows.count)
        #expect(outcome.summary.auditEntryID != nil)

        let after = try registry.summary()
        #expect(after.addresses == before.addresses + Self.goodRows.count)
        #expect(after.auditEntries > before.auditEntries)
        let numbers = Set(try registry.exportedRows().map { "\($0[col("division_code")]) \($0[col("road")]) \($0[col("number")])" })
        #expect(numbers.isSuperset(of: ["331003 劳动北路 1号", "331003 劳动北路 1-1号", "331083 玉城大道 1号"]))
        // Nothing from a bad row got in, not even the road it named.
        #expect(!numbers.contains { $0.hasPrefix("331021") || $0.contains("城关路") })
        #expect(try registry.searchNames("城关路").isEmpty)
        #expect(try registry.integrityProblems().isEmpty)
    }

    @Test func aBadHeaderFailsTheWholeFile() throws {
        let temp = try TemporaryRegistry()
        #expect(throws: RegistryError.self) {
            try temp.registry.importing(text: "id,division_code,road,number\n,331003,劳动北路,1号\n")
        }
        #expect(throws: RegistryError.self) {
            try temp.registry.importing(text: "")
        }
        #expect(try temp.registry.summary().addresses == 0)
    }
}
