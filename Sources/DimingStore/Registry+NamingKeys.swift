import GRDB

/// The naming keys: what the duplicate and homophone rules compare, stored
/// per name so that a check at county, city or province scope is a few
/// indexed lookups instead of reading and keying every name in scope.
///
/// Why computed lazily and invalidated by triggers, not written by every
/// path that changes a name: the keys need the gazetteer's pinyin tables,
/// road generics and division names, which the store does not have and
/// which an office may edit. Making import, renumbering, the alias review,
/// the estate commands and every future writer compute keys would tie each of
/// them to the naming engine and its files, and one forgotten path would
/// leave wrong keys behind silently. Instead SQLite triggers queue every
/// added, renamed, moved, retired or deleted road and place, whatever wrote
/// it (NamingKeySchema), and a naming command brings the keys up to date
/// before it looks anything up: the queued rows only, or all of them when the
/// tables they were computed with have changed (a different fingerprint) or
/// were never built (a registry from before migration v4). A lookup reads
/// the queue and the fingerprint in the same transaction as the keys, so it
/// never answers from stale keys.
extension Registry {
    /// Queued rows beyond this share of all names are cheaper to redo from
    /// scratch (sorted inserts, the owner index built once) than one by one.
    static let namingKeyRebuildShare = 0.2

    /// Brings the stored naming keys up to date with the names and with
    /// `fingerprint` (the key version and gazetteer tables `keys` uses).
    /// `keys` gives the keys of one current road or place name.
    @discardableResult
    public func refreshNamingKeys(fingerprint: String, keys: (NamingRegistryName) -> [Int64]) throws(RegistryError)
        -> NamingKeyRefresh
    {
        do {
            if try dbWriter.read({ try Self.namingKeysCurrent($0, fingerprint: fingerprint) }) { return NamingKeyRefresh() }
            return try dbWriter.write { db in
                // Another process may have done it while this one waited.
                if try Self.namingKeysCurrent(db, fingerprint: fingerprint) { return NamingKeyRefresh() }
                let stored = try String.fetchOne(db, sql: "SELECT value FROM naming_key_state WHERE name = 'fingerprint'")
                let queued = try Int.fetchOne(db, sql: "SELECT count(*) FROM naming_key_stale") ?? 0
                let total =
                    try Int.fetchOne(
                        db, sql: "SELECT (SELECT count(*) FROM road WHERE status <> 'retired') + (SELECT count(*) FROM place WHERE status <> 'retired')"
                    ) ?? 0
                if stored != fingerprint || Double(queued) > Double(max(total, 1)) * Self.namingKeyRebuildShare {
                    return try Self.rebuildNamingKeys(db, fingerprint: fingerprint, keys: keys)
                }
                return try Self.updateQueuedNamingKeys(db, keys: keys)
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    /// The current names of the given kinds within `divisionPrefix` that
    /// share one of `probes` with a proposal, in the order `namingNames`
    /// gives them (roads, then places, by division and name), restricted to
    /// `towns` when given (a built-up area). Refreshes the keys first when
    /// they are not current.
    public func namingCandidates(
        probes: [Int64], divisionPrefix: String, kinds: Set<String>, towns: NamingTownFilter? = nil, fingerprint: String,
        keys: (NamingRegistryName) -> [Int64]
    ) throws(RegistryError) -> [NamingRegistryName] {
        for _ in 0..<3 {
            let found: [NamingRegistryName]?
            do {
                found = try dbWriter.read { db -> [NamingRegistryName]? in
                    guard try Self.namingKeysCurrent(db, fingerprint: fingerprint) else { return nil }
                    return try Self.candidates(db, probes: probes, divisionPrefix: divisionPrefix, kinds: kinds, towns: towns)
                }
            } catch {
                throw RegistryError.wrap(error)
            }
            if let found { return found }
            try refreshNamingKeys(fingerprint: fingerprint, keys: keys)
        }
        throw RegistryError.io("the registry's names kept changing while the naming keys were being brought up to date; try again")
    }

    /// The registry ids of the towns named (county code, town name); towns
    /// the registry does not know are left out.
    public func townIDs(_ towns: [(countyCode: String, name: String)]) throws(RegistryError) -> [Int64] {
        do {
            return try dbWriter.read { db in
                try towns.compactMap { t in
                    try Int64.fetchOne(db, sql: "SELECT id FROM town WHERE county_code = ? AND name = ?", arguments: [t.countyCode, t.name])
                }
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    static func namingKeysCurrent(_ db: Database, fingerprint: String) throws -> Bool {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM naming_key_state WHERE name = 'fingerprint'")
        guard stored == fingerprint else { return false }
        return try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM naming_key_stale)") ?? false)
    }

    private static func rebuildNamingKeys(_ db: Database, fingerprint: String, keys: (NamingRegistryName) -> [Int64]) throws
        -> NamingKeyRefresh
    {
        try db.execute(sql: "DROP INDEX IF EXISTS naming_key_by_owner")
        try db.execute(sql: "DELETE FROM naming_key")
        try db.execute(sql: "DELETE FROM naming_key_stale")
        // Keys are gathered, sorted and inserted in primary-key order: the
        // table is its own index, and appending to it in order is several
        // times faster than inserting at random places.
        var divisions: [String] = []
        var divisionIndex: [String: Int32] = [:]
        var rows: [(key: Int64, division: Int32, owner: Int64)] = []
        var names = 0
        for (name, owner) in try allNamingNames(db) {
            names += 1
            let d: Int32
            if let i = divisionIndex[name.divisionCode] {
                d = i
            } else {
                d = Int32(divisions.count)
                divisions.append(name.divisionCode)
                divisionIndex[name.divisionCode] = d
            }
            for k in keys(name) { rows.append((k, d, owner)) }
        }
        let order = divisions.indices.sorted { divisions[$0] < divisions[$1] }
        var rank = [Int32](repeating: 0, count: divisions.count)
        for (r, i) in order.enumerated() { rank[i] = Int32(r) }
        rows.sort { a, b in
            a.key != b.key ? a.key < b.key : rank[Int(a.division)] != rank[Int(b.division)] ? rank[Int(a.division)] < rank[Int(b.division)] : a.owner < b.owner
        }
        let insert = try RawStatement(db, sql: "INSERT OR IGNORE INTO naming_key (key, division_code, owner) VALUES (?1, ?2, ?3)")
        for row in rows {
            insert.bind(1, row.key)
            insert.bind(2, divisions[Int(row.division)])
            insert.bind(3, row.owner)
            try insert.run()
        }
        try db.execute(sql: "CREATE INDEX naming_key_by_owner ON naming_key(owner)")
        try db.execute(
            sql: "INSERT OR REPLACE INTO naming_key_state (name, value) VALUES ('fingerprint', ?)", arguments: [fingerprint])
        return NamingKeyRefresh(rebuilt: true, names: names, keys: rows.count)
    }

    private static func updateQueuedNamingKeys(_ db: Database, keys: (NamingRegistryName) -> [Int64]) throws
        -> NamingKeyRefresh
    {
        let owners = try Int64.fetchAll(db, sql: "SELECT owner FROM naming_key_stale")
        let insert = try RawStatement(db, sql: "INSERT OR IGNORE INTO naming_key (key, division_code, owner) VALUES (?1, ?2, ?3)")
        var refresh = NamingKeyRefresh()
        for owner in owners {
            try db.execute(sql: "DELETE FROM naming_key WHERE owner = ?", arguments: [owner])
            let row: Row?
            if owner > 0 {
                row = try Row.fetchOne(
                    db, sql: "SELECT id, name, 'road', division_code FROM road WHERE id = ? AND status <> 'retired'", arguments: [owner])
            } else {
                row = try Row.fetchOne(
                    db, sql: "SELECT id, name, kind, division_code FROM place WHERE id = ? AND status <> 'retired'", arguments: [-owner])
            }
            guard let row else { continue }
            let id: Int64 = row[0]
            let kind: String = row[2]
            let name = NamingRegistryName(ref: "\(kind == "road" ? "road" : "place"):\(id)", name: row[1], kind: kind, divisionCode: row[3])
            refresh.names += 1
            for k in keys(name) {
                insert.bind(1, k)
                insert.bind(2, name.divisionCode)
                insert.bind(3, owner)
                try insert.run()
                refresh.keys += 1
            }
        }
        try db.execute(sql: "DELETE FROM naming_key_stale")
        return refresh
    }

    private static func allNamingNames(_ db: Database) throws -> [(name: NamingRegistryName, owner: Int64)] {
        var out: [(name: NamingRegistryName, owner: Int64)] = []
        let roads = try Row.fetchCursor(db, sql: "SELECT id, name, division_code FROM road WHERE status <> 'retired'")
        while let row = try roads.next() {
            let id: Int64 = row[0]
            out.append((NamingRegistryName(ref: "road:\(id)", name: row[1], kind: "road", divisionCode: row[2]), id))
        }
        let places = try Row.fetchCursor(db, sql: "SELECT id, name, kind, division_code FROM place WHERE status <> 'retired'")
        while let row = try places.next() {
            let id: Int64 = row[0]
            out.append((NamingRegistryName(ref: "place:\(id)", name: row[1], kind: row[2], divisionCode: row[3]), -id))
        }
        return out
    }

    private static func candidates(
        _ db: Database, probes: [Int64], divisionPrefix: String, kinds: Set<String>, towns: NamingTownFilter?
    ) throws -> [NamingRegistryName] {
        guard !probes.isEmpty else { return [] }
        let list = probes.map(String.init).joined(separator: ",")
        let owners = try Int64.fetchAll(
            db,
            sql: "SELECT DISTINCT owner FROM naming_key WHERE key IN (\(list)) AND division_code >= ? AND division_code < ?",
            arguments: [divisionPrefix, divisionPrefix + ":"])  // ':' sorts right after '9'
        let roadIDs = owners.filter { $0 > 0 }
        let placeIDs = owners.filter { $0 < 0 }.map { -$0 }
        var out: [NamingRegistryName] = []
        // The town filter of a built-up area: a name counts when one of its
        // addresses lies in one of the area's towns, or when none of its
        // addresses says which town it is in and it is in one of the area's
        // counties (a new road without doorplates yet): a duplicate shown
        // too often is dismissed by the clerk, one missed is approved.
        func townClause(_ column: String, _ table: String) -> String {
            guard let towns else { return "" }
            let ids = towns.townIDs.map(String.init).joined(separator: ",")
            let counties = towns.countyCodes.map { "'\($0.filter(\.isNumber))'" }.joined(separator: ",")
            return """
                 AND (EXISTS (SELECT 1 FROM address a WHERE a.\(column) = \(table).id AND a.town_id IN (\(ids)))
                  OR (\(table).division_code IN (\(counties))
                      AND NOT EXISTS (SELECT 1 FROM address a WHERE a.\(column) = \(table).id AND a.town_id IS NOT NULL)))
                """
        }
        if kinds.contains("road"), !roadIDs.isEmpty {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, division_code FROM road
                    WHERE id IN (\(roadIDs.map(String.init).joined(separator: ","))) AND status <> 'retired'\(townClause("road_id", "road"))
                    ORDER BY division_code, name, id
                    """)
            for row in rows {
                let id: Int64 = row[0]
                out.append(NamingRegistryName(ref: "road:\(id)", name: row[1], kind: "road", divisionCode: row[2]))
            }
        }
        let placeKinds = kinds.subtracting(["road"]).filter { ["residential", "building", "village", "other"].contains($0) }
        if !placeKinds.isEmpty, !placeIDs.isEmpty {
            let placeTowns: String
            if let towns {
                // A place records its town itself; otherwise its addresses tell.
                let ids = towns.townIDs.map(String.init).joined(separator: ",")
                placeTowns = " AND (place.town_id IN (\(ids)) OR (place.town_id IS NULL\(townClause("estate_id", "place"))))"
            } else {
                placeTowns = ""
            }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, kind, division_code FROM place
                    WHERE id IN (\(placeIDs.map(String.init).joined(separator: ","))) AND status <> 'retired'
                      AND kind IN (\(placeKinds.sorted().map { "'\($0)'" }.joined(separator: ",")))\(placeTowns)
                    ORDER BY division_code, kind, name, id
                    """)
            for row in rows {
                let id: Int64 = row[0]
                out.append(NamingRegistryName(ref: "place:\(id)", name: row[1], kind: row[2], divisionCode: row[3]))
            }
        }
        return out
    }
}
