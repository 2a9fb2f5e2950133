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
    /// `progress` is called every few thousand rows, and when the indexes are built.
    public func importAddresses(
        from reader: CSVReader, options: ImportOptions,
        reject: (RejectedRow) throws -> Void, progress: (ImportProgress) -> Void = { _ in }
    ) throws(RegistryError) -> ImportSummary {
        // Header first, outside the transaction: a wrong file fails fast.
        let header: CanonicalAddressCSV.Header
        do {
            guard try reader.next() else { throw RegistryError.emptyFile }
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
                // Appending rows runs fastest with a small page cache (measured:
                // a 64 MB cache made the load half again as slow, as SQLite keeps
                // sorting and spilling a large dirty list); building indexes
                // afterwards wants a large one for its sorter. Both are set per
                // phase and restored after.
                try db.execute(sql: "PRAGMA cache_size = -8000")
                defer {
                    try? db.execute(sql: "PRAGMA foreign_keys = ON")
                    try? db.execute(sql: "PRAGMA cache_size = -65536")
                }
                try db.inTransaction(.immediate) {
                    let importer = try AddressImporter(db: db, options: options)
                    let resolver = try RowResolver(db: db, header: header)
                    summary = try importer.run(reader: reader, resolver: resolver, reject: reject, progress: progress)
                    return summary.committed ? .commit : .rollback
                }
            }
        } catch {
            throw RegistryError.wrap(error)
        }
        return summary
    }
}

/// The writing half of an import: prepared statements, run on the database's
/// own thread inside one transaction.
///
/// Reading and checking rows (``RowResolver``) runs on a second thread and
/// hands over batches of ``ImportOp``s in file order, so parsing and SQLite
/// share the machine's two cores instead of taking turns.
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
    private struct Existing {
        var id: Int64
        var lat: Double?
        var lon: Double?
        var status: String
        var changeID: Int64?
    }

    private let db: Database
    private let options: ImportOptions

    private let insertAddress: RawStatement
    private let findByKey: RawStatement
    private let updateAddress: RawStatement
    private let idExists: RawStatement
    private let insertTown: RawStatement
    private let insertCommunity: RawStatement
    private let insertRoad: RawStatement
    private let insertRoadName: RawStatement
    private let insertEstate: RawStatement

    /// The audit entry for the whole import is written last, with the counts,
    /// under an id reserved now so every row can point to it.
    private let importChangeID: Int64
    private var nextAuditID: Int64

    /// Towns, communities, roads and estates named by rows but not yet written:
    /// one is written just before the first row that uses it is, so a row
    /// that is then rejected leaves nothing behind.
    private var pending: [ImportOp.Entity.Key: ImportOp.Entity] = [:]

    private let freshLoad: Bool
    /// Fresh load only: the source line of every inserted row, to name the
    /// lines of duplicates found at the end.
    private var lineMap = LineMap()

    private static let addressColumns =
        "id, division_code, town_id, community_id, road_id, number, estate_id, building, unit, room, lat, lon, status, change_id"

    init(db: Database, options: ImportOptions) throws {
        self.db = db
        self.options = options
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
        idExists = try RawStatement(db, sql: "SELECT 1 FROM address WHERE id = ?1")
        updateAddress = try RawStatement(db, sql: "UPDATE address SET lat = ?2, lon = ?3, status = ?4, change_id = ?5 WHERE id = ?1")
        insertTown = try RawStatement(db, sql: "INSERT INTO town (id, county_code, name, source) VALUES (?1, ?2, ?3, 'import')")
        insertCommunity = try RawStatement(db, sql: "INSERT INTO community (id, county_code, town_id, name) VALUES (?1, ?2, ?3, ?4)")
        insertRoad = try RawStatement(db, sql: "INSERT INTO road (id, division_code, name, created_change_id) VALUES (?1, ?2, ?3, ?4)")
        insertRoadName = try RawStatement(db, sql: "INSERT INTO road_name (road_id, name, kind, source) VALUES (?1, ?2, 'standard', 'import')")
        insertEstate = try RawStatement(db, sql: "INSERT INTO place (id, division_code, town_id, kind, name, created_change_id) VALUES (?1, ?2, ?3, 'residential', ?4, ?5)")
    }

    func run(
        reader: CSVReader, resolver: RowResolver, reject: (RejectedRow) throws -> Void, progress: (ImportProgress) -> Void
    ) throws -> ImportSummary {
        var summary = ImportSummary()
        // Good rows are written even after a bad one: the transaction is
        // rolled back at the end anyway, and writing on is what lets duplicates
        // and id clashes further down be reported too, so the clerk sees every
        // problem of the file at once.

        let queue = BatchQueue()
        let producer = UncheckedBox((reader, resolver, queue))
        let done = DispatchSemaphore(value: 0)
        Thread {
            let (reader, resolver, queue) = producer.value
            do {
                try resolver.resolve(reader: reader) { queue.put($0) }
                queue.finish(error: nil)
            } catch {
                queue.finish(error: error)
            }
            done.signal()
        }.start()
        defer {
            queue.cancel()
            done.wait()
        }

        while let batch = try queue.take() {
            try batch.bytes.withUnsafeBufferPointer { bytes in
                for op in batch.ops {
                    switch op {
                    case let .create(entity):
                        pending[entity.key] = entity
                    case let .reject(row):
                        summary.rejected += 1
                        try reject(row)
                    case let .row(row):
                        if let problem = try apply(row, bytes, summary: &summary) {
                            summary.rejected += 1
                            try reject(RejectedRow(line: row.line, reason: problem.description, raw: Array(bytes[row.raw])))
                        }
                    }
                }
            }
            progress(ImportProgress(phase: .rows, rows: batch.rowsRead))
        }
        summary.rows = resolver.rowsRead

        if freshLoad {
            progress(ImportProgress(phase: .indexing, rows: resolver.rowsRead))
            try db.execute(sql: "PRAGMA cache_size = -49152")
            for index in RegistrySchema.addressIndexes { try db.execute(sql: index.sql) }
            let duplicates = try duplicatesInFile()
            for duplicate in duplicates {
                summary.rejected += 1
                summary.inserted -= 1
                try reject(RejectedRow(
                    line: duplicate.line,
                    reason: AddressRowProblem.duplicateInFile(firstLine: duplicate.firstLine).description,
                    raw: try canonicalRow(id: duplicate.id)))
            }
            if options.skipBad && !duplicates.isEmpty {
                let delete = try RawStatement(db, sql: "DELETE FROM address WHERE id = ?1")
                for duplicate in duplicates {
                    delete.bind(1, duplicate.id)
                    try delete.run()
                }
            }
        }

        summary.committed = summary.rejected == 0 || options.skipBad
        guard summary.committed else { return summary }

        let changed = summary.inserted + summary.updated + summary.roadsCreated + summary.estatesCreated
            + summary.townsCreated + summary.communitiesCreated
        if changed > 0 {
            let counts = try String(decoding: JSONEncoder.registry.encode(summary), as: UTF8.self)
            let entry = AuditEntry(
                id: importChangeID, at: Registry.timestamp(), actor: options.actor, action: "import", entity: "address",
                after: counts, note: options.sourceName)
            try entry.insert(db)
            summary.auditEntryID = importChangeID
        }
        return summary
    }

    /// Writes the pending entity `id` of `kind` (and, first, the town it lies
    /// in), if it is still pending.
    private func createIfPending(_ kind: ImportOp.Entity.Kind, _ id: Int64?, summary: inout ImportSummary) throws {
        guard let id, let entity = pending.removeValue(forKey: ImportOp.Entity.Key(kind: kind, id: id)) else { return }
        if kind == .community || kind == .estate { try createIfPending(.town, entity.townID, summary: &summary) }
        try create(entity)
        switch kind {
        case .town: summary.townsCreated += 1
        case .community: summary.communitiesCreated += 1
        case .road: summary.roadsCreated += 1
        case .estate: summary.estatesCreated += 1
        }
    }

    private func create(_ entity: ImportOp.Entity) throws {
        switch entity.kind {
        case .town:
            insertTown.bind(1, entity.id)
            insertTown.bind(2, entity.code)
            insertTown.bind(3, entity.name)
            try insertTown.run()
        case .community:
            insertCommunity.bind(1, entity.id)
            insertCommunity.bind(2, entity.code)
            insertCommunity.bind(3, entity.townID)
            insertCommunity.bind(4, entity.name)
            try insertCommunity.run()
        case .road:
            insertRoad.bind(1, entity.id)
            insertRoad.bind(2, entity.code)
            insertRoad.bind(3, entity.name)
            insertRoad.bind(4, importChangeID)
            try insertRoad.run()
            insertRoadName.bind(1, entity.id)
            insertRoadName.bind(2, entity.name)
            try insertRoadName.run()
        case .estate:
            insertEstate.bind(1, entity.id)
            insertEstate.bind(2, entity.code)
            insertEstate.bind(3, entity.townID)
            insertEstate.bind(4, entity.name)
            insertEstate.bind(5, importChangeID)
            try insertEstate.run()
        }
    }

    /// Writes one checked row, or says why it cannot be loaded.
    private func apply(
        _ row: ImportOp.Row, _ bytes: UnsafeBufferPointer<UInt8>, summary: inout ImportSummary
    ) throws -> AddressRowProblem? {
        func text(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

        if !freshLoad {
            // Is this address already registered? Only possible when every
            // thing it names already existed.
            var existing: Existing?
            if !row.namesSomethingNew {
                findByKey.bind(1, row.keyHash)
                while try findByKey.step() {
                    guard findByKey.int64(2) == row.townID, findByKey.int64(3) == row.communityID,
                        findByKey.int64(4) == row.roadID, findByKey.int64(6) == row.estateID,
                        findByKey.hasText(1, text(row.divisionCode)), findByKey.hasText(5, text(row.number)),
                        findByKey.hasText(7, text(row.building)), findByKey.hasText(8, text(row.unit)),
                        findByKey.hasText(9, text(row.room))
                    else { continue }
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
            if let existing {
                return try merge(row, into: existing, summary: &summary)
            }
        } else if let id = row.id, try idExists.exists(id) {
            // Ids repeated inside the file: checked before anything is written.
            if let line = lineMap.lines(for: [id])[id] {
                return .idRepeatedInFile(id, line: line)
            }
            return .idRepeatedInFile(id, line: nil)
        }

        try createIfPending(.town, row.townID, summary: &summary)
        try createIfPending(.community, row.communityID, summary: &summary)
        try createIfPending(.road, row.roadID, summary: &summary)
        try createIfPending(.estate, row.estateID, summary: &summary)

        let s = insertAddress
        s.bind(1, row.id)
        s.bindStatic(2, bytes: text(row.divisionCode))
        s.bind(3, row.townID)
        s.bind(4, row.communityID)
        s.bind(5, row.roadID)
        s.bindStatic(6, bytes: text(row.number))
        s.bind(7, row.numberGroup)
        s.bind(8, row.numberBase)
        s.bindStatic(9, bytes: text(row.numberSuffix))
        s.bind(10, row.estateID)
        s.bindStatic(11, bytes: text(row.building))
        s.bindStatic(12, bytes: text(row.unit))
        s.bindStatic(13, bytes: text(row.room))
        s.bind(14, row.latitude)
        s.bind(15, row.longitude)
        s.bind(16, row.status.rawValue)
        s.bind(17, row.keyHash)
        s.bind(18, importChangeID)
        try s.run()
        summary.inserted += 1
        if freshLoad {
            lineMap.append(id: db.lastInsertedRowID, line: row.line)
        }
        return nil
    }

    /// Updates what an existing address's row may change (coordinates and
    /// status), with an audit entry holding the values before and after.
    private func merge(_ row: ImportOp.Row, into existing: Existing, summary: inout ImportSummary) throws -> AddressRowProblem? {
        if existing.changeID == importChangeID { return .duplicateInFile(firstLine: nil) }
        if existing.lat == row.latitude && existing.lon == row.longitude && existing.status == row.status.rawValue {
            summary.unchanged += 1
            return nil
        }
        let auditID = nextAuditID
        nextAuditID += 1
        updateAddress.bind(1, existing.id)
        updateAddress.bind(2, row.latitude)
        updateAddress.bind(3, row.longitude)
        updateAddress.bind(4, row.status.rawValue)
        updateAddress.bind(5, auditID)
        try updateAddress.run()
        let entry = AuditEntry(
            id: auditID, at: Registry.timestamp(), actor: options.actor, action: "update", entity: "address",
            entityId: String(existing.id),
            before: Self.attributesJSON(lat: existing.lat, lon: existing.lon, status: existing.status),
            after: Self.attributesJSON(lat: row.latitude, lon: row.longitude, status: row.status.rawValue),
            note: "import of \(options.sourceName)")
        try entry.insert(db)
        summary.updated += 1
        return nil
    }

    /// Fresh load: rows of this file that repeat an earlier row's address,
    /// found through the key index just built. Digests are only a first sieve:
    /// rows with equal digests are compared field by field.
    private func duplicatesInFile() throws -> [(id: Int64, line: Int, firstLine: Int?)] {
        struct Key: Equatable {
            var code: String, town: Int64?, community: Int64?, road: Int64?, number: String, estate: Int64?
            var building: String, unit: String, room: String
        }
        var found: [(id: Int64, first: Int64)] = []
        let groups = try RawStatement(db, sql: """
            SELECT \(Self.addressColumns), key_hash FROM address
            WHERE key_hash IN (SELECT key_hash FROM address GROUP BY key_hash HAVING count(*) > 1)
            ORDER BY key_hash, id
            """)
        var currentHash: Int64?
        var seen: [(id: Int64, key: Key)] = []
        while try groups.step() {
            let id = groups.int64(0)!
            let key = Key(
                code: groups.text(1), town: groups.int64(2), community: groups.int64(3), road: groups.int64(4),
                number: groups.text(5), estate: groups.int64(6), building: groups.text(7), unit: groups.text(8),
                room: groups.text(9))
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
        let lines = lineMap.lines(for: Set(found.flatMap { [$0.id, $0.first] }))
        return found
            .map { (id: $0.id, line: lines[$0.id] ?? 0, firstLine: lines[$0.first]) }
            .sorted { $0.line < $1.line }
    }

    /// The address `id` as a canonical CSV line (id left empty), for the
    /// rejects file when the row itself was only found to be bad after loading.
    private func canonicalRow(id: Int64) throws -> [UInt8] {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.division_code, ifnull(t.name, ''), ifnull(c.name, ''), ifnull(r.name, ''), a.number,
              ifnull(p.name, ''), a.building, a.unit, a.room, a.lat, a.lon, a.status
            FROM address a LEFT JOIN town t ON t.id = a.town_id LEFT JOIN community c ON c.id = a.community_id
              LEFT JOIN road r ON r.id = a.road_id LEFT JOIN place p ON p.id = a.estate_id
            WHERE a.id = ?
            """, arguments: [id])
        else { return [] }
        var fields = [""]
        for i in 0..<9 { fields.append(row[i]) }
        fields.append((row[9] as Double?).map(CanonicalAddressCSV.formatCoordinate) ?? "")
        fields.append((row[10] as Double?).map(CanonicalAddressCSV.formatCoordinate) ?? "")
        fields.append(row[11])
        var writer = CSVWriter(sink: MemoryByteSink())
        try writer.writeRow(fields)
        try writer.flush()
        return Array(writer.sink.bytes.dropLast())
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
}

/// Lets a value cross to the parsing thread. Sound here because each side
/// touches it only while the other cannot: the reader and resolver belong to
/// the parsing thread until it signals that it is done.
final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
