import DimingCore
import Foundation
import GRDB

/// Which side of the road a new doorplate goes on: by parity, or by compass
/// side (translated through the division's numbering policy).
public enum DoorplateSideChoice: Sendable, Equatable {
    case parity(DoorplateSide)
    case facing(CompassPoint)

    /// Parses odd, even, north, south, east or west.
    public init?(_ text: String) {
        if let side = DoorplateSide(rawValue: text) {
            self = .parity(side)
        } else if let point = CompassPoint(rawValue: text) {
            self = .facing(point)
        } else {
            return nil
        }
    }
}

/// What a clerk asks for when issuing one doorplate.
public struct DoorplateRequest: Sendable, Equatable {
    public var divisionCode: String
    public var road: String
    public var side: DoorplateSideChoice?
    /// Issue next to this existing doorplate (118号): the next free whole
    /// number before the following doorplate, else a sub-number.
    public var after: String?
    /// Metric numbering: the door's distance in metres from the road's zero point.
    public var metres: Double?
    /// The town (街道/镇/乡) of the address; when nil, the town of the doorplate
    /// the new one stands next to, else of the road's highest-numbered address with one.
    public var town: String?

    public init(
        divisionCode: String, road: String, side: DoorplateSideChoice? = nil, after: String? = nil,
        metres: Double? = nil, town: String? = nil
    ) {
        self.divisionCode = divisionCode
        self.road = road
        self.side = side
        self.after = after
        self.metres = metres
        self.town = town
    }
}

/// A doorplate just issued.
public struct IssuedDoorplate: Sendable, Equatable, Codable {
    public var id: Int64
    public var number: String
    public var road: String
    /// The standard address: province, city, county, town (if known), road, number.
    public var address: String
    /// The permanent address code: division code + type digit + sequence.
    public var code: String
    public var side: DoorplateSide
    public var divisionCode: String
    public var town: String?
    public var issuedOn: String
    public var preset: String
    public var auditId: Int64

    enum CodingKeys: String, CodingKey {
        case id, number, road, address, code, side
        case divisionCode = "division_code"
        case town
        case issuedOn = "issued_on"
        case preset
        case auditId = "audit_id"
    }
}

/// A doorplate just retired.
public struct RetiredDoorplate: Sendable, Equatable, Codable {
    public var id: Int64
    public var number: String
    public var code: String?
    public var retiredOn: String
    public var auditId: Int64

    enum CodingKeys: String, CodingKey {
        case id, number, code
        case retiredOn = "retired_on"
        case auditId = "audit_id"
    }
}

extension Registry {
    /// The type digit of doorplate addresses in permanent codes.
    public static let doorplateCodeType = "1"
    /// Digits of the sequence part of a permanent code.
    static let codeSequenceDigits = 8

    /// Issues one doorplate on a road, following the division's numbering policy.
    ///
    /// One immediate transaction reads what the road has, takes the code
    /// sequence's next value, writes the address and its audit entry; so
    /// processes issuing at once never get the same number, and a refused or
    /// failed issue leaves neither a gap in the sequence nor a partial record.
    public func issueDoorplate(
        _ request: DoorplateRequest, presets: NumberingPresets, actor: String, on date: String? = nil
    ) throws(DoorplateError) -> IssuedDoorplate {
        let today = date ?? Self.today()
        return try doorplateWrite { db in
            try DoorplateIssuer(db: db).issue(request, presets: presets, actor: actor, date: today)
        }
    }

    /// Issues `count` doorplates one after another, each in its own durable
    /// transaction (for benchmarks and bulk counter work). Returns the last.
    public func issueDoorplates(
        _ request: DoorplateRequest, count: Int, presets: NumberingPresets, actor: String
    ) throws(DoorplateError) -> [IssuedDoorplate] {
        var issued: [IssuedDoorplate] = []
        issued.reserveCapacity(count)
        for _ in 0..<count { issued.append(try issueDoorplate(request, presets: presets, actor: actor)) }
        return issued
    }

    /// Retires a doorplate: it keeps its number and code (neither is ever
    /// reused) and gets status retired and the date.
    public func retireDoorplate(id: Int64, actor: String, on date: String? = nil) throws(DoorplateError) -> RetiredDoorplate {
        let today = date ?? Self.today()
        return try doorplateWrite { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT number, status, permanent_code FROM address WHERE id = ?", arguments: [id])
            else { throw DoorplateError.unknownDoorplate(id) }
            let number: String = row[0]
            let status: String = row[1]
            let code: String? = row[2]
            if status == "retired" { throw DoorplateError.alreadyRetired(id: id, number: number) }
            let auditID = try Self.nextAuditID(db)
            try db.execute(
                sql: "UPDATE address SET status = 'retired', retired_on = ?, change_id = ? WHERE id = ?",
                arguments: [today, auditID, id])
            let entry = AuditEntry(
                id: auditID, at: Registry.timestamp(), actor: actor, action: "retire-doorplate", entity: "address",
                entityId: String(id), before: #"{"status":"active"}"#,
                after: #"{"retired_on":"\#(today)","status":"retired"}"#)
            try entry.insert(db)
            return RetiredDoorplate(id: id, number: number, code: code, retiredOn: today, auditId: auditID)
        }
    }

    /// Runs `body` in one immediate write transaction; doorplate refusals pass
    /// through, anything else becomes a registry error.
    ///
    /// The commit is durable (every registry connection syncs the WAL at
    /// each commit, see `Registry.makeConfiguration`): a number handed to a
    /// clerk is never lost and handed out again after a power cut.
    func doorplateWrite<T>(_ body: (Database) throws -> T) throws(DoorplateError) -> T {
        do {
            return try dbWriter.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DoorplateError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }

    /// The id the next audit entry will get. Only meaningful inside an
    /// immediate transaction, which no other writer can interleave with.
    static func nextAuditID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT ifnull(max(id), 0) + 1 FROM audit_log"))!
    }

    /// Today's date in UTC, as YYYY-MM-DD.
    static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(c.year!, 4))-\(pad(c.month!, 2))-\(pad(c.day!, 2))"
    }
}

/// A county-level division with the names above it, for the standard address.
struct DivisionChain {
    /// From the division itself up to its province.
    var codes: [String]
    /// From the province down to the division.
    var names: [String]
    var code: String { codes[0] }

    static func load(_ db: Database, code: String) throws -> DivisionChain {
        let sql = "SELECT name, level, parent_code, status, successor_code FROM division WHERE code = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [code]) else {
            throw DoorplateError.unknownDivision(code)
        }
        let name: String = row[0]
        if (row[3] as String) == "superseded" {
            throw DoorplateError.supersededDivision(code: code, name: name, successor: row[4])
        }
        if (row[1] as String) != "county" { throw DoorplateError.notCountyLevel(code: code, name: name) }
        var chain = DivisionChain(codes: [code], names: [name])
        var parent: String? = row[2]
        while let p = parent, chain.codes.count < 5,
            let up = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [p])
        {
            chain.codes.append(p)
            chain.names.insert(up[0], at: 0)
            parent = up[2]
        }
        return chain
    }
}

extension Registry {
    /// The policy in force for a division: its own setting, else the nearest
    /// ancestor's (a city or province may set one for all its counties), else
    /// the default preset.
    static func effectivePolicy(_ db: Database, codes: [String], presets: NumberingPresets) throws -> (policy: NumberingPolicy, setBy: String?) {
        for code in codes {
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT preset, overrides FROM numbering_policy WHERE division_code = ?"),
                arguments: [code])
            else { continue }
            let name: String = row[0]
            guard let preset = presets.byName[name] else {
                throw DoorplateError.unknownPreset(name, known: presets.names)
            }
            let overrides = try JSONDecoder().decode(NumberingOverrides.self, from: Data((row[1] as String).utf8))
            return (preset.applying(overrides), code)
        }
        guard let preset = presets.byName[NumberingPresets.defaultName] else {
            throw DoorplateError.unknownPreset(NumberingPresets.defaultName, known: presets.names)
        }
        return (preset, nil)
    }
}

/// One issue, inside its transaction.
struct DoorplateIssuer {
    let db: Database

    struct Road {
        var id: Int64
        var name: String
    }

    func issue(_ request: DoorplateRequest, presets: NumberingPresets, actor: String, date: String) throws -> IssuedDoorplate {
        let chain = try DivisionChain.load(db, code: request.divisionCode)
        let (policy, _) = try Registry.effectivePolicy(db, codes: chain.codes, presets: presets)
        if let problem = policy.problem { throw DoorplateError.badPolicy(problem) }
        let road = try findRoad(request.road, division: chain.code)
        let allowed = policy.allowedSides(road: road.name)

        var requestedSide: DoorplateSide?
        switch request.side {
        case let .parity(side)?: requestedSide = side
        case let .facing(point)?:
            // A compass side only means something across the road's direction.
            if let orientation = try orientation(of: road.id), !orientation.sides.contains(point) {
                throw DoorplateError.sideNotOnRoad(road: road.name, orientation: orientation, side: point)
            }
            requestedSide = policy.side(facing: point)
        case nil: break
        }

        let number: String
        let base: Int
        let suffix: String
        // The doorplate the new one stands next to, whose town it takes.
        var neighbour: Int?
        if let afterText = request.after {
            let written = afterText.contains("号") ? afterText : afterText + "号"
            guard let after = DoorplateNumber.parse(written), after.group == nil else { throw DoorplateError.badNumber(afterText) }
            let side = DoorplateSide.of(after.base)
            if let requestedSide, requestedSide != side { throw DoorplateError.sideMismatch(number: written, side: requestedSide) }
            guard try exists(road: road.id, number: written) else {
                throw DoorplateError.unknownNumber(road: road.name, number: written)
            }
            let following = try Int.fetchOne(
                db.cachedStatement(sql: """
                    SELECT number_base FROM address
                    WHERE road_id = ? AND number_group IS NULL AND number_base > ? AND number_base % 2 = ?
                    ORDER BY number_base LIMIT 1
                    """), arguments: [road.id, after.base, after.base % 2])
            neighbour = after.base
            if let whole = try policy.wholeNumber(after: after.base, before: following, isUsed: { try isUsed(road: road.id, $0) }) {
                (number, base, suffix) = ("\(whole)号", whole, "")
            } else {
                let suffixes = try String.fetchAll(
                    db.cachedStatement(sql: "SELECT number_suffix FROM address WHERE road_id = ? AND number_group IS NULL AND number_base = ?"),
                    arguments: [road.id, after.base])
                let index = (suffixes.compactMap(SubNumberStyle.index(ofSuffix:)).max() ?? 0) + 1
                guard let designation = policy.subNumberStyle.designation(base: after.base, index: index),
                    let parsed = DoorplateNumber.parse(designation)
                else { throw DoorplateError.noSubNumberLeft(road: road.name, base: after.base, style: policy.subNumberStyle) }
                (number, base, suffix) = (designation, after.base, parsed.suffix)
            }
            guard allowed.contains(side) else { throw DoorplateError.sideNotAllowed(road: road.name, side: side, allowed: allowed) }
        } else {
            let side = requestedSide ?? allowed[0]
            guard allowed.contains(side) else { throw DoorplateError.sideNotAllowed(road: road.name, side: side, allowed: allowed) }
            if policy.metresPerNumber != nil {
                guard let metres = request.metres, let n = policy.number(atMetres: metres, on: side) else {
                    throw DoorplateError.metricNeedsPosition(preset: policy.preset)
                }
                if try isUsed(road: road.id, n) { throw DoorplateError.numberTaken(road: road.name, number: "\(n)号") }
                if policy.isSkipped(n) { throw DoorplateError.badPolicy("\(n) is a number the \(policy.preset) rules skip") }
                (number, base, suffix) = ("\(n)号", n, "")
            } else {
                if request.metres != nil { throw DoorplateError.notMetric(preset: policy.preset) }
                // Walks the road's index from the top: stops at the first row on this side.
                let last = try Int.fetchOne(
                    db.cachedStatement(sql: """
                        SELECT number_base FROM address
                        WHERE road_id = ? AND number_group IS NULL AND number_base % 2 = ? AND number_base IS NOT NULL
                        ORDER BY number_base DESC LIMIT 1
                        """), arguments: [road.id, side == .odd ? 1 : 0])
                neighbour = last
                let n = try policy.next(after: last, on: side, isUsed: { try isUsed(road: road.id, $0) })
                (number, base, suffix) = ("\(n)号", n, "")
            }
        }
        if try exists(road: road.id, number: number) { throw DoorplateError.numberTaken(road: road.name, number: number) }

        let town = try resolveTown(request.town, division: chain.code, road: road.id, near: neighbour)
        let sequence = try takeSequence(division: chain.code)
        let code = chain.code + Registry.doorplateCodeType + pad(sequence, Registry.codeSequenceDigits)
        let address = chain.names.joined() + (town?.name ?? "") + road.name + number
        let key = AddressKey(
            divisionCode: chain.code, town: town?.name ?? "", community: "", road: road.name, number: number, estate: "",
            building: "", unit: "", room: "")
        let auditID = try Registry.nextAuditID(db)
        try db.execute(
            sql: """
                INSERT INTO address (division_code, town_id, road_id, number, number_base, number_suffix, status,
                  permanent_code, issued_on, key_hash, change_id)
                VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)
                """,
            arguments: [chain.code, town?.id, road.id, number, base, suffix, code, date, key.stableHash, auditID])
        let id = db.lastInsertedRowID
        var issued = IssuedDoorplate(
            id: id, number: number, road: road.name, address: address, code: code, side: DoorplateSide.of(base),
            divisionCode: chain.code, town: town?.name, issuedOn: date, preset: policy.preset, auditId: auditID)
        let entry = AuditEntry(
            id: auditID, at: Registry.timestamp(), actor: actor, action: "issue-doorplate", entity: "address",
            entityId: String(id), after: String(decoding: try JSONEncoder.registry.encode(issued), as: UTF8.self))
        try entry.insert(db)
        issued.auditId = auditID
        return issued
    }

    func pad(_ n: Int64, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Takes the next value of the division's doorplate code sequence.
    func takeSequence(division: String) throws -> Int64 {
        try db.execute(
            sql: "INSERT OR IGNORE INTO address_code_sequence (division_code, type, next_value) VALUES (?, ?, 1)",
            arguments: [division, Registry.doorplateCodeType])
        let value = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT next_value FROM address_code_sequence WHERE division_code = ? AND type = ?"),
            arguments: [division, Registry.doorplateCodeType])!
        try db.execute(
            sql: "UPDATE address_code_sequence SET next_value = next_value + 1 WHERE division_code = ? AND type = ?",
            arguments: [division, Registry.doorplateCodeType])
        return value
    }

    /// Whether the designation `number` (exactly as written) is on the road.
    func exists(road: Int64, number: String) throws -> Bool {
        // Through the road index by base number, not a scan of the road.
        let base = DoorplateNumber.parse(number)?.base
        return try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM address WHERE road_id = ? AND number_base IS ? AND number = ?)"),
            arguments: [road, base, number])!
    }

    /// Whether a whole number was ever issued on the road, in any form
    /// (118号, 118-1号 and 118号之一 all use 118), active or retired.
    func isUsed(road: Int64, _ base: Int) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM address WHERE road_id = ? AND number_base = ? AND number_group IS NULL)"),
            arguments: [road, base])!
    }

    func findRoad(_ name: String, division: String) throws -> Road {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, name, status FROM road WHERE division_code = ? AND name = ?"),
            arguments: [division, name])
        if let active = rows.first(where: { ($0[2] as String) == "active" }) { return Road(id: active[0], name: active[1]) }
        if rows.contains(where: { ($0[2] as String) == "planned" }) { throw DoorplateError.plannedRoad(name) }
        if !rows.isEmpty { throw DoorplateError.retiredRoad(name) }
        throw DoorplateError.unknownRoad(name, division: division, suggestions: try suggestions(for: name, division: division))
    }

    /// Up to three active roads of the division whose names are close to
    /// `name`: a former or other name of theirs is `name`, or they share most
    /// of its characters.
    func suggestions(for name: String, division: String) throws -> [String] {
        var found = try String.fetchAll(
            db, sql: """
                SELECT DISTINCT r.name FROM road_name n JOIN road r ON r.id = n.road_id
                WHERE n.name = ? AND r.division_code = ? AND r.status = 'active' ORDER BY r.name LIMIT 3
                """, arguments: [name, division])
        if found.count < 3 {
            let wanted = Set(name)
            let threshold = max(2, (wanted.count + 1) / 2)
            let names = try String.fetchAll(
                db, sql: "SELECT name FROM road WHERE division_code = ? AND status = 'active'", arguments: [division])
            var scored: [(name: String, score: Int)] = []
            for candidate in names where !found.contains(candidate) {
                let score = Set(candidate).intersection(wanted).count
                if score >= threshold { scored.append((candidate, score)) }
            }
            scored.sort { a, b in a.score != b.score ? a.score > b.score : a.name < b.name }
            for item in scored.prefix(3 - found.count) { found.append(item.name) }
        }
        return found
    }

    /// The town named, else the town of the neighbouring doorplate (`near`,
    /// a base number on the road), else of the road's latest address with one.
    func resolveTown(_ name: String?, division: String, road: Int64, near: Int?) throws -> (id: Int64, name: String)? {
        if let name {
            guard let id = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM town WHERE county_code = ? AND name = ?"), arguments: [division, name])
            else { throw DoorplateError.unknownTown(name, division: division) }
            return (id, name)
        }
        var row: Row?
        if let near {
            row = try Row.fetchOne(
                db.cachedStatement(sql: """
                    SELECT t.id, t.name FROM address a JOIN town t ON t.id = a.town_id
                    WHERE a.road_id = ? AND a.number_base = ? ORDER BY a.id LIMIT 1
                    """), arguments: [road, near])
        }
        if row == nil {
            row = try Row.fetchOne(
                db.cachedStatement(sql: """
                    SELECT t.id, t.name FROM address a JOIN town t ON t.id = a.town_id
                    WHERE a.road_id = ? ORDER BY a.number_base DESC LIMIT 1
                    """), arguments: [road])
        }
        return row.map { ($0[0], $0[1]) }
    }
}
