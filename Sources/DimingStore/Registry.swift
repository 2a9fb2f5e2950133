import DimingCore
import Foundation
import GRDB

/// The address registry: one SQLite file, reached only through this façade.
///
/// Every method that changes the registry runs in one transaction and writes its
/// audit entry in that same transaction, so there is no change without a record
/// and no record of a change that did not happen. The type holds no mutable
/// state of its own and the connection pool serialises writes, so one instance
/// can be shared by the threads of a server.
public struct Registry: Sendable {
    let dbWriter: any DatabaseWriter
    public let path: String

    /// Opens an existing registry and brings its schema up to date.
    public static func open(path: String) throws(RegistryError) -> Registry {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path: path) }
        let registry = try Registry(path: path)
        try registry.checkIsRegistry()
        return registry
    }

    /// Creates a registry file and loads the gazetteer's divisions into it.
    public static func create(path: String, gazetteer: Gazetteer, actor: String) throws(RegistryError) -> Registry {
        guard !FileManager.default.fileExists(atPath: path) else { throw .alreadyExists(path: path) }
        do {
            let registry = try Registry(path: path)
            try registry.loadGazetteer(gazetteer, actor: actor)
            return registry
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
    }

    /// A registry in memory, for tests and one-off runs.
    public static func inMemory(gazetteer: Gazetteer? = nil, actor: String = "test") throws(RegistryError) -> Registry {
        do {
            let queue = try DatabaseQueue(configuration: makeConfiguration())
            let registry = try Registry(writer: queue, path: ":memory:")
            if let gazetteer { try registry.loadGazetteer(gazetteer, actor: actor) }
            return registry
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    private init(path: String) throws(RegistryError) {
        do {
            let pool = try DatabasePool(path: path, configuration: Registry.makeConfiguration())
            try self.init(writer: pool, path: path)
        } catch {
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB {
                throw RegistryError.notARegistry(path: path, reason: "not an SQLite database")
            }
            throw RegistryError.wrap(error)
        }
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.dbWriter = writer
        self.path = path
        // Never migrate someone else's database into a registry.
        let foreign = try writer.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            return !tables.isEmpty && !tables.contains("grdb_migrations")
        }
        if foreign { throw RegistryError.notARegistry(path: path, reason: "it is an SQLite database of another application") }
        let migrator = RegistrySchema.migrator
        if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
            throw RegistryError.newerSchema(path: path)
        }
        try migrator.migrate(writer)
    }

    static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Several clerks' processes may write at once (doorplate issuance):
        // wait for the lock rather than fail.
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // A registry change that was reported done must survive a power
            // cut: sync the WAL at every commit (GRDB's WAL default, NORMAL,
            // may lose the last commits). Bulk imports commit once, so this
            // costs them one sync.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }

    private func checkIsRegistry() throws(RegistryError) {
        do {
            let count = try dbWriter.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM division") ?? 0 }
            if count == 0 { throw RegistryError.noGazetteer }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    // MARK: - Audit

    /// The current time as stored in the audit log: UTC, ISO 8601, to the millisecond.
    static func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    /// Runs `body` in one write transaction that also appends an audit entry.
    /// `body` returns what it changed (before, after) for the entry.
    func change<T>(
        actor: String, action: String, entity: String, entityId: String? = nil,
        _ body: (Database) throws -> (result: T, before: String?, after: String?)
    ) throws(RegistryError) -> T {
        do {
            return try dbWriter.write { db in
                let outcome = try body(db)
                let entry = AuditEntry(
                    at: Registry.timestamp(), actor: actor, action: action, entity: entity, entityId: entityId,
                    before: outcome.before, after: outcome.after)
                try entry.insert(db)
                return outcome.result
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    /// The most recent audit entries, newest first.
    public func auditEntries(limit: Int = 50) throws(RegistryError) -> [AuditEntry] {
        do {
            return try dbWriter.read { db in
                try AuditEntry.order(Column("id").desc).limit(limit).fetchAll(db)
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    // MARK: - Overview

    /// Row counts of the main tables, for summaries and health checks.
    public func summary() throws(RegistryError) -> RegistrySummary {
        do {
            return try dbWriter.read { db in
                func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
                return RegistrySummary(
                    divisions: try count("SELECT count(*) FROM division WHERE status = 'current'"),
                    supersededDivisions: try count("SELECT count(*) FROM division WHERE status = 'superseded'"),
                    towns: try count("SELECT count(*) FROM town"),
                    communities: try count("SELECT count(*) FROM community"),
                    roads: try count("SELECT count(*) FROM road"),
                    places: try count("SELECT count(*) FROM place"),
                    addresses: try count("SELECT count(*) FROM address"),
                    activeAddresses: try count("SELECT count(*) FROM address WHERE status = 'active'"),
                    auditEntries: try count("SELECT count(*) FROM audit_log"))
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    /// Runs SQLite's own consistency checks: page structure and foreign keys.
    /// Returns the problems found; empty means the file is sound.
    public func integrityProblems() throws(RegistryError) -> [String] {
        do {
            return try dbWriter.read { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                problems += rows.map { "foreign key: \($0)" }
                return problems
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }
}
