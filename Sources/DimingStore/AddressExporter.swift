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
    public func exportAddresses(
        to sink: any ByteSink, format: ExportFormat, progress: (Int) -> Void = { _ in }
    ) throws(RegistryError) -> Int {
        do {
            return try dbWriter.read { db in
                var writer = CSVWriter(sink: AnyByteSink(sink))
                return try AddressExporter(db: db).write(to: &writer, format: format, progress: progress)
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

    func write(to writer: inout CSVWriter<AnyByteSink>, format: ExportFormat, progress: (Int) -> Void) throws -> Int {
        let s = try RawStatement(db, sql: """
            SELECT id, division_code, town_id, community_id, road_id, number, estate_id, building, unit, room, lat, lon, status
            FROM address ORDER BY id
            """)
        let csv = format == .csv
        let keys = CanonicalAddressCSV.columns.enumerated().map { i, name in (i == 0 ? "{\"" : ",\"") + name + "\":" }
        if csv { try writer.writeRow(CanonicalAddressCSV.columns) }

        // Column i of the statement is canonical column i; ids go through the name maps.
        func key(_ column: Int32) {
            if !csv { writer.appendUnquoted(keys[Int(column)]) }
        }
        func text(_ column: Int32) {
            key(column)
            s.withTextBytes(column) { bytes in
                if csv { writer.appendField(bytes: bytes, first: false) } else { writer.appendJSONString(bytes: bytes) }
            }
        }
        func name(_ column: Int32, _ names: [Int64: String]) {
            key(column)
            let value = s.int64(column).flatMap { names[$0] } ?? ""
            if csv { writer.appendField(value) } else { writer.appendJSONString(value) }
        }
        func coordinate(_ column: Int32) {
            key(column)
            let value = s.double(column).map(CanonicalAddressCSV.formatCoordinate)
            if csv { writer.appendField(value ?? "") } else { writer.appendUnquoted(value ?? "null") }
        }

        var count = 0
        while try s.step() {
            count += 1
            if count & 0xFFFF == 0 { progress(count) }
            let id = String(s.int64(0)!)
            if csv { writer.appendField(id, first: true) } else { writer.appendUnquoted(keys[0] + id) }
            text(1)
            name(2, towns)
            name(3, communities)
            name(4, roads)
            text(5)
            name(6, places)
            text(7)
            text(8)
            text(9)
            coordinate(10)
            coordinate(11)
            text(12)
            if !csv { writer.appendUnquoted("}") }
            try writer.endRow()
        }
        progress(count)
        try writer.flush()
        return count
    }
}
