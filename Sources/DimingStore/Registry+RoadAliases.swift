import DimingAliases
import DimingCore
import Foundation
import GRDB

/// Roads with several names (一路多名): what the search reads, and the
/// reviewer's decisions.
extension Registry {
    /// Reads everything the alias search compares, for one county-level
    /// division or all of them.
    ///
    /// Addresses are read in one pass through SQLite's C interface and reduced
    /// to distinct (road, estate, building): a province has tens of millions
    /// of addresses but only a few million such combinations.
    public func aliasInput(division: String? = nil) throws(RegistryError) -> AliasInput {
        do {
            return try dbWriter.read { db in
                let filter = division == nil ? "" : " AND division_code = ?"
                let args: StatementArguments = division.map { [$0] } ?? []
                let roads = try Row.fetchAll(db, sql: """
                    SELECT id, division_code, name, ifnull(start_description, ''), ifnull(end_description, ''), ifnull(geometry, '')
                    FROM road WHERE status <> 'retired'\(filter)
                    """, arguments: args
                ).map {
                    AliasRoad(
                        id: $0[0], divisionCode: $0[1], name: $0[2], startDescription: $0[3], endDescription: $0[4], geometry: $0[5])
                }
                let registered = try Row.fetchAll(db, sql: """
                    SELECT n.road_id, n.name, n.kind FROM road_name n JOIN road r ON r.id = n.road_id
                    WHERE r.status <> 'retired' AND n.kind <> 'standard'\(filter.replacingOccurrences(of: "division_code", with: "r.division_code"))
                    """, arguments: args
                ).map { AliasRegisteredName(roadID: $0[0], name: $0[1], kind: $0[2]) }
                let uses = try Self.placeUses(db, division: division)
                let lines = try Row.fetchAll(db, sql: """
                    SELECT l.batch_id, l.line_number, l.input, ifnull(ca.road_id, l.match_road_id), ifnull(p.name, ''),
                      ifnull(a.building, '')
                    FROM cleanup_line l LEFT JOIN address ca ON ca.id = l.corrected_address_id
                      LEFT JOIN address a ON a.id = ifnull(l.corrected_address_id, l.match_address_id)
                      LEFT JOIN place p ON p.id = a.estate_id
                    WHERE ifnull(ca.road_id, l.match_road_id) IS NOT NULL AND l.review_status <> 'rejected'
                      AND (l.verdict IN ('matched', 'review') OR l.review_status IN ('accepted', 'corrected'))
                    """
                ).map {
                    AliasLegacyLine(batchID: $0[0], lineNumber: $0[1], text: $0[2], roadID: $0[3], estateName: $0[4], building: $0[5])
                }
                let decided = Set(try String.fetchAll(db, sql: "SELECT names FROM road_alias_decision").compactMap { json in
                    (try? JSONDecoder().decode([String].self, from: Data(json.utf8))).map(AliasGroup.decisionKey)
                })
                return AliasInput(roads: roads, registered: registered, placeUses: uses, legacyLines: lines, decided: decided)
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    /// Distinct (road, estate, building) of active addresses in estates.
    static func placeUses(_ db: Database, division: String?) throws -> [AliasPlaceUse] {
        var names: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM place") { names[row[0]] = row[1] }
        struct Key: Hashable { var road: Int64; var estate: Int64; var building: String }
        var seen = Set<Key>()
        var uses: [AliasPlaceUse] = []
        // One division: its roads' addresses through the road index (a
        // county is a hundredth of a province; scanning the table for it took
        // 7.9 s of a province's 20 million addresses).
        let sql = division == nil
            ? "SELECT road_id, estate_id, building FROM address WHERE estate_id IS NOT NULL AND road_id IS NOT NULL AND status = 'active'"
            : """
                SELECT road_id, estate_id, building FROM address
                WHERE road_id IN (SELECT id FROM road WHERE division_code = ?1 AND status <> 'retired')
                  AND estate_id IS NOT NULL AND status = 'active'
                """
        let statement = try RawStatement(db, sql: sql)
        if let division { statement.bind(1, division) }
        defer { statement.reset() }
        var lastRoad: Int64 = -1, lastEstate: Int64 = -1
        var lastBuilding: [UInt8] = []
        while try statement.step() {
            let road = statement.int64(0)!, estate = statement.int64(1)!
            // Rows of one doorplate come together: skip repeats without making strings.
            let same = road == lastRoad && estate == lastEstate && statement.withTextBytes(2) { $0.elementsEqual(lastBuilding) }
            if same { continue }
            lastRoad = road
            lastEstate = estate
            lastBuilding = statement.withTextBytes(2) { Array($0) }
            let key = Key(road: road, estate: estate, building: String(decoding: lastBuilding, as: UTF8.self))
            if seen.insert(key).inserted {
                uses.append(AliasPlaceUse(roadID: road, estateID: estate, estateName: names[estate] ?? "", building: key.building))
            }
        }
        return uses
    }

    /// Confirms a group: the standard road takes every other road's doorplates
    /// (numbers kept, or numbered on by the division's policy), every other
    /// name is recorded as a former (or, if listed, colloquial) name, and the
    /// decision is remembered. One transaction: all of it or nothing.
    public func confirmRoadAlias(
        _ group: AliasGroup, standard: String, colloquial: Set<String> = [], keepNumbers: Bool = true,
        presets: NumberingPresets, actor: String, on date: String? = nil
    ) throws(AliasReviewError) -> ConfirmedRoadAlias {
        let today = date ?? Self.today()
        guard !group.names.isEmpty else { throw .emptyGroup }
        guard group.names.contains(standard) else { throw .standardNotInGroup(standard) }
        return try aliasWrite { db in
            try Self.checkUndecided(db, group)
            let roads = try Self.activeRoads(db, group.roadIDs)
            // The group was printed from an older state if one of its roads has been renamed since.
            if let renamed = roads.first(where: { !group.names.contains($0.name) }) {
                throw AliasReviewError.roadGone(renamed.id)
            }
            let divisions = Set(roads.map(\.division)).sorted()
            guard divisions.count == 1 else { throw AliasReviewError.mixedDivisions(divisions) }
            guard let target = roads.first(where: { $0.name == standard }) else { throw AliasReviewError.standardIsNoRoad(standard) }
            var mapping: [AddressMove] = []
            for road in roads where road.id != target.id {
                let request = RoadRenumbering(
                    divisionCode: target.division, road: road.name, target: .into(standard, keepNumbers: keepNumbers))
                do {
                    let moved = try RoadRenumberer(db: db, today: today).renumber(request, presets: presets, actor: actor)
                    mapping += moved.mapping
                } catch let error as DoorplateError {
                    throw AliasReviewError.renumbering(String(describing: error))
                }
            }
            var recorded: [String] = []
            for name in group.names where name != standard {
                let kind = colloquial.contains(name) ? "colloquial" : "former"
                if kind == "colloquial" {
                    try db.execute(
                        sql: "DELETE FROM road_name WHERE road_id = ? AND name = ? AND kind = 'former' AND source = 'renumbering' AND valid_to = ?",
                        arguments: [target.id, name, today])
                }
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO road_name (road_id, name, kind, valid_to, source)
                        VALUES (?, ?, ?, ?, 'alias-review')
                        """, arguments: [target.id, name, kind, kind == "former" ? today : nil])
                recorded.append(name)
            }
            let signs = Self.signReplacements(mapping)
            let auditID = try Self.nextAuditID(db)
            let decisionID = try Self.nextDecisionID(db)
            let after: [String: String] = [
                "decision": String(decisionID), "standard": standard, "names": Self.json(group.names),
                "moved": String(mapping.count), "signs": String(signs.count),
            ]
            let entry = AuditEntry(
                id: auditID, at: Registry.timestamp(), actor: actor, action: "confirm-road-alias", entity: "road_alias_decision",
                entityId: String(decisionID), before: Self.json(group.roadIDs.map(String.init)), after: Self.json(after))
            try entry.insert(db)
            try Self.recordDecision(db, decisionID, group, decision: "confirmed", standardRoad: target.id, actor: actor, auditID: auditID)
            return ConfirmedRoadAlias(
                decisionID: decisionID, auditID: auditID, standardRoadID: target.id, standardName: standard,
                recordedNames: recorded, signs: signs, mapping: mapping)
        }
    }

    /// Rejects a group: it is remembered and not proposed again.
    public func rejectRoadAlias(_ group: AliasGroup, actor: String) throws(AliasReviewError) -> Int64 {
        guard !group.names.isEmpty else { throw .emptyGroup }
        return try aliasWrite { db in
            try Self.checkUndecided(db, group)
            let auditID = try Self.nextAuditID(db)
            let id = try Self.nextDecisionID(db)
            let entry = AuditEntry(
                id: auditID, at: Registry.timestamp(), actor: actor, action: "reject-road-alias", entity: "road_alias_decision",
                entityId: String(id), after: Self.json(["names": group.names]))
            try entry.insert(db)
            try Self.recordDecision(db, id, group, decision: "rejected", standardRoad: nil, actor: actor, auditID: auditID)
            return id
        }
    }

    private func aliasWrite<T>(_ body: (Database) throws -> T) throws(AliasReviewError) -> T {
        do {
            return try dbWriter.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as AliasReviewError {
            throw error
        } catch {
            throw .store(String(describing: error))
        }
    }

    private struct AliasRoadRow { var id: Int64; var division: String; var name: String }

    private static func activeRoads(_ db: Database, _ ids: [Int64]) throws -> [AliasRoadRow] {
        try ids.map { id in
            guard let row = try Row.fetchOne(db, sql: "SELECT division_code, name FROM road WHERE id = ? AND status <> 'retired'", arguments: [id])
            else { throw AliasReviewError.roadGone(id) }
            return AliasRoadRow(id: id, division: row[0], name: row[1])
        }
    }

    private static func checkUndecided(_ db: Database, _ group: AliasGroup) throws {
        let key = group.decisionKey
        for row in try Row.fetchAll(db, sql: "SELECT names, decision FROM road_alias_decision") {
            let json: String = row[0]
            if let names = try? JSONDecoder().decode([String].self, from: Data(json.utf8)), AliasGroup.decisionKey(names) == key {
                throw AliasReviewError.alreadyDecided(names: group.names, decision: row[1])
            }
        }
    }

    private static func nextDecisionID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) + 1 FROM road_alias_decision")!
    }

    /// Written after its audit entry: the decision points at the entry
    /// (change_id), and that reference is checked at once.
    private static func recordDecision(
        _ db: Database, _ id: Int64, _ group: AliasGroup, decision: String, standardRoad: Int64?, actor: String, auditID: Int64
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO road_alias_decision (id, road_ids, names, decision, standard_road_id, decided_at, actor, change_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, json(group.roadIDs), json(group.names.sorted()), decision, standardRoad, Registry.timestamp(), actor, auditID])
    }

    /// One sign per old doorplate (road + number) whose text changes.
    static func signReplacements(_ mapping: [AddressMove]) -> [SignReplacement] {
        var order: [String] = []
        var signs: [String: SignReplacement] = [:]
        for move in mapping where !move.oldNumber.isEmpty {
            let old = Self.signText(move.oldAddress, number: move.oldNumber)
            let new = Self.signText(move.newAddress, number: move.newNumber)
            if var s = signs[old] {
                s.addresses += 1
                signs[old] = s
            } else {
                order.append(old)
                signs[old] = SignReplacement(oldSign: old, newSign: new, addresses: 1)
            }
        }
        return order.map { signs[$0]! }
    }

    /// The standard address cut after its doorplate number: what the sign shows.
    static func signText(_ address: String, number: String) -> String {
        guard let range = address.range(of: number) else { return address }
        return String(address[..<range.upperBound])
    }
}
