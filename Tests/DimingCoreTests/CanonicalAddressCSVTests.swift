import DimingCore
import Testing

@Suite("Canonical address CSV rows")
struct CanonicalAddressCSVTests {
    static let header = CanonicalAddressCSV.Header.standard

    static func row(_ changes: [String: String?] = [:]) -> [String?] {
        var values: [String: String?] = [
            "id": "", "division_code": "331003", "town": "东城街道", "community": "", "road": "劳动北路",
            "number": "118-1号", "estate": "", "building": "", "unit": "", "room": "", "lat": "28.64", "lon": "121.27",
            "status": "active",
        ]
        for (key, value) in changes { values[key] = value }
        return CanonicalAddressCSV.columns.map { values[$0]! }
    }

    static func problem(_ changes: [String: String?]) -> AddressRowProblem? {
        if case let .failure(problem) = CanonicalAddressCSV.record(fields: row(changes), header: header) { return problem }
        return nil
    }

    @Test func aGoodRow() throws {
        let record = try CanonicalAddressCSV.record(fields: Self.row(), header: Self.header).get()
        #expect(record.road == "劳动北路")
        #expect(record.latitude == 28.64)
        #expect(record.id == nil)
        #expect(CanonicalAddressCSV.fields(of: record) == Self.row().map { $0! })
    }

    /// The import path hashes a row's bytes in place; the digest must be the
    /// one the registry stores for the same address as a record.
    @Test func scannedRowDigestEqualsTheRecordDigest() throws {
        let fields = Self.row(["road": " 劳动北路", "estate": "金色家园", "building": "3幢", "room": "502室"]).map { $0! }
        var buffer: [UInt8] = []
        var ends: [Int] = []
        for field in fields {
            buffer += Array(field.utf8)
            ends.append(buffer.count)
        }
        var row = CanonicalAddressCSV.ScannedRow()
        let problem = buffer.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { CanonicalAddressCSV.scan(bytes, ends: $0, header: Self.header, into: &row) }
        }
        #expect(problem == nil)
        let record = try CanonicalAddressCSV.record(fields: fields, header: Self.header).get()
        #expect(buffer.withUnsafeBufferPointer { row.keyHash(in: $0) } == record.key.stableHash)
        #expect(row.number?.base == 118)
    }

    @Test func spacesAroundFieldsAreTrimmed() throws {
        let record = try CanonicalAddressCSV.record(fields: Self.row(["road": " 劳动北路\u{3000}"]), header: Self.header).get()
        #expect(record.road == "劳动北路")
    }

    @Test func everyBadFieldIsNamed() {
        #expect(Self.problem(["road": nil]) == .invalidUTF8(column: "road"))
        #expect(Self.problem(["road": "劳动\u{FFFD}路"]) == .damagedText(column: "road"))
        #expect(Self.problem(["estate": "a\u{07}b"]) == .controlCharacter(column: "estate", scalar: 7))
        #expect(Self.problem(["room": String(repeating: "室", count: 121)]) == .tooLong(column: "room", length: 121, limit: 120))
        #expect(Self.problem(["id": "-3"]) == .badID("-3"))
        #expect(Self.problem(["division_code": "33100"]) == .badDivisionCode("33100"))
        #expect(Self.problem(["number": "一百号"]) == .badNumber("一百号"))
        #expect(Self.problem(["lat": "91"]) == .badCoordinate(column: "lat", text: "91"))
        #expect(Self.problem(["lon": "east"]) == .badCoordinate(column: "lon", text: "east"))
        #expect(Self.problem(["lon": ""]) == .halfCoordinate)
        #expect(Self.problem(["status": "gone"]) == .badStatus("gone"))
        #expect(Self.problem(["road": "", "estate": "", "community": ""]) == .noLocation)
    }

    @Test func wrongColumnCount() {
        let fields = Array(Self.row().dropLast())
        #expect(CanonicalAddressCSV.record(fields: fields, header: Self.header) == .failure(.columnCount(expected: 13, found: 12)))
    }

    @Test func headerInAnyOrderButComplete() throws {
        let shuffled = CanonicalAddressCSV.columns.reversed().map { $0 }
        let header = try CanonicalAddressCSV.Header(shuffled)
        #expect(header.positions.first == 12)
        #expect(throws: CanonicalAddressCSV.HeaderProblem.missing(["status"])) {
            try CanonicalAddressCSV.Header(Array(CanonicalAddressCSV.columns.dropLast()))
        }
        #expect(throws: CanonicalAddressCSV.HeaderProblem.unexpected(["phone"])) {
            try CanonicalAddressCSV.Header(CanonicalAddressCSV.columns + ["phone"])
        }
    }

    @Test func messagesAreSentences() {
        #expect(AddressRowProblem.invalidUTF8(column: "road").description.contains("--encoding gb18030"))
        #expect(AddressRowProblem.supersededDivision(code: "331021", name: "玉环县", successor: "331083").description
            == "division_code 331021 (玉环县) no longer exists; use its successor 331083")
    }
}
