import DimingCSV
import DimingCore
import DimingStore
import Foundation
import Testing

@Suite("Importing a file again")
struct ReimportTests {
    static let rows = [
        ",331003,东城街道,,劳动北路,1号,,,,,28.6481,121.2635,active",
        ",331003,东城街道,,劳动北路,3号,,,,,28.6483,121.2637,active",
        ",331003,东城街道,,劳动北路,3-1号,,,,,,,active",
        ",331003,西城街道,,西街,12号,,,,,28.6421,121.2512,retired",
        ",331002,白云街道,,,,星光小区,3幢,2单元,501室,28.655,121.425,active",
        ",331003,北洋镇,前洋村,,5组6号,,,,,,,active",
    ]
    static let file = canonicalHeader + rows.joined(separator: "\n") + "\n"

    @Test func theSameFileTwiceAddsNothing() throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        let first = try registry.importing(text: Self.file)
        #expect(first.summary.inserted == 6)
        #expect(first.summary.committed)
        let afterFirst = try registry.summary()
        let exportAfterFirst = try registry.exported()
        #expect(afterFirst.addresses == 6)

        let second = try registry.importing(text: Self.file)
        #expect(second.rejected.isEmpty, "\(second.rejected)")
        #expect(second.summary.committed)
        #expect(second.summary.rows == 6)
        #expect(second.summary.inserted == 0)
        #expect(second.summary.unchanged == 6)
        #expect(second.summary.updated == 0)
        #expect(second.summary.roadsCreated == 0)
        #expect(second.summary.estatesCreated == 0)
        #expect(second.summary.communitiesCreated == 0)
        // Nothing changed, so nothing is recorded as a change.
        #expect(second.summary.auditEntryID == nil)
        #expect(try registry.summary() == afterFirst)
        #expect(try registry.exported() == exportAfterFirst)

        // The export, with its ids, is recognised too.
        let third = try registry.importing(MemoryByteSource(exportAfterFirst))
        #expect(third.rejected.isEmpty, "\(third.rejected)")
        #expect(third.summary.inserted == 0)
        #expect(third.summary.unchanged == 6)
        #expect(try registry.summary().addresses == 6)
    }

    @Test func aChangedCoordinateIsAnAuditedUpdate() throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        _ = try registry.importing(text: Self.file)
        let auditBefore = try registry.summary().auditEntries
        let id = try #require(try registry.exportedRows().first { $0[col("number")] == "3号" }?[col("id")])

        var changed = Self.rows
        changed[1] = ",331003,东城街道,,劳动北路,3号,,,,,28.6499,121.2637,active"
        let outcome = try registry.importing(text: canonicalHeader + changed.joined(separator: "\n") + "\n")
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected)")
        #expect(outcome.summary.committed)
        #expect(outcome.summary.updated == 1)
        #expect(outcome.summary.unchanged == 5)
        #expect(outcome.summary.inserted == 0)
        #expect(try registry.summary().addresses == 6)

        // The new value is stored.
        let row = try #require(try registry.exportedRows().first { $0[col("id")] == id })
        #expect(row[col("lat")] == "28.6499")
        #expect(row[col("lon")] == "121.2637")

        // One entry for the address (before and after), one for the import.
        #expect(try registry.summary().auditEntries == auditBefore + 2)
        let entries = try registry.auditEntries(limit: 10)
        let update = try #require(entries.first { $0.action == "update" && $0.entity == "address" })
        #expect(update.entityId == id)
        #expect(update.actor == "tester")
        let before = try Self.object(update.before)
        let after = try Self.object(update.after)
        #expect((before["lat"] as? NSNumber)?.doubleValue == 28.6483)
        #expect((after["lat"] as? NSNumber)?.doubleValue == 28.6499)
        #expect((before["lon"] as? NSNumber)?.doubleValue == 121.2637)
        #expect((after["lon"] as? NSNumber)?.doubleValue == 121.2637)
        #expect(before["status"] as? String == "active")
        #expect(after["status"] as? String == "active")

        let importEntry = try #require(entries.first { $0.action == "import" })
        #expect(importEntry.id == outcome.summary.auditEntryID)
        let counts = try Self.object(importEntry.after)
        #expect((counts["updated"] as? NSNumber)?.intValue == 1)
        #expect((counts["inserted"] as? NSNumber)?.intValue == 0)
    }

    @Test func aChangedStatusIsAnUpdateToo() throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        _ = try registry.importing(text: Self.file)
        var changed = Self.rows
        changed[3] = ",331003,西城街道,,西街,12号,,,,,28.6421,121.2512,active"
        let outcome = try registry.importing(text: canonicalHeader + changed.joined(separator: "\n") + "\n")
        #expect(outcome.summary.updated == 1)
        #expect(outcome.summary.unchanged == 5)
        let update = try #require(try registry.auditEntries().first { $0.action == "update" })
        #expect(try Self.object(update.before)["status"] as? String == "retired")
        #expect(try Self.object(update.after)["status"] as? String == "active")
        #expect(try registry.summary().activeAddresses == 6)
    }

    static func object(_ json: String?) throws -> [String: Any] {
        let text = try #require(json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }
}
