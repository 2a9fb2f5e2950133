import GRDB

extension Registry {
    /// The doorplate `ref` names, with its standard address.
    public func doorplate(_ ref: DoorplateRef) throws(DoorplateError) -> DoorplateRecord {
        do {
            return try dbWriter.read { db in try Self.loadDoorplate(db, ref) }
        } catch let error as DoorplateError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }

    static func loadDoorplate(_ db: Database, _ ref: DoorplateRef) throws -> DoorplateRecord {
        let select = """
            SELECT a.id, a.division_code, t.name, r.name, a.number, p.name, a.building, a.unit, a.room,
              a.permanent_code, a.status, a.issued_on
            FROM address a LEFT JOIN town t ON t.id = a.town_id LEFT JOIN road r ON r.id = a.road_id
              LEFT JOIN place p ON p.id = a.estate_id
            """
        let row: Row?
        switch ref {
        case let .id(id): row = try Row.fetchOne(db, sql: select + " WHERE a.id = ?", arguments: [id])
        case let .code(code): row = try Row.fetchOne(db, sql: select + " WHERE a.permanent_code = ?", arguments: [code])
        }
        guard let row else {
            switch ref {
            case let .id(id): throw DoorplateError.unknownDoorplate(id)
            case let .code(code): throw DoorplateError.unknownCode(code)
            }
        }
        let division: String = row[1]
        let chain = try DivisionChain.names(db, code: division)
        var record = DoorplateRecord(
            id: row[0], divisionCode: division, town: row[2], road: row[3], number: row[4], estate: row[5],
            building: row[6], unit: row[7], room: row[8], address: "", code: row[9], status: row[10], issuedOn: row[11])
        record.address = standardAddress(
            divisionNames: chain, town: record.town, road: record.road, number: record.number, estate: record.estate,
            building: record.building, unit: record.unit, room: record.room)
        return record
    }

    /// The standard address text: the divisions from the province down, then
    /// town, road and number, estate, building, unit and room, each where present.
    static func standardAddress(
        divisionNames: [String], town: String?, road: String?, number: String, estate: String?, building: String,
        unit: String, room: String
    ) -> String {
        divisionNames.joined() + (town ?? "") + (road ?? "") + number + (estate ?? "") + building + unit + room
    }
}

extension DivisionChain {
    /// The names from the province down to `code`, for addresses already
    /// issued (their division may since have been superseded; the address
    /// still reads as it was registered).
    static func names(_ db: Database, code: String) throws -> [String] {
        var names: [String] = []
        var next: String? = code
        while let c = next, names.count < 5,
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT name, parent_code FROM division WHERE code = ?"), arguments: [c])
        {
            names.insert(row[0], at: 0)
            next = row[1]
        }
        return names
    }
}
