import DimingCSV
import DimingCore
import DimingStore
import Foundation
import Testing

@Suite("Duplicates and ids")
struct DuplicateAndIDTests {
    /// Lines 4, 5 and 6 repeat earlier addresses: coordinates are not part of
    /// an address's identity, and surrounding spaces are trimmed.
    static let duplicates = canonicalHeader + """
        ,331003,东城街道,,劳动北路,1号,,,,,28.64,121.26,active
        ,331003,东城街道,,劳动北路,2号,,,,,,,active
        ,331003,东城街道,,劳动北路,1号,,,,,28.64,121.26,active
        ,331003,东城街道,,劳动北路,2号,,,,,28.1,121.1,retired
        ,331003, 东城街道 ,,劳动北路,1号 ,,,,,,,active
        ,331003,东城街道,,劳动北路,2-1号,,,,,,,active

        """

    @Test func duplicatesInAFreshLoadNameTheFirstLine() throws {
        let temp = try TemporaryRegistry()
        let auditBefore = try temp.registry.summary().auditEntries
        let outcome = try temp.registry.importing(text: Self.duplicates)
        #expect(!outcome.summary.committed)
        #expect(outcome.rejectedLines == [4, 5, 6])
        #expect(outcome.reason(line: 4) == "the same address as line 2")
        #expect(outcome.reason(line: 5) == "the same address as line 3")
        #expect(outcome.reason(line: 6) == "the same address as line 2")
        #expect(try temp.registry.summary().addresses == 0)
        #expect(try temp.registry.summary().auditEntries == auditBefore)
    }

    @Test func duplicatesWithSkipBadKeepTheFirstOccurrence() throws {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: Self.duplicates, skipBad: true)
        #expect(outcome.summary.committed)
        #expect(outcome.rejectedLines == [4, 5, 6])
        #expect(outcome.reason(line: 5) == "the same address as line 3")
        #expect(outcome.summary.inserted == 3)
        #expect(outcome.summary.rejected == 3)
        let rows = try temp.registry.exportedRows()
        #expect(rows.map { $0[col("number")] }.sorted() == ["1号", "2-1号", "2号"])
        // The first occurrence wins, with its own values.
        let two = try #require(rows.first { $0[col("number")] == "2号" })
        #expect(two[col("status")] == "active")
        #expect(two[col("lat")] == "")
        #expect(try temp.registry.integrityProblems().isEmpty)
    }

    @Test func newDuplicatesInAMergeAreRejectedToo() throws {
        let temp = try TemporaryRegistry()
        _ = try temp.registry.importing(text: canonicalHeader + ",331002,白云街道,,市府大道,200号,,,,,,,active\n")
        let before = try temp.registry.summary()

        let strict = try temp.registry.importing(text: Self.duplicates)
        #expect(!strict.summary.committed)
        #expect(strict.rejectedLines.first == 4)
        #expect(strict.reason(line: 4)?.contains("the same address as") == true)
        #expect(try temp.registry.summary() == before)

        let skipping = try temp.registry.importing(text: Self.duplicates, skipBad: true)
        #expect(skipping.summary.committed)
        #expect(skipping.rejectedLines == [4, 5, 6])
        for line in [4, 5, 6] {
            #expect(skipping.reason(line: line)?.contains("the same address as") == true, "line \(line)")
        }
        #expect(skipping.summary.inserted == 3)
        #expect(try temp.registry.summary().addresses == 4)
    }

    /// An id repeated in one file, on two different addresses.
    @Test(arguments: [false, true])
    func anIDRepeatedInAFileIsRejected(preloaded: Bool) throws {
        let temp = try TemporaryRegistry()
        if preloaded {
            _ = try temp.registry.importing(text: canonicalHeader + ",331002,白云街道,,市府大道,200号,,,,,,,active\n")
        }
        let before = try temp.registry.summary()
        let file = canonicalHeader + """
            700,331003,东城街道,,劳动北路,1号,,,,,,,active
            700,331003,东城街道,,劳动北路,3号,,,,,,,active
            701,331003,东城街道,,劳动北路,5号,,,,,,,active

            """
        let outcome = try temp.registry.importing(text: file)
        #expect(!outcome.summary.committed)
        #expect(outcome.rejectedLines == [3])
        let reason = try #require(outcome.reason(line: 3))
        #expect(reason.contains("id 700"), "\(reason)")
        #expect(try temp.registry.summary() == before)

        let skipping = try temp.registry.importing(text: file, skipBad: true)
        #expect(skipping.summary.committed)
        #expect(skipping.rejectedLines == [3])
        let rows = try temp.registry.exportedRows()
        #expect(rows.first { $0[col("id")] == "700" }?[col("number")] == "1号")
        #expect(rows.first { $0[col("id")] == "701" }?[col("number")] == "5号")
        #expect(!rows.contains { $0[col("number")] == "3号" })
        #expect(try temp.registry.integrityProblems().isEmpty)
    }

    @Test func explicitIDsAreKept() throws {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: canonicalHeader + """
            1000,331003,东城街道,,劳动北路,1号,,,,,,,active
            42,331003,东城街道,,劳动北路,3号,,,,,,,active
            ,331003,东城街道,,劳动北路,5号,,,,,,,active

            """)
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected)")
        var ids = Dictionary(uniqueKeysWithValues: try temp.registry.exportedRows().map { ($0[col("number")], $0[col("id")]) })
        #expect(ids["1号"] == "1000")
        #expect(ids["3号"] == "42")
        let assigned = try #require(ids["5号"].flatMap { Int($0) })
        #expect(assigned != 1000 && assigned != 42 && assigned > 0)

        // A merge keeps a new explicit id as well.
        let merged = try temp.registry.importing(text: canonicalHeader + "2024,331003,东城街道,,劳动北路,7号,,,,,,,active\n")
        #expect(merged.summary.inserted == 1)
        ids = Dictionary(uniqueKeysWithValues: try temp.registry.exportedRows().map { ($0[col("number")], $0[col("id")]) })
        #expect(ids["7号"] == "2024")
        #expect(ids["3号"] == "42")
    }

    @Test func anIDOfAnotherAddressIsRejectedInAMerge() throws {
        let temp = try TemporaryRegistry()
        _ = try temp.registry.importing(text: canonicalHeader + """
            42,331003,东城街道,,劳动北路,3号,,,,,28.64,121.26,active
            43,331003,东城街道,,劳动北路,5号,,,,,,,active

            """)
        let before = try temp.registry.summary()
        let exportBefore = try temp.registry.exported()

        // Line 2 gives id 42 to a new address; line 3 gives address 42 the id 43.
        let outcome = try temp.registry.importing(text: canonicalHeader + """
            42,331003,东城街道,,劳动北路,99号,,,,,,,active
            43,331003,东城街道,,劳动北路,3号,,,,,28.64,121.26,active
            44,331003,东城街道,,劳动北路,101号,,,,,,,active

            """)
        #expect(!outcome.summary.committed)
        #expect(outcome.rejectedLines == [2, 3])
        let taken = try #require(outcome.reason(line: 2))
        #expect(taken.contains("id 42 already belongs to another address"), "\(taken)")
        #expect(taken.contains("劳动北路3号"), "the message names the address that holds the id: \(taken)")
        #expect(outcome.reason(line: 3) == "this address is already registered under id 42")
        #expect(try temp.registry.summary() == before)
        #expect(try temp.registry.exported() == exportBefore)
    }

    /// A row rejected for its id leaves nothing behind, not even the road or
    /// estate it names: with --skip-bad the clerk fixes the row and imports it
    /// again, and should not find a road that no address uses.
    /// (Names are written only just before the first row that uses them.)
    @Test(arguments: [false, true])
    func aRowRejectedForItsIDCreatesNothing(merge: Bool) throws {
        let temp = try TemporaryRegistry()
        let owner = "700,331002,白云街道,,市府大道,200号,,,,,,,active\n"
        var file = canonicalHeader
        if merge {
            _ = try temp.registry.importing(text: canonicalHeader + owner)
        } else {
            file += owner
        }
        file += """
            700,331003,东城街道,,新华路,3号,,,,,,,active
            700,331003,东城街道,,,,金色家园,1幢,,101室,,,active
            701,331003,东城街道,,劳动北路,5号,,,,,,,active

            """
        let before = try temp.registry.summary()
        let outcome = try temp.registry.importing(text: file, skipBad: true)
        #expect(outcome.summary.committed)
        #expect(outcome.rejectedLines == (merge ? [2, 3] : [3, 4]))
        #expect(outcome.rejected.allSatisfy { $0.reason.contains("id 700") })
        let inserted = merge ? 1 : 2
        #expect(outcome.summary.inserted == inserted)
        #expect(try temp.registry.summary().addresses == before.addresses + inserted)
        #expect(try temp.registry.searchNames("劳动北路").count == 1)
        #expect(try temp.registry.integrityProblems().isEmpty)

        #expect(try temp.registry.searchNames("新华路").isEmpty, "a road named only by a rejected row")
        #expect(try temp.registry.searchNames("金色家园").isEmpty, "an estate named only by a rejected row")
        // 劳动北路, and 市府大道 when it comes from the same file.
        #expect(outcome.summary.roadsCreated == (merge ? 1 : 2))
        #expect(outcome.summary.estatesCreated == 0)
        #expect(try temp.registry.summary().roads == before.roads + (merge ? 1 : 2))
    }

    /// Fresh-load duplicates are found after the rows are written, when the
    /// file's bytes are gone; their rejects still carry the row, rebuilt from
    /// what was loaded (fields trimmed, id left empty), so the rejects file can
    /// be fixed and imported again.
    @Test func duplicateRejectsCarryTheRow() throws {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: Self.duplicates)
        let lines = Self.duplicates.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(outcome.rejectedLines == [4, 5, 6])
        for rejected in outcome.rejected {
            let original = try csvRows(Array(lines[rejected.line - 1].utf8)).first!
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(try csvRows(rejected.raw) == [original], "line \(rejected.line)")
        }
    }
}
