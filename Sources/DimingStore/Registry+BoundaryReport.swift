import DimingCore
import GRDB

extension Registry {
    /// The joint inspection report of a regular round: every boundary inspected
    /// in that round, or only `line` when given (a line or tripoint name).
    public func boundaryReport(round: Int, line: String? = nil) throws(BoundaryError) -> BoundaryReport {
        try boundaryReport(round: .regular(round), line: line)
    }

    /// The joint inspection report of a regular round or an ad hoc inspection:
    /// every boundary inspected in it, or only `line` when given.
    ///
    /// A marker's condition is its latest record in the round: an amendment
    /// replaces what it amends. Markers not inspected in the round are listed
    /// as `not-inspected`, so a missed marker shows in the report rather than
    /// disappearing from it. The history across rounds lists regular rounds.
    public func boundaryReport(round: InspectionRoundID, line: String? = nil) throws(BoundaryError) -> BoundaryReport {
        do {
            return try dbWriter.read { db in
                guard let roundID = try BoundaryRounds.find(round, in: db),
                    let roundRow = try Row.fetchOne(db, sql: "SELECT title, started_on, ended_on FROM inspection_round WHERE id = ?", arguments: [roundID])
                else {
                    throw BoundaryError.unknownRound(round.description, known: try BoundaryRounds.all(in: db).map(\.description))
                }
                var boundaries: [BoundaryRef]
                if let line {
                    guard let found = try BoundaryRef.find(name: line, in: db) else {
                        throw BoundaryError.unknownLine(line, known: try BoundaryRef.all(in: db).map(\.name))
                    }
                    boundaries = [found]
                } else {
                    let inspected = Set(try Int64.fetchAll(
                        db, sql: "SELECT DISTINCT marker_id FROM marker_inspection WHERE round_id = ?", arguments: [roundID]))
                    let noted = Set(try Int64.fetchAll(
                        db, sql: """
                            SELECT line_id FROM line_inspection WHERE round_id = ? AND (direction_notes <> '' OR clarity_notes <> ''
                              OR landform_changes <> '' OR disputes <> '' OR agreement_record <> '')
                            """, arguments: [roundID]))
                    boundaries = try BoundaryRef.all(in: db).filter { boundary in
                        if boundary.kind == .line && noted.contains(boundary.id) { return true }
                        let ids = try Int64.fetchAll(
                            db, sql: "SELECT id FROM boundary_marker WHERE \(boundary.markerColumn) = ?", arguments: [boundary.id])
                        return ids.contains(where: inspected.contains)
                    }
                    if boundaries.isEmpty { throw BoundaryError.nothingToReport(round: round.description) }
                }
                return BoundaryReport(
                    round: round, title: roundRow["title"], startedOn: roundRow["started_on"], endedOn: roundRow["ended_on"],
                    lines: try boundaries.map { try Self.reportLine($0, roundID: roundID, db: db) })
            }
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }

    /// The markers of a boundary in number order, then part order.
    static func boundaryMarkers(_ boundary: BoundaryRef, db: Database) throws -> [Row] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, number, part, type, lat, lon, managing_code FROM boundary_marker WHERE \(boundary.markerColumn) = ? AND status = 'standing'",
            arguments: [boundary.id])
        return rows.sorted { l, r in
            let ln = MarkerNumber(l["number"] as String), rn = MarkerNumber(r["number"] as String)
            if let ln, let rn, ln != rn { return ln < rn }
            if (l["number"] as String) != (r["number"] as String) { return (l["number"] as String) < (r["number"] as String) }
            return (l["part"] as String) < (r["part"] as String)
        }
    }

    private static func reportLine(_ boundary: BoundaryRef, roundID: Int64, db: Database) throws -> BoundaryReport.Line {
        let sides = try boundary.sideCodes.map { try BoundarySide.fetch(code: $0, in: db) }
        let sideNames = Dictionary(uniqueKeysWithValues: sides.map { ($0.code, $0.name) })
        let markerRows = try boundaryMarkers(boundary, db: db)
        // The latest record per (marker, round): amendments come after what they amend.
        let records = try Row.fetchAll(
            db, sql: """
                SELECT i.*, r.number AS round_number, r.kind AS round_kind FROM marker_inspection i
                JOIN inspection_round r ON r.id = i.round_id
                JOIN boundary_marker m ON m.id = i.marker_id
                WHERE m.\(boundary.markerColumn) = ? AND (r.kind = 'regular' OR r.id = ?)
                ORDER BY i.id
                """, arguments: [boundary.id, roundID])
        // Regular rounds by number, for the history; this round's records by marker.
        var latest: [Int64: [Int: Row]] = [:]
        var current: [Int64: Row] = [:]
        for record in records {
            if (record["round_kind"] as String) == "regular", let n = record["round_number"] as Int? {
                latest[record["marker_id"], default: [:]][n] = record
            }
            if (record["round_id"] as Int64) == roundID { current[record["marker_id"]] = record }
        }
        let references = try Row.fetchAll(
            db, sql: """
                SELECT r.marker_id, r.description, r.bearing_deg, r.distance_m FROM marker_reference r
                JOIN boundary_marker m ON m.id = r.marker_id WHERE m.\(boundary.markerColumn) = ? ORDER BY r.id
                """, arguments: [boundary.id])
        var referencesByMarker: [Int64: [BoundaryReport.Reference]] = [:]
        for r in references {
            referencesByMarker[r["marker_id"], default: []].append(
                BoundaryReport.Reference(description: r["description"], bearingDeg: r["bearing_deg"], distanceM: r["distance_m"]))
        }
        let photos = try Row.fetchAll(
            db, sql: """
                SELECT i.marker_id, p.path, p.sha256 FROM inspection_photo p JOIN marker_inspection i ON i.id = p.inspection_id
                JOIN boundary_marker m ON m.id = i.marker_id WHERE i.round_id = ? AND m.\(boundary.markerColumn) = ? ORDER BY p.id
                """, arguments: [roundID, boundary.id])
        var photosByMarker: [Int64: [BoundaryPhoto]] = [:]
        for p in photos {
            photosByMarker[p["marker_id"], default: []].append(BoundaryPhoto(path: p["path"], sha256: p["sha256"], status: nil))
        }
        var warnings: [String] = []

        func condition(of record: Row) -> MarkerConditions? { MarkerConditions(stored: record["conditions"]) }
        func centimetres(_ value: Double?) -> Double? { value.map { ($0 * 100).rounded() / 100 } }

        var markers: [BoundaryReport.Marker] = []
        var actions: [BoundaryReport.Action] = []
        var counts = Dictionary(uniqueKeysWithValues: BoundaryReport.countKeys.map { ($0, 0) })
        var roundsSeen: [Int: [String: Int]] = [:]
        var inspectedPerRound: [Int: Int] = [:]
        for row in markerRows {
            let id: Int64 = row["id"]
            let number = (row["number"] as String) + (row["part"] as String)
            let perRound = latest[id] ?? [:]
            let history = perRound.keys.sorted().compactMap { n -> BoundaryReport.HistoryEntry? in
                guard let record = perRound[n], let c = condition(of: record) else { return nil }
                return BoundaryReport.HistoryEntry(
                    round: n, condition: c.text, displacementM: centimetres(record["displacement_m"]), inspectedOn: record["inspected_on"])
            }
            for entry in history {
                inspectedPerRound[entry.round, default: 0] += 1
                for word in entry.condition.split(separator: ";") { roundsSeen[entry.round, default: [:]][String(word), default: 0] += 1 }
            }
            let managing: String? = row["managing_code"]
            var marker = BoundaryReport.Marker(
                number: number, type: row["type"], part: row["part"], condition: "not-inspected", conditions: [],
                displacementM: nil, inspectedOn: nil, inspectors: "", notes: "",
                registered: GeoCoordinate(lat: row["lat"], lon: row["lon"]), measured: nil,
                managing: managing.map { sideNames[$0] ?? $0 }, actions: [], actionStatus: nil, amended: false, history: history)
            marker.references = referencesByMarker[id] ?? []
            marker.photos = photosByMarker[id] ?? []
            if marker.references.count < BoundaryReport.minimumReferences {
                warnings.append(
                    "marker \(number) has \(marker.references.count) reference object\(marker.references.count == 1 ? "" : "s") (方位物); at least \(BoundaryReport.minimumReferences) are required")
            }
            if let record = current[id], let c = condition(of: record) {
                marker.condition = c.text
                marker.conditions = c.items.map(\.rawValue)
                marker.displacementM = centimetres(record["displacement_m"])
                marker.inspectedOn = record["inspected_on"]
                marker.inspectors = record["inspectors"]
                marker.notes = record["notes"]
                if let lat = record["lat"] as Double?, let lon = record["lon"] as Double? { marker.measured = GeoCoordinate(lat: lat, lon: lon) }
                marker.actions = c.requiredActions.map(\.rawValue)
                marker.actionStatus = record["action_status"]
                marker.amended = (record["amends_id"] as Int64?) != nil
                for item in c.items { counts[item.rawValue, default: 0] += 1 }
                if c.requiredActions != [.none] {
                    let statusNote = try String.fetchOne(
                        db, sql: """
                            SELECT note FROM audit_log WHERE action = 'boundary-action-status' AND entity = 'marker_inspection'
                              AND entity_id = ? ORDER BY id DESC LIMIT 1
                            """, arguments: [String(record["id"] as Int64)])
                    actions.append(BoundaryReport.Action(
                        number: number, condition: c.text, actions: marker.actions, status: marker.actionStatus,
                        managing: marker.managing, statusNote: statusNote))
                }
            } else {
                counts["not-inspected", default: 0] += 1
            }
            markers.append(marker)
        }
        let history = Set(roundsSeen.keys).union(inspectedPerRound.keys).sorted().map { n in
            var c = Dictionary(uniqueKeysWithValues: BoundaryReport.countKeys.map { ($0, 0) })
            for (k, v) in roundsSeen[n] ?? [:] { c[k] = v }
            c["not-inspected"] = markerRows.count - (inspectedPerRound[n] ?? 0)
            return BoundaryReport.RoundCounts(round: n, inspected: inspectedPerRound[n] ?? 0, counts: c)
        }
        var notes: BoundaryReport.Notes?
        if boundary.kind == .line, let row = try Row.fetchOne(
            db, sql: "SELECT * FROM line_inspection WHERE round_id = ? AND line_id = ?", arguments: [roundID, boundary.id])
        {
            let value = BoundaryReport.Notes(
                direction: row["direction_notes"], clarity: row["clarity_notes"], landformChanges: row["landform_changes"],
                disputes: row["disputes"], agreement: row["agreement_record"])
            notes = value.isEmpty ? nil : value
        }
        return BoundaryReport.Line(
            line: boundary.name, kind: boundary.kind.rawValue, sides: sides, markers: markers, counts: counts,
            history: history, actions: actions, notes: notes, warnings: warnings)
    }
}
