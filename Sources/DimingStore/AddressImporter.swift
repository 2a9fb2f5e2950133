import DimingCSV
import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Loads a canonical address CSV in one transaction.
    ///
    /// - Rows with an id update that address (or create it with that id); rows
    ///   without one are matched to the registry by their locating fields, so
    ///   importing the same file twice adds nothing the second time.
    /// - Roads, estates, towns and communities named by rows are created.
    /// - Bad rows go to `reject` with their line number. Unless
    ///   ``ImportOptions/skipBad`` is set, one bad row rolls back the whole import.
    /// - Killing the process at any point leaves the registry as it was: the
    ///   transaction only commits at the end.
    ///
    /// `progress` is called every few thousand rows with the rows read so far.
    public func importAddresses(
        from reader: CSVReader, options: ImportOptions,
        reject: (RejectedRow) throws -> Void, progress: (Int) -> Void = { _ in }
    ) throws(RegistryError) -> ImportSummary {
        // Header first, outside the transaction: a wrong file fails fast.
        let header: CanonicalAddressCSV.Header
        let headerLine: Int
        do {
            guard try reader.next() else { throw RegistryError.emptyFile }
            headerLine = reader.line
            if let problem = reader.problem { throw RegistryError.badHeader(line: reader.line, reason: problem.description) }
            let names = (0..<reader.fieldCount).map { reader.string($0) ?? "" }
            if (0..<reader.fieldCount).contains(where: { reader.string($0) == nil }) {
                throw RegistryError.badHeader(
                    line: reader.line,
                    reason: "the header is not valid UTF-8; if the file is GBK/GB18030 (common with Excel and WPS), import it with --encoding gb18030")
            }
            header = try CanonicalAddressCSV.Header(names)
        } catch let error as CanonicalAddressCSV.HeaderProblem {
            throw RegistryError.badHeader(line: 1, reason: error.description)
        } catch {
            throw RegistryError.wrap(error)
        }
        _ = headerLine

        var summary = ImportSummary()
        do {
            try dbWriter.writeWithoutTransaction { db in
                // The importer resolves every reference itself, from this same
                // transaction: division codes against the gazetteer, names to
                // ids it read or just created. SQLite re-checking six foreign
                // keys on each row would double the cost of a bulk load, so
                // enforcement is off for this transaction only (the pragma
                // cannot change inside one) and back on for every other write.
                // `diming check` verifies every reference on demand.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                try db.inTransaction(.immediate) {
                    let importer = try AddressImporter(db: db, options: options)
                    summary = try importer.run(reader: reader, header: header, reject: reject, progress: progress)
                    return summary.committed ? .commit : .rollback
                }
            }
        } catch {
            throw RegistryError.wrap(error)
        }
        return summary
    }
}

/// The state of one import: prepared statements and the name → id maps of the
/// entities rows refer to. Lives for one transaction.
///
/// Two ways of loading, chosen by whether the registry already has addresses:
/// - **Fresh load** (no addresses yet, as in a first import or a restore from an
///   export): every index on addresses is dropped, rows are appended, and the
///   indexes are built once at the end, which is several times cheaper than
///   maintaining them row by row. Duplicates inside the file are then found
///   with the key index in one pass and rejected by line.
/// - **Merge** (addresses present): each row is looked up by its key (and id),
///   so existing addresses are recognised, updated or left alone.
final class AddressImporter {
    /// The locating fields of an address, by id: equal names give equal ids.
    private struct StoredKey: Equatable {
        var divisionCode: String
        var townID: Int64?
        var communityID: Int64?
        var roadID: Int64?
        var number: String
        var estateID: Int64?
        var building: String
        var unit: String
        var room: String
    }

    private struct Existing {
        var id: Int64
        var lat: Double?
        var lon: Double?
        var status: String
        var changeID: Int64?
    }

    private let db: Database
    private let options: ImportOptions
    /// Divisions by their code as a number.
    private let divisions: [Int: Division]
    private var towns = NameTable()
    private var communities = NameTable()
    private var roads = NameTable()
    private var estates = NameTable()

    private let insertAddress: RawStatement
    private let findByKey: RawStatement
    private let findByID: RawStatement
    private let updateAddress: RawStatement
    private let insertTown: RawStatement
    private let insertCommunity: RawStatement
    private let insertRoad: RawStatement
    private let insertRoadName: RawStatement
    private let insertEstate: RawStatement

    /// The audit entry for the whole import is written last, with the counts,
    /// under an id reserved now so every row can point to it.
    private let importChangeID: Int64
    private var nextAuditID: Int64

    private let freshLoad: Bool
    /// Fresh load only: the id and source line of every inserted row, in
    /// insertion order, to name the lines of duplicates found at the end.
    private var insertedIDs: [Int64] = []
    private var insertedLines: [Int32] = []

    private static let addressColumns =
        "id, division_code, town_id, community_id, road_id, number, estate_id, building, unit, room, lat, lon, status, change_id"

    init(db: Database, options: ImportOptions) throws {
        self.db = db
        self.options = options
        var divisions: [Int: Division] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT code, name, level, status, successor_code FROM division")
        while let row = try rows.next() {
            let code: String = row[0]
            divisions[Int(code)!] = Division(
                code: code, name: row[1], level: DivisionLevel(rawValue: row[2]) ?? .county, parentCode: nil,
                shortName: "", status: Division.Status(rawValue: row[3]) ?? .current, successorCode: row[4])
        }
        guard !divisions.isEmpty else { throw RegistryError.noGazetteer }
        self.divisions = divisions

        func load(_ table: inout NameTable, _ sql: String) throws {
            for row in try Row.fetchAll(db, sql: sql) {
                table.insert(code: Int(row[1] as String) ?? 0, parent: row[2], name: row[3] as String, id: row[0])
            }
        }
        try load(&towns, "SELECT id, county_code, 0, name FROM town")
        try load(&communities, "SELECT id, county_code, ifnull(town_id, 0), name FROM community")
        try load(&roads, "SELECT id, division_code, 0, name FROM road WHERE status <> 'retired'")
        try load(&estates, "SELECT id, division_code, 0, name FROM place WHERE kind = 'residential' AND status <> 'retired'")

        let maxAudit = try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) FROM audit_log") ?? 0
        importChangeID = maxAudit + 1
        nextAuditID = maxAudit + 2

        // Dropping the indexes is part of this transaction: an interrupted
        // import leaves them in place.
        freshLoad = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM address)")!
        if freshLoad {
            for index in RegistrySchema.addressIndexes {
                try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
            }
        }

        insertAddress = try RawStatement(db, sql: """
            INSERT INTO address (id, division_code, town_id, community_id, road_id, number, number_group, number_base,
              number_suffix, estate_id, building, unit, room, lat, lon, status, key_hash, change_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
            """)
        findByKey = try RawStatement(db, sql: "SELECT \(Self.addressColumns) FROM address WHERE key_hash = ?1")
        findByID = try RawStatement(db, sql: "SELECT \(Self.addressColumns) FROM address WHERE id = ?1")
        updateAddress = try RawStatement(db, sql: "UPDATE address SET lat = ?2, lon = ?3, status = ?4, change_id = ?5 WHERE id = ?1")
        insertTown = try RawStatement(db, sql: "INSERT INTO town (county_code, name, source) VALUES (?1, ?2, 'import')")
        insertCommunity = try RawStatement(db, sql: "INSERT INTO community (county_code, town_id, name) VALUES (?1, ?2, ?3)")
        insertRoad = try RawStatement(db, sql: "INSERT INTO road (division_code, name, created_change_id) VALUES (?1, ?2, ?3)")
        insertRoadName = try RawStatement(db, sql: "INSERT INTO road_name (road_id, name, kind, source) VALUES (?1, ?2, 'standard', 'import')")
        insertEstate = try RawStatement(db, sql: "INSERT INTO place (division_code, town_id, kind, name, created_change_id) VALUES (?1, ?2, 'residential', ?3, ?4)")
    }

    func run(
        reader: CSVReader, header: CanonicalAddressCSV.Header,
        reject: (RejectedRow) throws -> Void, progress: (Int) -> Void
    ) throws -> ImportSummary {
        var summary = ImportSummary()
        var row = CanonicalAddressCSV.ScannedRow()
        // After the first bad row of an all-or-nothing import, rows are still
        // checked (so the clerk sees every problem at once) but no longer written.
        var writing = true

        while try reader.next() {
            summary.rows += 1
            if summary.rows & 0x3FFF == 0 { progress(summary.rows) }

            let problem: AddressRowProblem?
            if let csvProblem = reader.problem {
                problem = .brokenQuoting(csvProblem.description)
            } else {
                let line = reader.line
                problem = try reader.withFields { bytes, ends in
                    if let rowProblem = CanonicalAddressCSV.scan(bytes, ends: ends, header: header, into: &row) {
                        return rowProblem
                    }
                    return try apply(row, bytes, line: line, writing: writing, summary: &summary)
                }
            }
            if let problem {
                summary.rejected += 1
                try reject(RejectedRow(line: reader.line, reason: problem.description, raw: reader.raw))
                if !options.skipBad { writing = false }
            }
        }
        progress(summary.rows)

        if freshLoad && writing {
            for index in RegistrySchema.addressIndexes { try db.execute(sql: index.sql) }
            let duplicates = try duplicatesInFile()
            for duplicate in duplicates {
                summary.rejected += 1
                summary.inserted -= 1
                try reject(RejectedRow(
                    line: duplicate.line, reason: AddressRowProblem.duplicateInFile(firstLine: duplicate.firstLine).description,
                    raw: []))
            }
            if !duplicates.isEmpty {
                if options.skipBad {
                    let delete = try RawStatement(db, sql: "DELETE FROM address WHERE id = ?1")
                    for duplicate in duplicates {
                        delete.bind(1, duplicate.id)
                        try delete.run()
                    }
                } else {
                    writing = false
                }
            }
        }

        summary.committed = writing
        guard summary.committed else { return summary }

        let changed = summary.inserted + summary.updated + summary.roadsCreated + summary.estatesCreated
            + summary.townsCreated + summary.communitiesCreated
        if changed > 0 {
            let counts = try String(decoding: JSONEncoder.registry.encode(summary), as: UTF8.self)
            var entry = AuditEntry(
                id: importChangeID, at: Registry.timestamp(), actor: options.actor, action: "import", entity: "address",
                after: counts, note: options.sourceName)
            try entry.insert(db)
            summary.auditEntryID = importChangeID
        }
        try db.execute(sql: "PRAGMA optimize")
        return summary
    }

    /// Checks one well-formed row against the registry and writes it. Returns
    /// the reason when the row cannot be loaded.
    private func apply(
        _ row: CanonicalAddressCSV.ScannedRow, _ bytes: UnsafeBufferPointer<UInt8>, line: Int, writing: Bool,
        summary: inout ImportSummary
    ) throws -> AddressRowProblem? {
        func text(_ column: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[row.ranges[column]]) }
        func string(_ column: Int) -> String { String(decoding: text(column), as: UTF8.self) }

        guard let division = divisions[row.divisionCode] else { return .unknownDivision(string(1)) }
        if division.status == .superseded {
            return .supersededDivision(code: division.code, name: division.name, successor: division.successorCode)
        }
        if division.level != .county { return .notCountyLevel(code: division.code, name: division.name) }

        let code = row.divisionCode
        let town = text(2)
        let community = text(3)
        let road = text(4)
        let estate = text(6)
        // Resolve names to ids without creating anything yet: a row that turns
        // out to conflict must not leave a stray road behind.
        let townID = town.isEmpty ? nil : towns.find(code: code, parent: 0, name: town)
        let townMissing = !town.isEmpty && townID == nil
        let communityID = community.isEmpty || townMissing
            ? nil : communities.find(code: code, parent: townID ?? 0, name: community)
        let roadID = road.isEmpty ? nil : roads.find(code: code, parent: 0, name: road)
        let estateID = estate.isEmpty ? nil : estates.find(code: code, parent: 0, name: estate)
        let anyMissing = townMissing || (!community.isEmpty && communityID == nil)
            || (!road.isEmpty && roadID == nil) || (!estate.isEmpty && estateID == nil)
        let keyHash = row.keyHash(in: bytes)

        if !freshLoad {
            // Is this address already registered? Only possible when every
            // named entity already exists.
            var existing: Existing?
            if !anyMissing {
                let wanted = StoredKey(
                    divisionCode: division.code, townID: townID, communityID: communityID, roadID: roadID,
                    number: string(5), estateID: estateID, building: string(7), unit: string(8), room: string(9))
                findByKey.bind(1, keyHash)
                while try findByKey.step() {
                    guard storedKey(findByKey) == wanted else { continue }
                    existing = Existing(
                        id: findByKey.int64(0)!, lat: findByKey.double(10), lon: findByKey.double(11),
                        status: findByKey.text(12), changeID: findByKey.int64(13))
                    break
                }
                findByKey.reset()
            }
            if let id = row.id {
                if let existing, existing.id != id { return .addressHasOtherID(existingID: existing.id) }
                if existing == nil, let other = try describeAddress(id: id) {
                    return .idTakenByOtherAddress(id: id, existing: other)
                }
            }
            guard writing else { return nil }
            if let existing {
                return try merge(row, into: existing, summary: &summary)
            }
        }
        guard writing else { return nil }

        // A new address: create what it names, then the address itself.
        let newTown = try townID ?? (town.isEmpty ? nil : createTown(division.code, string(2), &summary))
        let newCommunity = try communityID
            ?? (community.isEmpty ? nil : createCommunity(division.code, newTown, string(3), &summary))
        let newRoad = try roadID ?? (road.isEmpty ? nil : createRoad(division.code, string(4), &summary))
        let newEstate = try estateID ?? (estate.isEmpty ? nil : createEstate(division.code, newTown, string(6), &summary))

        let s = insertAddress
        s.bind(1, row.id)
        s.bindStatic(2, bytes: text(1))
        s.bind(3, newTown)
        s.bind(4, newCommunity)
        s.bind(5, newRoad)
        s.bindStatic(6, bytes: text(5))
        s.bind(7, row.number?.group)
        s.bind(8, row.number?.base)
        switch (row.number?.suffix, row.number?.tail) {
        case let (suffix?, nil): s.bind(9, bytes: UnsafeBufferPointer(rebasing: bytes[suffix.shifted(by: row.ranges[5].lowerBound)]))
        case let (nil, tail?): s.bind(9, bytes: UnsafeBufferPointer(rebasing: bytes[tail.shifted(by: row.ranges[5].lowerBound)]))
        default: s.bind(9, DoorplateNumber.parse(string(5))?.suffix ?? "")
        }
        s.bind(10, newEstate)
        s.bindStatic(11, bytes: text(7))
        s.bindStatic(12, bytes: text(8))
        s.bindStatic(13, bytes: text(9))
        s.bind(14, row.latitude)
        s.bind(15, row.longitude)
        s.bind(16, row.status.rawValue)
        s.bind(17, keyHash)
        s.bind(18, importChangeID)
        do {
            try s.run()
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            // Only a fresh load gets here: ids repeated inside the file.
            return .idRepeatedInFile(row.id ?? 0)
        }
        summary.inserted += 1
        if freshLoad {
            insertedIDs.append(db.lastInsertedRowID)
            insertedLines.append(Int32(clamping: line))
        }
        return nil
    }

    /// Updates what an existing address's row may change (coordinates and
    /// status), with an audit entry holding the values before and after.
    private func merge(_ record: CanonicalAddressCSV.ScannedRow, into existing: Existing, summary: inout ImportSummary) throws -> AddressRowProblem? {
        if existing.changeID == importChangeID { return .duplicateInFile(firstLine: nil) }
        if existing.lat == record.latitude && existing.lon == record.longitude && existing.status == record.status.rawValue {
            summary.unchanged += 1
            return nil
        }
        let auditID = nextAuditID
        nextAuditID += 1
        updateAddress.bind(1, existing.id)
        updateAddress.bind(2, record.latitude)
        updateAddress.bind(3, record.longitude)
        updateAddress.bind(4, record.status.rawValue)
        updateAddress.bind(5, auditID)
        try updateAddress.run()
        var entry = AuditEntry(
            id: auditID, at: Registry.timestamp(), actor: options.actor, action: "update", entity: "address",
            entityId: String(existing.id),
            before: Self.attributesJSON(lat: existing.lat, lon: existing.lon, status: existing.status),
            after: Self.attributesJSON(lat: record.latitude, lon: record.longitude, status: record.status.rawValue),
            note: "import of \(options.sourceName)")
        try entry.insert(db)
        summary.updated += 1
        return nil
    }

    /// Fresh load: rows of this file that repeat an earlier row's address,
    /// found through the key index just built. Digests are only a first sieve:
    /// rows with equal digests are compared field by field.
    private func duplicatesInFile() throws -> [(id: Int64, line: Int, firstLine: Int?)] {
        var found: [(id: Int64, first: Int64)] = []
        let groups = try RawStatement(db, sql: """
            SELECT \(Self.addressColumns), key_hash FROM address
            WHERE key_hash IN (SELECT key_hash FROM address GROUP BY key_hash HAVING count(*) > 1)
            ORDER BY key_hash, id
            """)
        var currentHash: Int64?
        var seen: [(id: Int64, key: StoredKey)] = []
        while try groups.step() {
            let id = groups.int64(0)!
            let key = storedKey(groups)
            let hash = groups.int64(14)
            if hash != currentHash {
                currentHash = hash
                seen.removeAll()
            }
            if let first = seen.first(where: { $0.key == key }) {
                found.append((id, first.id))
            } else {
                seen.append((id, key))
            }
        }
        guard !found.isEmpty else { return [] }
        // Map ids back to source lines with one pass over the insertion log.
        var wanted: [Int64: Int] = [:]
        for pair in found {
            wanted[pair.id] = 0
            wanted[pair.first] = 0
        }
        for (i, id) in insertedIDs.enumerated() where wanted[id] != nil {
            wanted[id] = Int(insertedLines[i])
        }
        return found
            .map { (id: $0.id, line: wanted[$0.id] ?? 0, firstLine: wanted[$0.first]) }
            .sorted { $0.line < $1.line }
    }

    private func storedKey(_ s: RawStatement) -> StoredKey {
        StoredKey(
            divisionCode: s.text(1), townID: s.int64(2), communityID: s.int64(3), roadID: s.int64(4), number: s.text(5),
            estateID: s.int64(6), building: s.text(7), unit: s.text(8), room: s.text(9))
    }

    /// The address registered under `id`, as text for a message, or nil.
    private func describeAddress(id: Int64) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT address.division_code || ' ' || ifnull(road.name, '') || address.number || ifnull(place.name, '')
              || address.building || address.unit || address.room
            FROM address LEFT JOIN road ON road.id = address.road_id LEFT JOIN place ON place.id = address.estate_id
            WHERE address.id = ?
            """, arguments: [id])
    }

    private static func attributesJSON(lat: Double?, lon: Double?, status: String) -> String {
        #"{"lat":\#(lat.map { $0.description } ?? "null"),"lon":\#(lon.map { $0.description } ?? "null"),"status":"\#(status)"}"#
    }

    private func createTown(_ code: String, _ name: String, _ summary: inout ImportSummary) throws -> Int64 {
        insertTown.bind(1, code)
        insertTown.bind(2, name)
        try insertTown.run()
        let id = db.lastInsertedRowID
        towns.insert(code: Int(code)!, parent: 0, name: name, id: id)
        summary.townsCreated += 1
        return id
    }

    private func createCommunity(_ code: String, _ town: Int64?, _ name: String, _ summary: inout ImportSummary) throws -> Int64 {
        insertCommunity.bind(1, code)
        insertCommunity.bind(2, town)
        insertCommunity.bind(3, name)
        try insertCommunity.run()
        let id = db.lastInsertedRowID
        communities.insert(code: Int(code)!, parent: town ?? 0, name: name, id: id)
        summary.communitiesCreated += 1
        return id
    }

    private func createRoad(_ code: String, _ name: String, _ summary: inout ImportSummary) throws -> Int64 {
        insertRoad.bind(1, code)
        insertRoad.bind(2, name)
        insertRoad.bind(3, importChangeID)
        try insertRoad.run()
        let id = db.lastInsertedRowID
        insertRoadName.bind(1, id)
        insertRoadName.bind(2, name)
        try insertRoadName.run()
        roads.insert(code: Int(code)!, parent: 0, name: name, id: id)
        summary.roadsCreated += 1
        return id
    }

    private func createEstate(_ code: String, _ town: Int64?, _ name: String, _ summary: inout ImportSummary) throws -> Int64 {
        insertEstate.bind(1, code)
        insertEstate.bind(2, town)
        insertEstate.bind(3, name)
        insertEstate.bind(4, importChangeID)
        try insertEstate.run()
        let id = db.lastInsertedRowID
        estates.insert(code: Int(code)!, parent: 0, name: name, id: id)
        summary.estatesCreated += 1
        return id
    }
}

extension Range<Int> {
    func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}
