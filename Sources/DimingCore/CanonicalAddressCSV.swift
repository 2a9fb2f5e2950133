#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The canonical address CSV: the exchange format other tools depend on.
///
/// Columns are fixed by contract; a header may list them in any order, but all
/// must be there and nothing else. This type only checks text; whether a
/// division code exists is the store's question.
public enum CanonicalAddressCSV {
    public static let columns = [
        "id", "division_code", "town", "community", "road", "number", "estate", "building", "unit", "room",
        "lat", "lon", "status",
    ]

    /// Longest accepted text field, in characters. Real components are far
    /// shorter; anything longer is a paste accident or a wrong column.
    public static let maxFieldLength = 120

    public enum HeaderProblem: Error, Equatable, CustomStringConvertible, Sendable {
        case missing([String])
        case unexpected([String])
        case repeated(String)

        public var description: String {
            let expected = "expected the header " + CanonicalAddressCSV.columns.joined(separator: ",")
            switch self {
            case let .missing(names): return "the header lacks \(names.joined(separator: ", ")); \(expected)"
            case let .unexpected(names): return "the header has unknown columns \(names.joined(separator: ", ")); \(expected)"
            case let .repeated(name): return "the header names \(name) twice; \(expected)"
            }
        }
    }

    /// Where each canonical column sits in the file.
    public struct Header: Sendable, Equatable {
        /// `positions[i]` is the file column of `columns[i]`.
        public let positions: [Int]
        public let width: Int

        public init(_ names: [String]) throws(HeaderProblem) {
            var index: [String: Int] = [:]
            for (i, raw) in names.enumerated() {
                let name = String(raw.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\u{FEFF}" })
                if index[name] != nil { throw HeaderProblem.repeated(name) }
                index[name] = i
            }
            let missing = CanonicalAddressCSV.columns.filter { index[$0] == nil }
            if !missing.isEmpty { throw HeaderProblem.missing(missing) }
            let unexpected = index.keys.filter { !CanonicalAddressCSV.columns.contains($0) }.sorted()
            if !unexpected.isEmpty { throw HeaderProblem.unexpected(unexpected) }
            positions = CanonicalAddressCSV.columns.map { index[$0]! }
            width = names.count
        }

        public static let standard = try! Header(CanonicalAddressCSV.columns)
    }

    /// Checks one row given as strings (`fields[i]` is nil when the file's
    /// bytes were not valid UTF-8). The import path uses ``scan(_:ends:header:into:)``
    /// on the raw bytes instead; this wraps it for callers that hold strings.
    public static func record(fields: [String?], header: Header) -> Result<AddressRecord, AddressRowProblem> {
        guard fields.count == header.width else {
            return .failure(.columnCount(expected: header.width, found: fields.count))
        }
        var buffer: [UInt8] = []
        var ends: [Int] = []
        for (i, field) in fields.enumerated() {
            guard let field else {
                let column = header.positions.firstIndex(of: i).map { columns[$0] } ?? "?"
                return .failure(.invalidUTF8(column: column))
            }
            buffer.append(contentsOf: field.utf8)
            ends.append(buffer.count)
        }
        var row = ScannedRow()
        let problem = buffer.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in scan(bytes, ends: ends, header: header, into: &row) }
        }
        if let problem { return .failure(problem) }
        return .success(buffer.withUnsafeBufferPointer { row.record(in: $0) })
    }

    /// Checks one row in place. `bytes` holds the row's fields one after
    /// another; field `i` ends at `ends[i]`. On success `row` holds each
    /// canonical column's trimmed byte range and the parsed values; on failure
    /// the problem is returned. No strings are made: an import runs this on
    /// every row of files with millions of them.
    public static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, header: Header, into row: inout ScannedRow
    ) -> AddressRowProblem? {
        guard ends.count == header.width else { return .columnCount(expected: header.width, found: ends.count) }
        for c in 0..<columns.count {
            let f = header.positions[c]
            let start = f == 0 ? 0 : ends[f - 1]
            switch checkField(bytes, start, ends[f], column: c) {
            case let .success(range): row.ranges[c] = range
            case let .failure(problem): return problem
            }
        }
        func text(_ c: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[row.ranges[c]]) }
        func string(_ c: Int) -> String { String(decoding: text(c), as: UTF8.self) }

        row.id = nil
        let id = text(0)
        if !id.isEmpty {
            guard let parsed = parseInteger(id), parsed > 0, parsed < (1 << 53) else { return .badID(string(0)) }
            row.id = parsed
        }
        let code = text(1)
        guard code.count == 6, code.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .badDivisionCode(string(1)) }
        row.divisionCode = Int(parseInteger(code)!)
        row.number = nil
        if !text(5).isEmpty {
            guard let number = DoorplateNumber.parts(text(5)) else { return .badNumber(string(5)) }
            row.number = number
        }
        if text(4).isEmpty && text(6).isEmpty && text(3).isEmpty { return .noLocation }
        switch (text(10).isEmpty, text(11).isEmpty) {
        case (true, true):
            row.latitude = nil
            row.longitude = nil
        case (false, false):
            guard let lat = parseDouble(text(10)), (-90...90).contains(lat) else {
                return .badCoordinate(column: "lat", text: string(10))
            }
            guard let lon = parseDouble(text(11)), (-180...180).contains(lon) else {
                return .badCoordinate(column: "lon", text: string(11))
            }
            row.latitude = lat
            row.longitude = lon
        default: return .halfCoordinate
        }
        let status = text(12)
        if status.isEmpty || status.elementsEqual("active".utf8) {
            row.status = .active
        } else if status.elementsEqual("retired".utf8) {
            row.status = .retired
        } else {
            return .badStatus(string(12))
        }
        return nil
    }

    /// A canonical row checked in place: byte ranges into the row buffer and
    /// the values parsed from them. Reused from row to row.
    public struct ScannedRow: Sendable {
        /// Trimmed byte range of each canonical column, in ``CanonicalAddressCSV/columns`` order.
        public var ranges = [Range<Int>](repeating: 0..<0, count: 13)
        public var id: Int64?
        public var divisionCode = 0
        public var number: DoorplateNumber.Parts?
        public var latitude: Double?
        public var longitude: Double?
        public var status = AddressStatus.active

        public init() {}

        /// The digest of the locating fields, equal to ``AddressKey/stableHash``.
        public func keyHash(in bytes: UnsafeBufferPointer<UInt8>) -> Int64 {
            var hash = StableHash()
            for c in 1...9 { hash.add(UnsafeBufferPointer(rebasing: bytes[ranges[c]])) }
            return hash.value
        }

        /// The row as strings.
        public func record(in bytes: UnsafeBufferPointer<UInt8>) -> AddressRecord {
            func s(_ c: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[c]]), as: UTF8.self) }
            return AddressRecord(
                id: id, divisionCode: s(1), town: s(2), community: s(3), road: s(4), number: s(5), estate: s(6),
                building: s(7), unit: s(8), room: s(9), latitude: latitude, longitude: longitude, status: status)
        }
    }

    /// Trims surrounding spaces (ASCII, no-break, and the ideographic space
    /// U+3000 that Chinese input methods type) and checks what is left: valid
    /// UTF-8, no control characters (C0, DEL, C1), no line or paragraph
    /// separators, no stray byte-order mark, no U+FFFD left by a failed
    /// decoding, and not longer than ``maxFieldLength`` characters.
    static func checkField(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, column c: Int) -> Result<Range<Int>, AddressRowProblem> {
        var start = from
        var end = to
        while true {
            if start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            else if start + 1 < end, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 { start += 2 }
            else if start + 2 < end, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { start += 3 }
            else { break }
        }
        while true {
            if end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            else if end - 2 >= start, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2 }
            else if end - 3 >= start, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 { end -= 3 }
            else { break }
        }
        var length = 0
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return .failure(.controlCharacter(column: columns[c], scalar: UInt32(b))) }
                length += 1
                i += 1
                continue
            }
            // A multi-byte sequence: check it is well formed, then look for the
            // few characters an address may not contain.
            let width: Int
            switch b {
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: return .failure(.invalidUTF8(column: columns[c]))
            }
            guard i + width <= end else { return .failure(.invalidUTF8(column: columns[c])) }
            for k in 1..<width where bytes[i + k] & 0xC0 != 0x80 { return .failure(.invalidUTF8(column: columns[c])) }
            let b1 = bytes[i + 1]
            if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) {
                return .failure(.invalidUTF8(column: columns[c]))
            }
            if b == 0xC2, b1 <= 0x9F { return .failure(.controlCharacter(column: columns[c], scalar: UInt32(b1))) }
            if b == 0xE2, b1 == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                return .failure(.controlCharacter(column: columns[c], scalar: 0x2000 + UInt32(bytes[i + 2]) - 0x80))
            }
            if b == 0xEF, b1 == 0xBB, bytes[i + 2] == 0xBF { return .failure(.controlCharacter(column: columns[c], scalar: 0xFEFF)) }
            if b == 0xEF, b1 == 0xBF, bytes[i + 2] == 0xBD { return .failure(.damagedText(column: columns[c])) }
            length += 1
            i += width
        }
        if length > maxFieldLength {
            return .failure(.tooLong(column: columns[c], length: length, limit: maxFieldLength))
        }
        return .success(start..<end)
    }

    private static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value: Int64 = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int64(b - 0x30)
        }
        return value
    }

    /// A plain decimal (optional sign, digits, optional fraction). Coordinates
    /// only; exponents, "nan" and "inf" are refused.
    private static func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count <= 32 else { return nil }
        var digits = 0
        var dots = 0
        for (k, b) in bytes.enumerated() {
            if b >= 0x30 && b <= 0x39 { digits += 1 }
            else if b == 0x2E { dots += 1 }
            else if (b == 0x2D || b == 0x2B) && k == 0 {}
            else { return nil }
        }
        guard digits > 0, dots <= 1 else { return nil }
        // strtod on a NUL-terminated copy on the stack: correctly rounded,
        // and no String to allocate.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 33) { buffer in
            for (k, b) in bytes.enumerated() { buffer[k] = CChar(bitPattern: b) }
            buffer[bytes.count] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    /// The row as written on export, in canonical column order.
    public static func fields(of record: AddressRecord) -> [String] {
        [
            record.id.map(String.init) ?? "", record.divisionCode, record.town, record.community, record.road,
            record.number, record.estate, record.building, record.unit, record.room,
            record.latitude.map(formatCoordinate) ?? "", record.longitude.map(formatCoordinate) ?? "",
            record.status.rawValue,
        ]
    }

    /// Shortest text that reads back as the same Double, so export then import is exact.
    public static func formatCoordinate(_ value: Double) -> String {
        value.description
    }

}
