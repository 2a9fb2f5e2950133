import DimingCSV
import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Registers boundary markers from a CSV with the columns
    /// `line,number,type,sides,lat,lon` (and optionally `managing`); see
    /// ``BoundaryMarkerRow`` for what each column accepts.
    ///
    /// A line (two sides) or tripoint (three sides) named by a row is created
    /// when new. A marker already registered with the same values is left
    /// alone, so the same 登记表 can be imported twice; one with new values is
    /// updated and the old values are kept in the audit entry.
    ///
    /// All or nothing: every bad row is reported in the summary with its line
    /// number and reason, and if there is any, the transaction is rolled back.
    /// One audit entry records the whole import, in the same transaction.
    public func importBoundaryMarkers(from reader: CSVReader, actor: String, sourceName: String) throws(RegistryError) -> BoundaryImportSummary {
        let file = try BoundaryCSVRows(reader: reader, required: BoundaryMarkerRow.columns, optional: BoundaryMarkerRow.optionalColumns)
        var importer: MarkerImport?
        return try boundaryCSVImport(
            file, actor: actor, action: "import-boundary-markers", entity: "boundary_marker",
            apply: { db, row, summary in
                if importer == nil { importer = MarkerImport(db: db) }
                try importer!.apply(try BoundaryMarkerRow(fields: row.fields), line: row.line, summary: &summary)
            },
            audit: { _, summary in
                let details = MarkerImportAudit(
                    source: sourceName, rows: summary.rows, inserted: summary.inserted, updated: summary.updated,
                    unchanged: summary.unchanged, linesCreated: summary.linesCreated,
                    tripointsCreated: summary.tripointsCreated, changes: importer?.changes ?? [])
                return (nil, String(decoding: try JSONEncoder.registry.encode(details), as: UTF8.self))
            })
    }
}

/// What the audit entry of a marker import holds.
private struct MarkerImportAudit: Encodable {
    var source: String
    var rows: Int
    var inserted: Int
    var updated: Int
    var unchanged: Int
    var linesCreated: [String]
    var tripointsCreated: [String]
    var changes: [MarkerImport.Change]

    enum CodingKeys: String, CodingKey {
        case source, rows, inserted, updated, unchanged, changes
        case linesCreated = "lines_created"
        case tripointsCreated = "tripoints_created"
    }
}

/// The writing half of a marker import, inside its transaction. Rows are
/// written as they are checked; a bad row anywhere rolls all of it back.
private struct MarkerImport {
    /// One marker inserted or updated, for the audit entry.
    struct Change: Encodable {
        var line: String
        var number: String
        var part: String
        var before: [String: String]?
        var after: [String: String]
    }

    let db: Database
    var changes: [Change] = []
    /// (boundary name, number, part) → first line in this file.
    private var seen: [String: Int] = [:]

    init(db: Database) { self.db = db }

    mutating func apply(_ row: BoundaryMarkerRow, line: Int, summary: inout BoundaryImportSummary) throws {
        var sides: [BoundarySide] = []
        for text in row.sides {
            switch try BoundarySide.resolve(text, in: db) {
            case let .success(side): sides.append(side)
            case let .failure(problem): throw problem
            }
        }
        guard Set(sides.map(\.code)).count == sides.count else { throw BoundaryRowProblem.badSides(row.sides.joined(separator: ";")) }
        let name = row.line.isEmpty ? BoundaryLineName.derive(shortNames: sides.map(\.abbreviation)) : row.line
        let boundary = try findOrCreate(name: name, sides: sides, summary: &summary)

        var managing: String?
        if !row.managing.isEmpty {
            switch try BoundarySide.resolve(row.managing, in: db) {
            case let .success(side):
                guard boundary.sideCodes.contains(side.code) else { throw BoundaryRowProblem.managingNotASide(row.managing) }
                managing = side.code
            case let .failure(problem): throw problem
            }
        }

        let key = "\(name)\u{1F}\(row.number.text)\u{1F}\(row.designation.part)"
        if let first = seen[key] { throw BoundaryRowProblem.duplicateMarkerInFile(firstLine: first) }
        seen[key] = line

        // A number is either one single marker or a set of parts, never both.
        let parts = try String.fetchAll(
            db, sql: "SELECT part FROM boundary_marker WHERE \(boundary.markerColumn) = ? AND number = ?",
            arguments: [boundary.id, row.number.text])
        let isPart = !row.designation.part.isEmpty
        if parts.contains(where: { $0.isEmpty == isPart }) {
            throw BoundaryRowProblem.mixedTypes(line: name, number: row.number.text)
        }

        let after = [
            "type": row.designation.type.rawValue, "lat": String(row.coordinate.lat), "lon": String(row.coordinate.lon),
            "managing": managing ?? "",
        ]
        if let existing = try Row.fetchOne(
            db, sql: "SELECT id, type, lat, lon, managing_code FROM boundary_marker WHERE \(boundary.markerColumn) = ? AND number = ? AND part = ?",
            arguments: [boundary.id, row.number.text, row.designation.part])
        {
            let before = [
                "type": existing["type"] as String, "lat": String(existing["lat"] as Double),
                "lon": String(existing["lon"] as Double), "managing": (existing["managing_code"] as String?) ?? "",
            ]
            // An empty managing column keeps the side already registered.
            var wanted = after
            if managing == nil { wanted["managing"] = before["managing"] }
            if before == wanted {
                summary.unchanged += 1
                return
            }
            try db.execute(
                sql: "UPDATE boundary_marker SET type = ?, lat = ?, lon = ?, managing_code = ? WHERE id = ?",
                arguments: [row.designation.type.rawValue, row.coordinate.lat, row.coordinate.lon, managing ?? existing["managing_code"], existing["id"] as Int64])
            changes.append(Change(line: name, number: row.number.text, part: row.designation.part, before: before, after: wanted))
            summary.updated += 1
            return
        }
        try db.execute(
            sql: """
                INSERT INTO boundary_marker (line_id, tripoint_id, number, part, type, lat, lon, managing_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                boundary.kind == .line ? boundary.id : nil, boundary.kind == .tripoint ? boundary.id : nil,
                row.number.text, row.designation.part, row.designation.type.rawValue, row.coordinate.lat, row.coordinate.lon, managing,
            ])
        changes.append(Change(line: name, number: row.number.text, part: row.designation.part, before: nil, after: after))
        summary.inserted += 1
    }

    /// The boundary with this name, created if new. An existing one must join
    /// the same sides (in any order): a row that disagrees is more likely a
    /// typing error than a second line of the same name.
    private func findOrCreate(name: String, sides: [BoundarySide], summary: inout BoundaryImportSummary) throws -> BoundaryRef {
        let codes = sides.map(\.code)
        if let existing = try BoundaryRef.find(name: name, in: db) {
            guard existing.sideCodes.sorted() == codes.sorted() else {
                if (existing.kind == .line) != (codes.count == 2) { throw BoundaryRowProblem.nameTaken(name) }
                throw BoundaryRowProblem.sidesDiffer(
                    line: name, registered: existing.sideCodes.joined(separator: ";"), given: codes.joined(separator: ";"))
            }
            return existing
        }
        if codes.count == 2 {
            try db.execute(
                sql: "INSERT INTO boundary_line (name, side_a_code, side_b_code, description) VALUES (?, ?, ?, ?)",
                arguments: [name, codes[0], codes[1], sides.map(\.name).joined(separator: "—")])
            summary.linesCreated.append(name)
            return BoundaryRef(kind: .line, id: db.lastInsertedRowID, name: name, sideCodes: codes)
        }
        try db.execute(
            sql: "INSERT INTO boundary_tripoint (name, side_a_code, side_b_code, side_c_code) VALUES (?, ?, ?, ?)",
            arguments: [name, codes[0], codes[1], codes[2]])
        summary.tripointsCreated.append(name)
        return BoundaryRef(kind: .tripoint, id: db.lastInsertedRowID, name: name, sideCodes: codes)
    }
}
