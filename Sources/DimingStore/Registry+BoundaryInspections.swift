import DimingCSV
import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Records marker inspections from a CSV with the columns
    /// `round,line,number,date,condition,lat,lon,inspectors,notes` and an
    /// optional trailing `amends`; see ``BoundaryInspectionRow``.
    ///
    /// - The round (第四轮 = 4), or the ad hoc inspection (`ad-hoc:TITLE`, after
    ///   a flood or road works), is created when new; its first and last dates
    ///   follow the inspections recorded in it.
    /// - The displacement is the geodesic distance on the CGCS2000 ellipsoid
    ///   from the registered to the measured position.
    /// - The action the conditions call for is recorded with the follow-up
    ///   status `planned` (see ``MarkerAction/required(by:)``).
    /// - A marker already inspected in the round (in the registry or earlier in
    ///   the file) is refused unless the row says `amends`; an amendment points
    ///   at the record it corrects, which is kept, so the history shows both.
    ///
    /// All or nothing, with every bad row reported, and one audit entry in the
    /// same transaction, which each new inspection points to.
    public func importBoundaryInspections(from reader: CSVReader, actor: String, sourceName: String) throws(RegistryError) -> BoundaryImportSummary {
        let file = try BoundaryCSVRows(
            reader: reader, required: BoundaryInspectionRow.columns, optional: BoundaryInspectionRow.optionalColumns)
        var importer: InspectionImport?
        return try boundaryCSVImport(
            file, actor: actor, action: "import-boundary-inspections", entity: "marker_inspection",
            apply: { db, row, summary in
                if importer == nil { importer = InspectionImport(db: db) }
                try importer!.apply(try BoundaryInspectionRow(fields: row.fields), line: row.line, summary: &summary)
            },
            audit: { db, summary in
                if importer == nil { importer = InspectionImport(db: db) }
                try importer!.updateRoundDates()
                let details = InspectionImportAudit(
                    source: sourceName, rows: summary.rows, inserted: summary.inserted, amended: summary.amended,
                    roundsCreated: summary.roundsCreated, adHocRoundsCreated: summary.adHocRoundsCreated,
                    inspections: importer!.insertedIDs)
                return (nil, String(decoding: try JSONEncoder.registry.encode(details), as: UTF8.self))
            },
            recorded: { db, auditID in
                // Each inspection points to the entry that recorded it. The
                // entry can only be written once its content is known, and the
                // reference is checked immediately, so the ids are set now.
                for id in importer?.insertedIDs ?? [] {
                    try db.execute(sql: "UPDATE marker_inspection SET change_id = ? WHERE id = ?", arguments: [auditID, id])
                }
            })
    }
}

/// What the audit entry of an inspection import holds.
private struct InspectionImportAudit: Encodable {
    var source: String
    var rows: Int
    var inserted: Int
    var amended: Int
    var roundsCreated: [Int]
    var adHocRoundsCreated: [String]
    var inspections: [Int64]

    enum CodingKeys: String, CodingKey {
        case source, rows, inserted, amended, inspections
        case roundsCreated = "rounds_created"
        case adHocRoundsCreated = "ad_hoc_rounds_created"
    }
}

/// The writing half of an inspection import, inside its transaction.
private struct InspectionImport {
    let db: Database
    var insertedIDs: [Int64] = []
    private var rounds = RoundCache()
    /// (round id, marker id) → line in this file of the latest record.
    private var seen: [String: Int] = [:]

    init(db: Database) { self.db = db }

    mutating func apply(_ row: BoundaryInspectionRow, line: Int, summary: inout BoundaryImportSummary) throws {
        guard let boundary = try BoundaryRef.find(name: row.line, in: db) else { throw BoundaryRowProblem.unknownLine(row.line) }
        guard let marker = try Row.fetchOne(
            db, sql: "SELECT id, lat, lon FROM boundary_marker WHERE \(boundary.markerColumn) = ? AND number = ? AND part = ?",
            arguments: [boundary.id, row.number.text, row.part])
        else {
            let parts = try String.fetchAll(
                db, sql: "SELECT part FROM boundary_marker WHERE \(boundary.markerColumn) = ? AND number = ? ORDER BY part",
                arguments: [boundary.id, row.number.text])
            if row.part.isEmpty, !parts.isEmpty {
                throw BoundaryRowProblem.partNeeded(line: boundary.name, number: row.number.text, parts: parts)
            }
            throw BoundaryRowProblem.unknownMarker(line: boundary.name, number: row.markerLabel)
        }
        let markerID: Int64 = marker["id"]
        let roundID = try rounds.id(for: row.round, db: db, summary: &summary)
        let label = "\(row.markerLabel) of \(boundary.name)"

        let key = "\(roundID)/\(markerID)"
        let previous = try Row.fetchOne(
            db, sql: "SELECT id, inspected_on FROM marker_inspection WHERE round_id = ? AND marker_id = ? ORDER BY id DESC LIMIT 1",
            arguments: [roundID, markerID])
        if !row.amends {
            if let first = seen[key] {
                throw BoundaryRowProblem.inspectedTwiceInFile(round: row.round.description, marker: label, firstLine: first)
            }
            if let previous {
                throw BoundaryRowProblem.alreadyInspected(round: row.round.description, marker: label, on: previous["inspected_on"])
            }
        } else if previous == nil {
            throw BoundaryRowProblem.nothingToAmend(round: row.round.description, marker: label)
        }

        let registered = GeoCoordinate(lat: marker["lat"], lon: marker["lon"])
        let displacement = row.coordinate.map { Geodesic.distance(from: registered, to: $0) }
        let action = row.conditions.requiredActions.first ?? .none
        try db.execute(
            sql: """
                INSERT INTO marker_inspection (round_id, marker_id, inspected_on, conditions, lat, lon, displacement_m,
                  inspectors, notes, action, action_status, amends_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                roundID, markerID, row.date.description, row.conditions.stored, row.coordinate?.lat, row.coordinate?.lon,
                displacement, row.inspectors, row.notes, action.rawValue,
                action == .none ? nil : FollowUpStatus.planned.rawValue, row.amends ? previous?["id"] as Int64? : nil,
            ])
        insertedIDs.append(db.lastInsertedRowID)
        seen[key] = line
        if row.amends { summary.amended += 1 } else { summary.inserted += 1 }
        if boundary.kind == .line {
            try db.execute(
                sql: "INSERT OR IGNORE INTO line_inspection (round_id, line_id) VALUES (?, ?)", arguments: [roundID, boundary.id])
        }
    }

    /// Sets each touched round's first and last day from its inspections.
    func updateRoundDates() throws {
        for id in rounds.touched {
            try db.execute(
                sql: """
                    UPDATE inspection_round SET
                      started_on = (SELECT min(inspected_on) FROM marker_inspection WHERE round_id = ?1),
                      ended_on = (SELECT max(inspected_on) FROM marker_inspection WHERE round_id = ?1)
                    WHERE id = ?1
                    """, arguments: [id])
        }
    }
}
