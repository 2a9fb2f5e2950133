import DimingCSV
import DimingCore
import GRDB

extension Registry {
    /// Writes every address, ordered by id, in the canonical CSV (or JSON lines).
    ///
    /// The export reads one consistent snapshot (other processes may keep
    /// writing meanwhile) and streams it: memory stays flat whatever the size.
    /// Importing the output into an empty registry reproduces this one.
    /// Returns the number of addresses written.
    @discardableResult
    public func exportAddresses<Sink: ByteSink>(
        to writer: inout CSVWriter<Sink>, format: ExportFormat, progress: (Int) -> Void = { _ in }
    ) throws(RegistryError) -> Int {
        do {
            return try dbWriter.read { db in
                try AddressExporter(db: db).write(to: &writer, format: format, progress: progress)
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }
}

/// Streams the address table joined, in memory, to the names it refers to.
/// Roads, estates, towns and communities are few next to addresses, so their
/// names are loaded once and looked up by id instead of joined row by row.
struct AddressExporter {
    private let db: Database
    private var towns: [Int64: String] = [:]
    private var communities: [Int64: String] = [:]
    private var roads: [Int64: String] = [:]
    private var places: [Int64: String] = [:]

    init(db: Database) throws {
        self.db = db
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM town") { towns[row[0]] = row[1] }
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM community") { communities[row[0]] = row[1] }
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM road") { roads[row[0]] = row[1] }
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM place") { places[row[0]] = row[1] }
    }

    func write<Sink: ByteSink>(to writer: inout CSVWriter<Sink>, format: ExportFormat, progress: (Int) -> Void) throws -> Int {
        let s = try RawStatement(db, sql: """
            SELECT id, division_code, town_id, community_id, road_id, number, estate_id, building, unit, room, lat, lon, status
            FROM address ORDER BY id
            """)
        let names: [(Int32, [Int64: String])] = [(2, towns), (3, communities), (4, roads), (6, places)]
        if format == .csv {
            try writer.writeRow(CanonicalAddressCSV.columns)
        }
        var count = 0
        while try s.step() {
            count += 1
            if count & 0xFFFF == 0 { progress(count) }
            switch format {
            case .csv:
                writer.appendField(String(s.int64(0)!), first: true)
                for column: Int32 in 1...12 {
                    if let lookup = names.first(where: { $0.0 == column })?.1 {
                        writer.appendField(s.int64(column).flatMap { lookup[$0] } ?? "")
                    } else if column == 10 || column == 11 {
                        writer.appendField(s.double(column).map(CanonicalAddressCSV.formatCoordinate) ?? "")
                    } else {
                        s.withTextBytes(column) { writer.appendField(bytes: $0, first: false) }
                    }
                }
            case .jsonl:
                writer.appendUnquoted("{\"id\":" + String(s.int64(0)!))
                for column: Int32 in 1...12 {
                    writer.appendUnquoted(",\"" + CanonicalAddressCSV.columns[Int(column)] + "\":")
                    if let lookup = names.first(where: { $0.0 == column })?.1 {
                        writer.appendJSONString(s.int64(column).flatMap { lookup[$0] } ?? "")
                    } else if column == 10 || column == 11 {
                        writer.appendUnquoted(s.double(column).map(CanonicalAddressCSV.formatCoordinate) ?? "null")
                    } else {
                        s.withTextBytes(column) { writer.appendJSONString(bytes: $0) }
                    }
                }
                writer.appendUnquoted("}")
            }
            try writer.endRow()
        }
        progress(count)
        try writer.flush()
        return count
    }
}
