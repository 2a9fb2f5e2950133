import DimingCSV
import DimingCore
import GRDB

/// The parsing half of an import: reads rows, checks them, and resolves every
/// name to an id, assigning ids to towns, communities, roads and estates the
/// registry does not have yet. Runs on its own thread and touches no database:
/// everything it needs is loaded up front, in the import's transaction.
final class RowResolver {
    static let batchSize = 4096

    private let header: CanonicalAddressCSV.Header
    /// Divisions by their code as a number.
    private let divisions: [Int: Division]
    private var towns = NameTable()
    private var communities = NameTable()
    private var roads = NameTable()
    private var estates = NameTable()
    private var nextTownID: Int64
    private var nextCommunityID: Int64
    private var nextRoadID: Int64
    private var nextPlaceID: Int64

    private(set) var rowsRead = 0

    init(db: Database, header: CanonicalAddressCSV.Header) throws {
        self.header = header
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
        func next(_ table: String) throws -> Int64 { (try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) + 1 FROM \(table)"))! }
        nextTownID = try next("town")
        nextCommunityID = try next("community")
        nextRoadID = try next("road")
        nextPlaceID = try next("place")
    }

    /// Reads the rest of the file, handing batches to `emit` in file order.
    /// `emit` returns false when the writer has stopped.
    func resolve(reader: CSVReader, emit: (OpBatch) -> Bool) throws {
        var batch = OpBatch()
        var scanned = CanonicalAddressCSV.ScannedRow()
        while try reader.next() {
            rowsRead += 1
            if let csvProblem = reader.problem {
                batch.ops.append(.reject(RejectedRow(
                    line: reader.line, reason: AddressRowProblem.brokenQuoting(csvProblem.description).description,
                    raw: reader.raw)))
            } else {
                let line = reader.line
                let raw = reader.raw
                reader.withFields { bytes, ends in
                    if let problem = CanonicalAddressCSV.scan(bytes, ends: ends, header: header, into: &scanned) {
                        batch.ops.append(.reject(RejectedRow(line: line, reason: problem.description, raw: raw)))
                    } else {
                        resolve(scanned, bytes, line: line, raw: raw, into: batch)
                    }
                }
            }
            if batch.ops.count >= Self.batchSize {
                batch.rowsRead = rowsRead
                guard emit(batch) else { return }
                batch = OpBatch()
            }
        }
        batch.rowsRead = rowsRead
        _ = emit(batch)
    }

    private func resolve(
        _ row: CanonicalAddressCSV.ScannedRow, _ bytes: UnsafeBufferPointer<UInt8>, line: Int, raw: [UInt8],
        into batch: OpBatch
    ) {
        func text(_ column: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[row.ranges[column]]) }
        func string(_ column: Int) -> String { String(decoding: text(column), as: UTF8.self) }
        func reject(_ problem: AddressRowProblem) {
            batch.ops.append(.reject(RejectedRow(line: line, reason: problem.description, raw: raw)))
        }

        guard let division = divisions[row.divisionCode] else { return reject(.unknownDivision(string(1))) }
        if division.status == .superseded {
            return reject(.supersededDivision(code: division.code, name: division.name, successor: division.successorCode))
        }
        if division.level != .county { return reject(.notCountyLevel(code: division.code, name: division.name)) }

        let code = row.divisionCode
        var isNew = false
        func lookUp(_ table: inout NameTable, _ column: Int, parent: Int64, kind: ImportOp.Entity.Kind, townID: Int64?) -> Int64? {
            let name = text(column)
            if name.isEmpty { return nil }
            if let id = table.find(code: code, parent: parent, name: name) { return id }
            let id: Int64
            switch kind {
            case .town: id = nextTownID; nextTownID += 1
            case .community: id = nextCommunityID; nextCommunityID += 1
            case .road: id = nextRoadID; nextRoadID += 1
            case .estate: id = nextPlaceID; nextPlaceID += 1
            }
            table.insert(code: code, parent: parent, name: name, id: id)
            batch.ops.append(.create(ImportOp.Entity(kind: kind, id: id, code: division.code, townID: townID, name: string(column))))
            isNew = true
            return id
        }
        let townID = lookUp(&towns, 2, parent: 0, kind: .town, townID: nil)
        let communityID = lookUp(&communities, 3, parent: townID ?? 0, kind: .community, townID: townID)
        let roadID = lookUp(&roads, 4, parent: 0, kind: .road, townID: nil)
        let estateID = lookUp(&estates, 6, parent: 0, kind: .estate, townID: townID)

        // Copy the row's text into the batch; the reader's buffer is reused.
        func copy(_ buffer: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            let start = batch.bytes.count
            batch.bytes.append(contentsOf: buffer)
            return start..<batch.bytes.count
        }
        let numberRange = copy(text(5))
        var suffix = batch.bytes.count..<batch.bytes.count
        if let number = row.number {
            let start = batch.bytes.count
            let field = text(5)
            if let s = number.suffix { batch.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[s])) }
            if let t = number.tail { batch.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[t])) }
            suffix = start..<batch.bytes.count
        }
        batch.ops.append(.row(ImportOp.Row(
            line: line, raw: raw.withUnsafeBufferPointer { copy($0) }, id: row.id, divisionCode: copy(text(1)),
            townID: townID, communityID: communityID, roadID: roadID, estateID: estateID, namesSomethingNew: isNew,
            number: numberRange, numberGroup: row.number?.group, numberBase: row.number?.base, numberSuffix: suffix,
            building: copy(text(7)), unit: copy(text(8)), room: copy(text(9)), latitude: row.latitude,
            longitude: row.longitude, status: row.status, keyHash: row.keyHash(in: bytes))))
    }
}
