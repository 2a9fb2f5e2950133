import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Moves every active address of a road to its new name or into another
    /// road, in one transaction with one audit entry (which holds the whole
    /// mapping): all or nothing.
    ///
    /// Each moved address keeps its id and permanent code; a retired copy of
    /// its old form stays on the old road, so the old numbers are never
    /// issued again there. The old road is retired and its name recorded as a
    /// former name of the road the doorplates now stand on, so that a search
    /// or an issue under the old name points to it.
    public func renumberRoad(
        _ request: RoadRenumbering, presets: NumberingPresets, actor: String, on date: String? = nil
    ) throws(DoorplateError) -> RenumberedRoad {
        let today = date ?? Self.today()
        return try doorplateWrite { db in
            try RoadRenumberer(db: db, today: today).renumber(request, presets: presets, actor: actor)
        }
    }
}

/// One renumbering, inside its transaction.
struct RoadRenumberer {
    let db: Database
    let today: String

    /// An active address on the road being renumbered.
    struct Moving {
        var id: Int64
        var number: String
        var parsed: DoorplateNumber?
        var row: Row
    }

    func renumber(_ request: RoadRenumbering, presets: NumberingPresets, actor: String) throws -> RenumberedRoad {
        let chain = try DivisionChain.load(db, code: request.divisionCode)
        let issuer = DoorplateIssuer(db: db)
        let old = try issuer.findRoad(request.road, division: chain.code)
        let auditID = try Registry.nextAuditID(db)

        let target: DoorplateIssuer.Road
        let keepNumbers: Bool
        switch request.target {
        case let .rename(rawName):
            let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty { throw DoorplateError.missingField("new road name") }
            if name == old.name { throw DoorplateError.sameRoad(old.name) }
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM road WHERE division_code = ? AND name = ? AND status <> 'retired')",
                arguments: [chain.code, name])!
            {
                throw DoorplateError.roadNameTaken(name, division: chain.code)
            }
            try db.execute(
                sql: """
                    INSERT INTO road (division_code, name, status, start_description, end_description, geometry, orientation,
                      created_change_id)
                    SELECT division_code, ?, 'active', start_description, end_description, geometry, orientation, ?
                    FROM road WHERE id = ?
                    """, arguments: [name, auditID, old.id])
            target = DoorplateIssuer.Road(id: db.lastInsertedRowID, name: name)
            try db.execute(
                sql: "INSERT INTO road_name (road_id, name, kind, valid_from, source) VALUES (?, ?, 'standard', ?, 'renumbering')",
                arguments: [target.id, name, today])
            // The old road's other names (colloquial, variant, former) belong to the same street.
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO road_name (road_id, name, kind, valid_from, valid_to, source)
                    SELECT ?, name, kind, valid_from, valid_to, source FROM road_name WHERE road_id = ? AND kind <> 'standard'
                    """, arguments: [target.id, old.id])
            keepNumbers = true
        case let .into(name, keep):
            target = try issuer.findRoad(name, division: chain.code)
            if target.id == old.id { throw DoorplateError.sameRoad(old.name) }
            keepNumbers = keep
        }
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO road_name (road_id, name, kind, valid_to, source)
                VALUES (?, ?, 'former', ?, 'renumbering')
                """, arguments: [target.id, old.name, today])

        let moving = try Row.fetchAll(
            db, sql: """
                SELECT a.*, t.name AS town_name, c.name AS community_name, p.name AS estate_name
                FROM address a LEFT JOIN town t ON t.id = a.town_id LEFT JOIN community c ON c.id = a.community_id
                  LEFT JOIN place p ON p.id = a.estate_id
                WHERE a.road_id = ? AND a.status = 'active'
                ORDER BY a.number_group IS NOT NULL, a.number_group, a.number_base, a.number_suffix <> '', a.id
                """, arguments: [old.id]
        ).map { row in
            Moving(id: row["id"], number: row["number"], parsed: DoorplateNumber.parse(row["number"]), row: row)
        }
        // Designations in the old order; every address under one moves together.
        var designations: [String] = []
        for m in moving where !designations.contains(m.number) { designations.append(m.number) }

        let newNumbers = try keepNumbers
            ? keptNumbers(designations, target: target, issuer: issuer)
            : policyNumbers(designations, target: target, issuer: issuer, codes: chain.codes, presets: presets)

        var mapping: [AddressMove] = []
        mapping.reserveCapacity(moving.count)
        let insertHistory = try db.makeStatement(sql: """
            INSERT INTO address (division_code, town_id, community_id, road_id, number, number_group, number_base,
              number_suffix, estate_id, building, unit, room, lat, lon, status, permanent_code, issued_on, retired_on,
              key_hash, change_id)
            SELECT division_code, town_id, community_id, road_id, number, number_group, number_base, number_suffix,
              estate_id, building, unit, room, lat, lon, 'retired', NULL, issued_on, ?, key_hash, ?
            FROM address WHERE id = ?
            """)
        let move = try db.makeStatement(sql: """
            UPDATE address SET road_id = ?, number = ?, number_group = ?, number_base = ?, number_suffix = ?,
              key_hash = ?, issued_on = ?, change_id = ? WHERE id = ?
            """)
        for m in moving {
            let number = newNumbers[m.number]!
            let parsed = DoorplateNumber.parse(number)
            try insertHistory.execute(arguments: [today, auditID, m.id])
            let historyID = db.lastInsertedRowID
            let town: String? = m.row["town_name"]
            let estate: String? = m.row["estate_name"]
            let building: String = m.row["building"], unit: String = m.row["unit"], room: String = m.row["room"]
            let key = AddressKey(
                divisionCode: chain.code, town: town ?? "", community: m.row["community_name"] ?? "", road: target.name,
                number: number, estate: estate ?? "", building: building, unit: unit, room: room)
            let oldIssuedOn: String? = m.row["issued_on"]
            let issuedOn = number == m.number ? oldIssuedOn : today
            try move.execute(arguments: [
                target.id, number, parsed?.group, parsed?.base, parsed?.suffix ?? "", key.stableHash, issuedOn, auditID, m.id,
            ])
            func text(_ road: String, _ number: String) -> String {
                Registry.standardAddress(
                    divisionNames: chain.names, town: town, road: road, number: number, estate: estate, building: building,
                    unit: unit, room: room)
            }
            let code: String? = m.row["permanent_code"]
            mapping.append(AddressMove(
                addressId: m.id, historyId: historyID, oldAddress: text(old.name, m.number), newAddress: text(target.name, number),
                oldNumber: m.number, newNumber: number, oldCode: code, newCode: code))
        }
        try db.execute(sql: "UPDATE road SET status = 'retired' WHERE id = ?", arguments: [old.id])
        try db.execute(sql: "UPDATE place SET road_id = ? WHERE road_id = ?", arguments: [target.id, old.id])

        let result = RenumberedRoad(
            oldRoad: old.name, newRoad: target.name, newRoadId: target.id, moved: moving.count, auditId: auditID,
            mapping: mapping)
        let how: String
        switch request.target {
        case .rename: how = "rename"
        case let .into(_, keep): how = keep ? "into, keeping numbers" : "into, renumbered"
        }
        let entry = AuditEntry(
            id: auditID, at: Registry.timestamp(), actor: actor, action: "renumber-road", entity: "road",
            entityId: String(old.id), before: #"{"road":\#(try json(old.name)),"status":"active"}"#,
            after: String(decoding: try JSONEncoder.registry.encode(result), as: UTF8.self), note: how)
        try entry.insert(db)
        return result
    }

    func json(_ text: String) throws -> String {
        String(decoding: try JSONEncoder.registry.encode(text), as: UTF8.self)
    }

    /// Each designation unchanged; refused if the target road has ever used one.
    func keptNumbers(_ designations: [String], target: DoorplateIssuer.Road, issuer: DoorplateIssuer) throws -> [String: String] {
        var clashes: [String] = []
        for d in designations where !d.isEmpty {
            let parsed = DoorplateNumber.parse(d)
            let whole = parsed.map { $0.group == nil && $0.suffix.isEmpty } ?? false
            if try whole ? issuer.isUsed(road: target.id, parsed!.base) : issuer.exists(road: target.id, number: d) {
                clashes.append(d)
            }
        }
        if !clashes.isEmpty { throw DoorplateError.numbersClash(road: target.name, numbers: clashes) }
        return Dictionary(uniqueKeysWithValues: designations.map { ($0, $0) })
    }

    /// Each doorplate, in the old order, takes the next number on its side of
    /// the target road (on the allowed side of a one-sided road), skipping
    /// numbers the policy skips and numbers the road ever used. Sub-numbers
    /// (118-1号) become whole numbers of their own: on the target road they
    /// are no longer squeezed between two old neighbours. Addresses without a
    /// number, and villagers' group numbers (5组6号), keep what they have.
    func policyNumbers(
        _ designations: [String], target: DoorplateIssuer.Road, issuer: DoorplateIssuer, codes: [String],
        presets: NumberingPresets
    ) throws -> [String: String] {
        let (policy, _) = try Registry.effectivePolicy(db, codes: codes, presets: presets)
        if let problem = policy.problem { throw DoorplateError.badPolicy(problem) }
        if policy.metresPerNumber != nil { throw DoorplateError.metricTarget(road: target.name, preset: policy.preset) }
        let allowed = policy.allowedSides(road: target.name)
        var last: [DoorplateSide: Int] = [:]
        for side in [DoorplateSide.odd, .even] {
            last[side] = try Int.fetchOne(
                db, sql: """
                    SELECT number_base FROM address WHERE road_id = ? AND number_group IS NULL AND number_base % 2 = ?
                    ORDER BY number_base DESC LIMIT 1
                    """, arguments: [target.id, side == .odd ? 1 : 0])
        }
        var result: [String: String] = [:]
        var kept: [String] = []
        var taken = Set<Int>()
        for d in designations {
            guard let parsed = DoorplateNumber.parse(d), parsed.group == nil else {
                kept.append(d)
                result[d] = d
                continue
            }
            let side = allowed.contains(DoorplateSide.of(parsed.base)) ? DoorplateSide.of(parsed.base) : allowed[0]
            let n = try policy.next(after: last[side], on: side, isUsed: { try taken.contains($0) || issuer.isUsed(road: target.id, $0) })
            taken.insert(n)
            last[side] = n
            result[d] = "\(n)号"
        }
        // Kept designations must still be free on the target road.
        let clashes = try kept.filter { try !$0.isEmpty && issuer.exists(road: target.id, number: $0) }
        if !clashes.isEmpty { throw DoorplateError.numbersClash(road: target.name, numbers: clashes) }
        return result
    }
}
