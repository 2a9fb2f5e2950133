@testable import DimingStore
import Foundation
import GRDB
import Testing

/// A registry written before migration v4 has no naming keys: the migration
/// adds the tables, and the first lookup keys every existing name.
@Suite("Naming keys migration")
struct NamingKeyMigrationTests {
    /// A stand-in for the naming engine's keys: one key per name.
    func keys(_ n: NamingRegistryName) -> [Int64] { [Int64(n.name.unicodeScalars.reduce(0) { $0 &* 31 &+ Int($1.value) })] }

    @Test func registryFromBeforeV4GetsKeysForItsNames() throws {
        let temporary = try TemporaryRegistry()
        let path = temporary.registry.path
        _ = try temporary.registry.importing(text: canonicalHeader + ",331003,东城街道,,劳动北路,1号,,,,,,,active\n")
        // Back to the v3 schema, as an older diming left it, with one more
        // road written while no trigger watched.
        try temporary.registry.dbWriter.write { db in
            for trigger in ["naming_key_road_ai", "naming_key_road_au", "naming_key_road_ad", "naming_key_place_ai", "naming_key_place_au", "naming_key_place_ad"] {
                try db.execute(sql: "DROP TRIGGER \(trigger)")
            }
            for table in ["naming_key", "naming_key_stale", "naming_key_state"] { try db.execute(sql: "DROP TABLE \(table)") }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-naming-keys'")
            try db.execute(sql: "INSERT INTO road (division_code, name) VALUES ('331002', '解放南路')")
        }
        let reopened = try Registry.open(path: path)
        let all = try reopened.namingNames()
        #expect(all.map(\.name) == ["解放南路", "劳动北路"])
        for name in all {
            let found = try reopened.namingCandidates(
                probes: keys(name), divisionPrefix: "33", kinds: ["road"], fingerprint: "f", keys: keys)
            #expect(found == [name])
        }
        #expect(try reopened.refreshNamingKeys(fingerprint: "f", keys: keys) == NamingKeyRefresh())
        // Retiring a road through SQL takes it out at once.
        try reopened.dbWriter.write { try $0.execute(sql: "UPDATE road SET status = 'retired' WHERE name = '解放南路'") }
        #expect(try reopened.namingCandidates(probes: keys(all[0]), divisionPrefix: "33", kinds: ["road"], fingerprint: "f", keys: keys).isEmpty)
    }
}
