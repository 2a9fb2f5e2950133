import GRDB

extension Registry {
    /// The current (not retired) road and place names whose division code
    /// starts with `divisionPrefix` (all when nil), of the given kinds
    /// (`road`, `residential`, `building`, `village`, `other`; all when nil).
    ///
    /// The prefix becomes a range on the division code, so the lookup uses
    /// the road_key and place_key indexes: a check against one county reads
    /// that county's names, not the province's. The order (roads, then
    /// places, by division and name) is the one `namingCandidates` keeps, so
    /// that both give their findings in the same order.
    public func namingNames(divisionPrefix: String? = nil, kinds: Set<String>? = nil) throws(RegistryError)
        -> [NamingRegistryName]
    {
        let range = divisionPrefix.map { ($0, $0 + ":") }  // ':' sorts right after '9'
        let wantRoads = kinds?.contains("road") ?? true
        let placeKinds = (kinds ?? ["residential", "building", "village", "other"]).subtracting(["road"])
            .filter { ["residential", "building", "village", "other"].contains($0) }.sorted()
        do {
            return try dbWriter.read { db in
                var out: [NamingRegistryName] = []
                if wantRoads {
                    var sql = "SELECT id, name, division_code FROM road WHERE status <> 'retired'"
                    var args: [any DatabaseValueConvertible] = []
                    if let range {
                        sql += " AND division_code >= ? AND division_code < ?"
                        args += [range.0, range.1]
                    }
                    sql += " ORDER BY division_code, name, id"
                    let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
                    while let row = try rows.next() {
                        let id: Int64 = row[0]
                        out.append(NamingRegistryName(ref: "road:\(id)", name: row[1], kind: "road", divisionCode: row[2]))
                    }
                }
                if !placeKinds.isEmpty {
                    var sql = """
                        SELECT id, name, kind, division_code FROM place WHERE status <> 'retired'
                        AND kind IN (\(placeKinds.map { _ in "?" }.joined(separator: ",")))
                        """
                    var args: [any DatabaseValueConvertible] = placeKinds
                    if let range {
                        sql += " AND division_code >= ? AND division_code < ?"
                        args += [range.0, range.1]
                    }
                    sql += " ORDER BY division_code, kind, name, id"
                    let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
                    while let row = try rows.next() {
                        let id: Int64 = row[0]
                        out.append(NamingRegistryName(ref: "place:\(id)", name: row[1], kind: row[2], divisionCode: row[3]))
                    }
                }
                return out
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    /// Keeps a drafted naming opinion in `naming_review`, so the office has a
    /// record of what was advised on which proposal and when. Returns its id.
    public func recordNamingReview(
        name: String, nameClass: String, divisionCode: String, verdict: String, findingsJSON: String, opinion: String,
        actor: String
    ) throws(RegistryError) -> Int64 {
        do {
            return try dbWriter.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO naming_review (created_at, actor, name, class, division_code, verdict, findings, opinion)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [Registry.timestamp(), actor, name, nameClass, divisionCode, verdict, findingsJSON, opinion])
                return db.lastInsertedRowID
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }
}
