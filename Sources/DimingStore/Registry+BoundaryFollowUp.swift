import DimingCore
import Foundation
import GRDB

/// A marker's record in one round, as the follow-up commands address it.
struct BoundaryInspectionTarget {
    var roundID: Int64
    var markerID: Int64
    /// The latest record of the marker in the round (an amendment when there is one).
    var inspectionID: Int64
    var label: String

    /// Resolves round, boundary and marker, or throws the error naming what is missing.
    static func find(round: InspectionRoundID, line: String, number: String, in db: Database) throws -> BoundaryInspectionTarget {
        guard let roundID = try BoundaryRounds.find(round, in: db) else {
            throw BoundaryError.unknownRound(round.description, known: try BoundaryRounds.all(in: db).map(\.description))
        }
        guard let (parsedNumber, part) = MarkerNumber.withPart(number) else { throw BoundaryError.row(.badNumber(number)) }
        let boundary: BoundaryRef, markerID: Int64
        do {
            (boundary, markerID) = try BoundaryRef.marker(boundary: line, number: parsedNumber, part: part, in: db)
        } catch let problem as BoundaryRowProblem {
            if case .unknownLine = problem { throw BoundaryError.unknownLine(line, known: try BoundaryRef.all(in: db).map(\.name)) }
            throw BoundaryError.row(problem)
        }
        let label = "\(parsedNumber.text)\(part) of \(boundary.name)"
        guard let inspectionID = try Int64.fetchOne(
            db, sql: "SELECT id FROM marker_inspection WHERE round_id = ? AND marker_id = ? ORDER BY id DESC LIMIT 1",
            arguments: [roundID, markerID])
        else { throw BoundaryError.notInspected(round: round.description, marker: label) }
        return BoundaryInspectionTarget(roundID: roundID, markerID: markerID, inspectionID: inspectionID, label: label)
    }
}

/// What `boundary action` changed.
public struct BoundaryActionStatusChange: Sendable, Equatable, Encodable {
    public var marker: String
    public var round: String
    public var action: String
    public var before: String?
    public var after: String
    public var note: String?
    public var auditEntryID: Int64?

    enum CodingKeys: String, CodingKey {
        case marker, round, action, before, after, note
        case auditEntryID = "audit_entry_id"
    }
}

extension Registry {
    /// Sets the follow-up status of the action decided for a marker in a round
    /// (planned → in-progress → done), on the marker's latest record in that
    /// round. The audit entry, written in the same transaction, holds the
    /// status before and after and the note (who witnessed the repair, say).
    /// A marker found intact has no action, so it has no status to set.
    public func setBoundaryActionStatus(
        round: InspectionRoundID, line: String, number: String, status: FollowUpStatus, note: String?, actor: String
    ) throws(BoundaryError) -> BoundaryActionStatusChange {
        do {
            return try dbWriter.write { db in
                let target = try BoundaryInspectionTarget.find(round: round, line: line, number: number, in: db)
                let row = try Row.fetchOne(
                    db, sql: "SELECT conditions, action, action_status FROM marker_inspection WHERE id = ?", arguments: [target.inspectionID])!
                let conditions = MarkerConditions(stored: row["conditions"])
                let actions = conditions?.requiredActions ?? []
                guard !actions.isEmpty, actions != [.none] else {
                    throw BoundaryError.noAction(round: round.description, marker: target.label, condition: conditions?.text ?? row["conditions"])
                }
                let before: String? = row["action_status"]
                try db.execute(
                    sql: "UPDATE marker_inspection SET action_status = ? WHERE id = ?", arguments: [status.rawValue, target.inspectionID])
                let trimmedNote = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
                var change = BoundaryActionStatusChange(
                    marker: target.label, round: round.description, action: actions.map(\.rawValue).joined(separator: ";"),
                    before: before, after: status.rawValue, note: trimmedNote)
                let encode = { (value: [String: String?]) in String(decoding: try JSONEncoder.registry.encode(value), as: UTF8.self) }
                let entry = AuditEntry(
                    at: Registry.timestamp(), actor: actor, action: "boundary-action-status", entity: "marker_inspection",
                    entityId: String(target.inspectionID),
                    before: try encode(["marker": target.label, "round": round.description, "action_status": before]),
                    after: try encode(["marker": target.label, "round": round.description, "action_status": status.rawValue]),
                    note: trimmedNote)
                try entry.insert(db)
                change.auditEntryID = db.lastInsertedRowID
                return change
            }
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }
}
