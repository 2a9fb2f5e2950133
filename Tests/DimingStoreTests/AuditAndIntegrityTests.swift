import DimingCSV
import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

@Suite("Audit log and integrity")
struct AuditAndIntegrityTests {
    static let file = canonicalHeader + """
        ,331003,东城街道,,劳动北路,1号,,,,,28.64,121.26,active
        ,331003,东城街道,新民社区,劳动北路,3号,,,,,,,active
        ,331003,北洋镇,前洋村,,5组6号,,,,,,,active
        ,331002,白云街道,,,,星光小区,3幢,2单元,501室,28.655,121.425,active
        ,331083,玉城新区,,玉城大道,1号,,,,,,,active

        """

    @Test func theAuditLogRefusesUpdatesAndDeletes() throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        _ = try registry.importing(text: Self.file)
        let entries = try registry.auditEntries()
        // The gazetteer load and the import: the triggers have rows to refuse.
        #expect(entries.count >= 2)
        #expect(entries.contains { $0.action == "import" })
        #expect(entries.contains { $0.action == "load-gazetteer" })

        let update = #expect(throws: DatabaseError.self) {
            try registry.dbWriter.write { db in
                try db.execute(sql: "UPDATE audit_log SET actor = 'mallory'")
            }
        }
        #expect(update?.message?.contains("append-only") == true, "\(String(describing: update))")
        let delete = #expect(throws: DatabaseError.self) {
            try registry.dbWriter.write { db in
                try db.execute(sql: "DELETE FROM audit_log WHERE action = 'import'")
            }
        }
        #expect(delete?.message?.contains("append-only") == true, "\(String(describing: delete))")
        #expect(throws: DatabaseError.self) {
            try registry.dbWriter.write { db in
                try db.execute(sql: "UPDATE audit_log SET after = NULL WHERE id = (SELECT max(id) FROM audit_log)")
            }
        }
        #expect(try registry.auditEntries() == entries)
    }

    @Test func foreignKeysHoldAfterImports() throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        let first = try registry.importing(text: Self.file)
        #expect(first.summary.committed)
        // Towns and communities not in the gazetteer were created by the import.
        #expect(first.summary.townsCreated == 1)
        #expect(first.summary.communitiesCreated == 2)
        #expect(try registry.integrityProblems() == [])

        // A merge that updates, inserts and creates a road.
        let second = try registry.importing(text: canonicalHeader + """
            ,331003,东城街道,,劳动北路,1号,,,,,28.65,121.27,retired
            ,331003,南城街道,,环城南路,101号,,,,,,,active

            """)
        #expect(second.summary.updated == 1)
        #expect(second.summary.inserted == 1)
        #expect(second.summary.roadsCreated == 1)
        #expect(try registry.integrityProblems() == [])

        // Every address points at an audit entry that exists.
        let orphans = try registry.dbWriter.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM address WHERE change_id IS NULL
                  OR change_id NOT IN (SELECT id FROM audit_log)
                """)
        }
        #expect(orphans == 0)
    }

    /// The check is not vacuous: a dangling reference is reported.
    @Test func integrityProblemsReportsADanglingReference() throws {
        let temp = try TemporaryRegistry()
        let registry = temp.registry
        _ = try registry.importing(text: Self.file)
        try registry.dbWriter.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE address SET road_id = 999999 WHERE road_id IS NOT NULL AND number = '3号'")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let problems = try registry.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("foreign key") == true)
    }
}
