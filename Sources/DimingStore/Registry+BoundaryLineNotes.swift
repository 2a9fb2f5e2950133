import DimingCSV
import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Runs one all-or-nothing boundary CSV import: each row is handed to
    /// `apply` inside one immediate transaction; any bad row is recorded in the
    /// summary with its line number, and then everything is rolled back.
    /// Otherwise `audit` describes the import and its entry is written in the
    /// same transaction; `recorded` then gets the entry's id, for rows that
    /// point to it.
    func boundaryCSVImport(
        _ file: BoundaryCSVRows, actor: String, action: String, entity: String,
        apply: (Database, BoundaryCSVRows.Row, inout BoundaryImportSummary) throws -> Void,
        audit: (Database, inout BoundaryImportSummary) throws -> (before: String?, after: String),
        recorded: (Database, _ auditID: Int64) throws -> Void = { _, _ in }
    ) throws(RegistryError) -> BoundaryImportSummary {
        var summary = BoundaryImportSummary()
        summary.rows = file.rows.count
        do {
            try dbWriter.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    for row in file.rows {
                        if let problem = row.problem {
                            summary.rejected.append(RejectedRow(line: row.line, reason: problem, raw: row.raw))
                            continue
                        }
                        do {
                            try apply(db, row, &summary)
                        } catch let problem as BoundaryRowProblem {
                            summary.rejected.append(RejectedRow(line: row.line, reason: problem.description, raw: row.raw))
                        }
                    }
                    guard summary.rejected.isEmpty else { return .rollback }
                    let details = try audit(db, &summary)
                    let entry = AuditEntry(
                        at: Registry.timestamp(), actor: actor, action: action, entity: entity,
                        before: details.before, after: details.after)
                    try entry.insert(db)
                    summary.auditEntryID = db.lastInsertedRowID
                    try recorded(db, db.lastInsertedRowID)
                    summary.committed = true
                    return .commit
                }
            }
        } catch {
            throw RegistryError.wrap(error)
        }
        return summary
    }

    /// Records per-line notes for a round from a CSV with the columns
    /// `round,line,direction,clarity,landform,disputes,agreement` (see
    /// ``BoundaryLineNotesRow``): the line's direction and clarity on the
    /// ground, landform changes, disputes and the 平安边界 agreement record.
    ///
    /// Each row is the whole record of its line and round: it is inserted, or
    /// replaces what is there (the old values go into the audit entry). A
    /// round named for the first time is created, regular or ad hoc.
    /// All or nothing, with one audit entry in the same transaction.
    public func importBoundaryLineNotes(from reader: CSVReader, actor: String, sourceName: String) throws(RegistryError) -> BoundaryImportSummary {
        let file = try BoundaryCSVRows(reader: reader, required: BoundaryLineNotesRow.columns, optional: [])
        var rounds = RoundCache()
        var seen: [String: Int] = [:]
        var changes: [LineNotesChange] = []
        return try boundaryCSVImport(
            file, actor: actor, action: "import-boundary-line-notes", entity: "line_inspection",
            apply: { db, row, summary in
                let parsed = try BoundaryLineNotesRow(fields: row.fields)
                guard let boundary = try BoundaryRef.find(name: parsed.line, in: db) else { throw BoundaryRowProblem.unknownLine(parsed.line) }
                guard boundary.kind == .line else { throw BoundaryRowProblem.notALine(boundary.name) }
                let key = "\(parsed.round)\u{1F}\(boundary.id)"
                if let first = seen[key] {
                    throw BoundaryRowProblem.lineNotesTwiceInFile(round: parsed.round.description, line: boundary.name, firstLine: first)
                }
                seen[key] = row.line
                let roundID = try rounds.id(for: parsed.round, db: db, summary: &summary)
                let after = [
                    "direction": parsed.direction, "clarity": parsed.clarity, "landform": parsed.landform,
                    "disputes": parsed.disputes, "agreement": parsed.agreement,
                ]
                let existing = try Row.fetchOne(
                    db, sql: "SELECT * FROM line_inspection WHERE round_id = ? AND line_id = ?", arguments: [roundID, boundary.id])
                var before: [String: String]?
                if let existing {
                    let old = [
                        "direction": existing["direction_notes"] as String, "clarity": existing["clarity_notes"] as String,
                        "landform": existing["landform_changes"] as String, "disputes": existing["disputes"] as String,
                        "agreement": existing["agreement_record"] as String,
                    ]
                    if old == after {
                        summary.unchanged += 1
                        return
                    }
                    before = old
                }
                try db.execute(
                    sql: """
                        INSERT INTO line_inspection (round_id, line_id, direction_notes, clarity_notes, landform_changes, disputes, agreement_record)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (round_id, line_id) DO UPDATE SET direction_notes = excluded.direction_notes,
                          clarity_notes = excluded.clarity_notes, landform_changes = excluded.landform_changes,
                          disputes = excluded.disputes, agreement_record = excluded.agreement_record
                        """,
                    arguments: [roundID, boundary.id, parsed.direction, parsed.clarity, parsed.landform, parsed.disputes, parsed.agreement])
                // A row made empty by an inspection import counts as new notes.
                if let before, before.values.contains(where: { !$0.isEmpty }) { summary.updated += 1 } else { summary.inserted += 1 }
                changes.append(LineNotesChange(round: parsed.round.description, line: boundary.name, before: before, after: after))
            },
            audit: { _, summary in
                let details = LineNotesAudit(
                    source: sourceName, rows: summary.rows, inserted: summary.inserted, updated: summary.updated,
                    unchanged: summary.unchanged, roundsCreated: summary.roundsCreated.map(String.init) + summary.adHocRoundsCreated.map { "ad-hoc:" + $0 },
                    changes: changes)
                return (nil, String(decoding: try JSONEncoder.registry.encode(details), as: UTF8.self))
            })
    }
}

/// One line's notes before and after an import, for the audit entry.
struct LineNotesChange: Encodable {
    var round: String
    var line: String
    var before: [String: String]?
    var after: [String: String]
}

private struct LineNotesAudit: Encodable {
    var source: String
    var rows: Int
    var inserted: Int
    var updated: Int
    var unchanged: Int
    var roundsCreated: [String]
    var changes: [LineNotesChange]

    enum CodingKeys: String, CodingKey {
        case source, rows, inserted, updated, unchanged, changes
        case roundsCreated = "rounds_created"
    }
}
