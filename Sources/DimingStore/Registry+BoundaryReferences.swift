import DimingCSV
import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Registers reference objects (方位物) from a CSV with the columns
    /// `line,number,description,bearing,distance` (see ``MarkerReferenceRow``).
    ///
    /// The rows of one marker are its whole set: importing them replaces the
    /// references the marker had, and the audit entry keeps both sets. A
    /// marker the file does not name keeps its references. Fewer than three is
    /// allowed here (the report warns about it), since a 登记表 is often
    /// refilled one marker at a time. In the summary, `inserted` counts markers
    /// that had no references, `updated` markers whose set changed, and
    /// `unchanged` markers given exactly the set they had.
    /// All or nothing, with one audit entry in the same transaction.
    public func importBoundaryReferences(from reader: CSVReader, actor: String, sourceName: String) throws(RegistryError) -> BoundaryImportSummary {
        let file = try BoundaryCSVRows(reader: reader, required: MarkerReferenceRow.columns, optional: [])
        // Pass 1 (in the transaction): check rows and group them by marker, in file order.
        var order: [Int64] = []
        var groups: [Int64: (label: String, references: [ReferenceValue])] = [:]
        return try boundaryCSVImport(
            file, actor: actor, action: "import-boundary-references", entity: "marker_reference",
            apply: { db, row, _ in
                let parsed = try MarkerReferenceRow(fields: row.fields)
                let (boundary, markerID) = try BoundaryRef.marker(boundary: parsed.line, number: parsed.number, part: parsed.part, in: db)
                if groups[markerID] == nil {
                    order.append(markerID)
                    groups[markerID] = ("\(parsed.markerLabel) of \(boundary.name)", [])
                }
                groups[markerID]!.references.append(
                    ReferenceValue(description: parsed.description, bearingDeg: parsed.bearing, distanceM: parsed.distance))
            },
            audit: { db, summary in
                // Pass 2: every row is good, so replace each marker's set.
                var changes: [ReferenceChange] = []
                for markerID in order {
                    let group = groups[markerID]!
                    let before = try Row.fetchAll(
                        db, sql: "SELECT description, bearing_deg, distance_m FROM marker_reference WHERE marker_id = ? ORDER BY id",
                        arguments: [markerID]
                    ).map { ReferenceValue(description: $0["description"], bearingDeg: $0["bearing_deg"], distanceM: $0["distance_m"]) }
                    if before == group.references {
                        summary.unchanged += 1
                        continue
                    }
                    try db.execute(sql: "DELETE FROM marker_reference WHERE marker_id = ?", arguments: [markerID])
                    for r in group.references {
                        try db.execute(
                            sql: "INSERT INTO marker_reference (marker_id, description, bearing_deg, distance_m) VALUES (?, ?, ?, ?)",
                            arguments: [markerID, r.description, r.bearingDeg, r.distanceM])
                    }
                    if before.isEmpty { summary.inserted += 1 } else { summary.updated += 1 }
                    changes.append(ReferenceChange(marker: group.label, before: before, after: group.references))
                }
                let details = ReferenceImportAudit(
                    source: sourceName, rows: summary.rows, inserted: summary.inserted, updated: summary.updated,
                    unchanged: summary.unchanged, changes: changes)
                return (nil, String(decoding: try JSONEncoder.registry.encode(details), as: UTF8.self))
            })
    }
}

/// One reference object as stored.
struct ReferenceValue: Encodable, Equatable {
    var description: String
    var bearingDeg: Double?
    var distanceM: Double?

    enum CodingKeys: String, CodingKey {
        case description
        case bearingDeg = "bearing_deg"
        case distanceM = "distance_m"
    }
}

private struct ReferenceChange: Encodable {
    var marker: String
    var before: [ReferenceValue]
    var after: [ReferenceValue]
}

private struct ReferenceImportAudit: Encodable {
    var source: String
    var rows: Int
    var inserted: Int
    var updated: Int
    var unchanged: Int
    var changes: [ReferenceChange]
}
