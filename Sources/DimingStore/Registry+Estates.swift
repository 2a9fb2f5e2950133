import DimingCore
import Foundation
import GRDB

/// A residential estate to number as a whole: buildings, units, rooms.
public struct EstateRequest: Sendable, Equatable {
    public var divisionCode: String
    public var estate: String
    public var town: String?
    public var layout: EstateLayout

    public init(divisionCode: String, estate: String, town: String? = nil, layout: EstateLayout) {
        self.divisionCode = divisionCode
        self.estate = estate
        self.town = town
        self.layout = layout
    }
}

/// What numbering an estate wrote.
public struct IssuedEstate: Sendable, Equatable, Codable {
    public var estateId: Int64
    public var estate: String
    public var buildings: Int
    public var rooms: Int
    public var firstAddress: String
    public var lastAddress: String
    public var firstCode: String
    public var lastCode: String
    public var auditId: Int64

    enum CodingKeys: String, CodingKey {
        case estateId = "estate_id"
        case estate, buildings, rooms
        case firstAddress = "first_address"
        case lastAddress = "last_address"
        case firstCode = "first_code"
        case lastCode = "last_code"
        case auditId = "audit_id"
    }
}

extension Registry {
    /// The type digit of room (户室) addresses in permanent codes.
    public static let roomCodeType = "2"

    /// Numbers every room of an estate in one transaction with one audit
    /// entry: buildings in S-order from the north-east (1幢, 2幢, …), units in
    /// sequence (1单元, …), rooms as floor + two digits (101室, …, 1201室). Each
    /// room gets a permanent code. The estate is created if new; one that
    /// already has rooms is refused.
    public func issueEstate(_ request: EstateRequest, actor: String, on date: String? = nil) throws(DoorplateError) -> IssuedEstate {
        if let problem = request.layout.problem { throw .badLayout(problem) }
        let today = date ?? Self.today()
        return try doorplateWrite { db in
            let chain = try DivisionChain.load(db, code: request.divisionCode)
            let issuer = DoorplateIssuer(db: db)
            let town = try request.town.flatMap { try issuer.resolveTown($0, division: chain.code, road: 0, near: nil) }
            let auditID = try Self.nextAuditID(db)
            let estateID: Int64
            if let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM place WHERE division_code = ? AND kind = 'residential' AND name = ? AND status <> 'retired'",
                arguments: [chain.code, request.estate])
            {
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM address WHERE estate_id = ? AND room <> '')", arguments: [existing])! {
                    throw DoorplateError.estateAlreadyNumbered(request.estate)
                }
                estateID = existing
            } else {
                try db.execute(
                    sql: "INSERT INTO place (division_code, town_id, kind, name, created_change_id) VALUES (?, ?, 'residential', ?, ?)",
                    arguments: [chain.code, town?.id, request.estate, auditID])
                estateID = db.lastInsertedRowID
            }
            let layout = request.layout
            let count = Int64(layout.roomCount)
            try db.execute(
                sql: "INSERT OR IGNORE INTO address_code_sequence (division_code, type, next_value) VALUES (?, ?, 1)",
                arguments: [chain.code, Self.roomCodeType])
            let first = try Int64.fetchOne(
                db, sql: "SELECT next_value FROM address_code_sequence WHERE division_code = ? AND type = ?",
                arguments: [chain.code, Self.roomCodeType])!
            try db.execute(
                sql: "UPDATE address_code_sequence SET next_value = next_value + ? WHERE division_code = ? AND type = ?",
                arguments: [count, chain.code, Self.roomCodeType])

            let insert = try db.makeStatement(sql: """
                INSERT INTO address (division_code, town_id, estate_id, building, unit, room, status, permanent_code,
                  issued_on, key_hash, change_id)
                VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)
                """)
            let prefix = chain.names.joined() + (town?.name ?? "") + request.estate
            var sequence = first
            var firstAddress = "", lastAddress = ""
            for building in layout.buildings {
                let b = "\(building.number)幢"
                for u in 1...layout.unitsPerBuilding {
                    let unit = "\(u)单元"
                    for floor in 1...layout.floors {
                        for k in 1...layout.roomsPerFloor {
                            let room = EstateLayout.room(floor: floor, index: k)
                            let key = AddressKey(
                                divisionCode: chain.code, town: town?.name ?? "", community: "", road: "", number: "",
                                estate: request.estate, building: b, unit: unit, room: room)
                            let code = chain.code + Self.roomCodeType + issuer.pad(sequence, Self.codeSequenceDigits)
                            try insert.execute(arguments: [
                                chain.code, town?.id, estateID, b, unit, room, code, today, key.stableHash, auditID,
                            ])
                            if sequence == first { firstAddress = prefix + b + unit + room }
                            lastAddress = prefix + b + unit + room
                            sequence += 1
                        }
                    }
                }
            }
            let codeOf = { (n: Int64) in chain.code + Self.roomCodeType + issuer.pad(n, Self.codeSequenceDigits) }
            let issued = IssuedEstate(
                estateId: estateID, estate: request.estate, buildings: layout.buildingCount, rooms: layout.roomCount,
                firstAddress: firstAddress, lastAddress: lastAddress, firstCode: codeOf(first), lastCode: codeOf(sequence - 1),
                auditId: auditID)
            let entry = AuditEntry(
                id: auditID, at: Registry.timestamp(), actor: actor, action: "issue-estate", entity: "place",
                entityId: String(estateID), after: String(decoding: try JSONEncoder.registry.encode(issued), as: UTF8.self))
            try entry.insert(db)
            return issued
        }
    }
}
