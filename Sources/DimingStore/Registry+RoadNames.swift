import DimingCore
import GRDB

extension Registry {
    /// Records other names of roads (former, colloquial, variant), all or
    /// nothing: a row naming an unknown road, an unknown kind or an impossible
    /// date rejects the whole file, and every such row is returned with its
    /// line and reason. A name already recorded is not added twice.
    ///
    /// Former names are what legacy sheets are full of; once recorded, the
    /// matcher follows them to the current road.
    public func addRoadNames(_ rows: [RoadNameRow], actor: String) throws(RegistryError) -> (added: Int, problems: [RejectedRow]) {
        do {
            return try dbWriter.write { db in
                var problems: [RejectedRow] = []
                var added = 0
                let findRoad = try db.cachedStatement(sql: "SELECT id FROM road WHERE division_code = ? AND name = ? AND status <> 'retired'")
                for row in rows {
                    func reject(_ reason: String) { problems.append(RejectedRow(line: row.line, reason: reason, raw: [])) }
                    guard RoadNameRow.kinds.contains(row.kind) else {
                        reject("kind must be one of \(RoadNameRow.kinds.joined(separator: ", ")), not \"\(row.kind)\"")
                        continue
                    }
                    guard !row.name.isEmpty else {
                        reject("the name is empty")
                        continue
                    }
                    if let bad = [row.validFrom, row.validTo].compactMap({ $0 }).first(where: { CalendarDate($0) == nil }) {
                        reject("\"\(bad)\" is not a date (YYYY-MM-DD)")
                        continue
                    }
                    guard let roadID = try Int64.fetchOne(findRoad, arguments: [row.divisionCode, row.road]) else {
                        reject("there is no road \(row.road) in division \(row.divisionCode)")
                        continue
                    }
                    try db.execute(
                        sql: """
                            INSERT OR IGNORE INTO road_name (road_id, name, kind, valid_from, valid_to, source)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            roadID, row.name, row.kind, row.validFrom.flatMap(CalendarDate.init)?.description,
                            row.validTo.flatMap(CalendarDate.init)?.description, row.source,
                        ])
                    added += db.changesCount
                }
                if !problems.isEmpty {
                    throw RoadNamesRejected(problems: problems)
                }
                let entry = AuditEntry(
                    at: Registry.timestamp(), actor: actor, action: "add-road-names", entity: "road_name",
                    after: "{\"rows\":\(rows.count),\"added\":\(added)}")
                try entry.insert(db)
                return (added, [])
            }
        } catch let rejected as RoadNamesRejected {
            return (0, rejected.problems)
        } catch {
            throw RegistryError.wrap(error)
        }
    }
}

/// Rolls back a road-names file that has bad rows, carrying them out.
private struct RoadNamesRejected: Error {
    var problems: [RejectedRow]
}
