import GRDB

/// A boundary line or tripoint as stored: which table, which row, which sides.
///
/// Inspection files and reports name either kind in the same `line` column, so
/// both are looked up through this one type. Names are unique across the two
/// kinds (the importer refuses a clash), so a name finds at most one.
struct BoundaryRef: Sendable, Equatable {
    enum Kind: String, Sendable { case line, tripoint }

    var kind: Kind
    var id: Int64
    var name: String
    var sideCodes: [String]

    /// The marker column that points at this kind of boundary.
    var markerColumn: String { kind == .line ? "line_id" : "tripoint_id" }

    static func find(name: String, in db: Database) throws -> BoundaryRef? {
        if let row = try Row.fetchOne(db, sql: "SELECT id, name, side_a_code, side_b_code FROM boundary_line WHERE name = ?", arguments: [name]) {
            return BoundaryRef(kind: .line, id: row["id"], name: row["name"], sideCodes: [row["side_a_code"], row["side_b_code"]])
        }
        if let row = try Row.fetchOne(
            db, sql: "SELECT id, name, side_a_code, side_b_code, side_c_code FROM boundary_tripoint WHERE name = ?", arguments: [name])
        {
            return BoundaryRef(
                kind: .tripoint, id: row["id"], name: row["name"],
                sideCodes: [row["side_a_code"], row["side_b_code"], row["side_c_code"]])
        }
        return nil
    }

    /// Every line, then every tripoint, by name.
    static func all(in db: Database) throws -> [BoundaryRef] {
        let lines = try Row.fetchAll(db, sql: "SELECT id, name, side_a_code, side_b_code FROM boundary_line ORDER BY name").map {
            BoundaryRef(kind: .line, id: $0["id"], name: $0["name"], sideCodes: [$0["side_a_code"], $0["side_b_code"]])
        }
        let tripoints = try Row.fetchAll(db, sql: "SELECT id, name, side_a_code, side_b_code, side_c_code FROM boundary_tripoint ORDER BY name").map {
            BoundaryRef(kind: .tripoint, id: $0["id"], name: $0["name"], sideCodes: [$0["side_a_code"], $0["side_b_code"], $0["side_c_code"]])
        }
        return lines + tripoints
    }
}
