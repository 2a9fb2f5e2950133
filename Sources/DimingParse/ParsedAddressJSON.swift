/// The `diming parse` output line for one input line, written as UTF-8 bytes.
///
/// It lives in the engine so that the command, the benchmark and the fuzz
/// driver write the very same bytes; building it by hand (no encoder, no
/// intermediate strings) keeps the output path out of the parse profile.
/// The field order and spelling are the contract:
/// input, components[label,text,start,end,value], division{code,names}|null,
/// standard, warnings.
public enum ParsedAddressJSON {
    /// Appends the JSON object for `input` and its parse, without a newline.
    public static func append(input: String, _ parsed: ParsedAddress, to out: inout [UInt8]) {
        // The longest the line can be (every byte of text escaped as \u00XX),
        // made room for once; the bytes are then written through a pointer and
        // the unused tail dropped. Appending piece by piece to the array
        // checked its uniqueness and capacity for every field.
        var bound = 160 + 6 * input.utf8.count + 6 * parsed.standard.utf8.count
        for c in parsed.components { bound += 128 + 6 * (c.text.utf8.count + c.value.utf8.count) }
        bound += LineSink.bound(division: parsed.division, warnings: parsed.warnings)
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: bound))
        let written = out.withUnsafeMutableBufferPointer { buffer in
            var sink = LineSink(
                base: buffer.baseAddress! + start, division: parsed.division, warnings: parsed.warnings, piecesAreCut: false)
            var input = input
            input.withUTF8 { sink.begin(input: $0) }
            for c in parsed.components {
                var text = c.text
                var value = c.value
                text.withUTF8 { text in
                    value.withUTF8 { value in
                        sink.component(
                            c.label, text: text, start: c.start, end: c.end, value: value, valueString: c.value,
                            valueFromInput: false)
                    }
                }
            }
            var standard = parsed.standard
            standard.withUTF8 { sink.finish(standard: $0) }
            return sink.writer.count
        }
        out.removeLast(bound - written)
    }

    /// Writes one JSON line as assembly delivers it, in the contract's field
    /// order: input, components, division, standard, warnings.
    struct LineSink: AssemblySink {
        var writer: Writer
        let division: ParsedDivision?
        let warnings: [String]
        var first = true
        /// Whether the input, and the normalized text, need no JSON escape
        /// anywhere: then no piece cut from them does, and the pieces are
        /// copied without testing each one again.
        var inputIsPlain = false
        var normalizedIsPlain = false

        /// Whether every component's text is cut from the input and its value
        /// from the normalized text (or is a `valueString`), as in assembly.
        let piecesAreCut: Bool

        init(base: UnsafeMutablePointer<UInt8>, division: ParsedDivision?, warnings: [String], piecesAreCut: Bool) {
            self.writer = Writer(base: base)
            self.division = division
            self.warnings = warnings
            self.piecesAreCut = piecesAreCut
        }

        /// Room enough for the division and warnings fields.
        static func bound(division: ParsedDivision?, warnings: [String]) -> Int {
            var bound = 0
            if let division {
                bound += 32 + 6 * division.code.utf8.count
                for name in division.names { bound += 3 + 6 * name.utf8.count }
            }
            for warning in warnings { bound += 3 + 6 * warning.utf8.count }
            return bound
        }

        /// Room enough for the whole line of a parse not yet assembled: every
        /// component's text is a part of the input and its value a part of the
        /// normalized text (at most four bytes a scalar) or the name it carries.
        static func bound(inputBytes: Int, _ analysis: AddressParser.Analysis) -> Int {
            var valueBytes = 0
            var adminBytes = 0
            let pieces = analysis.pieces
            for i in pieces.indices {
                let bytes = pieces[i].value?.utf8.count ?? 4 * pieces[i].range.count
                valueBytes += bytes
                let label = pieces[i].label
                if label == .prov || label == .city || label == .district { adminBytes += bytes }
            }
            var divisionBytes = 0
            if let division = analysis.division { for name in division.names { divisionBytes += name.utf8.count } }
            // Each piece may also leave a dash as a component of its own (12-3-1001).
            // The standard form is the chain (resolved, or as written) and
            // other pieces' values, so it is bounded by the same sums.
            return 160 + 12 * inputBytes + 256 * analysis.pieces.count + 6 * valueBytes
                + 6 * (max(divisionBytes, adminBytes) + valueBytes)
                + bound(division: analysis.division, warnings: analysis.warnings)
        }

        mutating func begin(input: UnsafeBufferPointer<UInt8>) {
            let plain = !ParsedAddressJSON.needsEscape(input)
            inputIsPlain = piecesAreCut && plain
            writer.ascii("{\"input\":")
            writer.string(bytes: input, plain: plain)
            writer.ascii(",\"components\":[")
        }

        mutating func begin(normalized: UnsafeBufferPointer<UInt8>) {
            normalizedIsPlain = piecesAreCut && !ParsedAddressJSON.needsEscape(normalized)
        }

        mutating func component(
            _ label: AddressLabel, text: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
            value: UnsafeBufferPointer<UInt8>, valueString: String?, valueFromInput: Bool
        ) {
            if first { writer.ascii("{\"label\":\"") } else { writer.ascii(",{\"label\":\"") }
            first = false
            writer.ascii(ParsedAddressJSON.name(of: label))
            writer.ascii("\",\"text\":")
            writer.string(bytes: text, plain: inputIsPlain)
            writer.ascii(",\"start\":")
            writer.int(start)
            writer.ascii(",\"end\":")
            writer.int(end)
            writer.ascii(",\"value\":")
            writer.string(bytes: value, plain: valueString == nil && (valueFromInput ? inputIsPlain : normalizedIsPlain))
            writer.byte(UInt8(ascii: "}"))
        }

        mutating func finish(standard: UnsafeBufferPointer<UInt8>) {
            writer.ascii("],\"division\":")
            if let division {
                writer.ascii("{\"code\":")
                writer.string(division.code)
                writer.ascii(",\"names\":[")
                let names = division.names
                for i in names.indices {
                    if i > 0 { writer.byte(UInt8(ascii: ",")) }
                    writer.string(names[i])
                }
                writer.ascii("]}")
            } else {
                writer.ascii("null")
            }
            writer.ascii(",\"standard\":")
            writer.string(bytes: standard)
            writer.ascii(",\"warnings\":[")
            for i in warnings.indices {
                if i > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.string(warnings[i])
            }
            writer.ascii("]}")
        }
    }

    /// A label's raw value as static text: the raw value is a new `String`
    /// at every call, and this is asked for every component of every line.
    /// (A test checks that both spell the same.)
    static func name(of label: AddressLabel) -> StaticString {
        switch label {
        case .country: "country"
        case .prov: "prov"
        case .city: "city"
        case .district: "district"
        case .devzone: "devzone"
        case .town: "town"
        case .community: "community"
        case .road: "road"
        case .subroad: "subroad"
        case .roadno: "roadno"
        case .subroadno: "subroadno"
        case .poi: "poi"
        case .subpoi: "subpoi"
        case .houseno: "houseno"
        case .cellno: "cellno"
        case .floorno: "floorno"
        case .roomno: "roomno"
        case .person: "person"
        case .assist: "assist"
        case .redundant: "redundant"
        case .otherinfo: "otherinfo"
        }
    }

    /// Writes into memory the caller has made room for.
    struct Writer {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        init(base: UnsafeMutablePointer<UInt8>) { self.base = base }

        @inline(__always)
        mutating func byte(_ b: UInt8) {
            base[count] = b
            count += 1
        }

        @inline(__always)
        mutating func bytes(_ source: UnsafeBufferPointer<UInt8>) {
            guard let from = source.baseAddress, source.count > 0 else { return }
            let n = source.count
            if n <= 16 {
                // Short pieces (keys, labels, numbers' neighbours) copied inline,
                // not through memmove: two words that may overlap, or bytes.
                let to = UnsafeMutableRawPointer(base + count)
                let raw = UnsafeRawPointer(from)
                if n >= 8 {
                    let head = raw.loadUnaligned(as: UInt64.self)
                    let tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                    to.storeBytes(of: head, as: UInt64.self)
                    to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
                } else if n >= 4 {
                    let head = raw.loadUnaligned(as: UInt32.self)
                    let tail = raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                    to.storeBytes(of: head, as: UInt32.self)
                    to.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
                } else {
                    for i in 0..<n { base[count + i] = from[i] }
                }
            } else {
                (base + count).update(from: from, count: source.count)
            }
            count += source.count
        }

        @inline(__always)
        mutating func ascii(_ text: StaticString) {
            bytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }


        mutating func int(_ value: Int) {
            // Offsets are mostly below 100.
            if value >= 0 && value < 10 {
                byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
                return
            }
            if value >= 10 && value < 100 {
                byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10))
                byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10))
                return
            }
            if value < 0 {
                byte(UInt8(ascii: "-"))
                int(0 - value)
                return
            }
            var v = value
            var digits = 0
            repeat {
                digits += 1
                v /= 10
            } while v > 0
            v = value
            var i = count + digits - 1
            repeat {
                base[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                i -= 1
            } while v > 0
            count += digits
        }

        /// A JSON string: quotes, backslashes and control characters escaped;
        /// all other text (valid UTF-8, as every Swift string is) copied as it is.
        mutating func string(_ text: String) {
            // Native strings lend their bytes without a copy of the string (and its retain).
            if text.utf8.withContiguousStorageIfAvailable({ string(bytes: $0) }) != nil { return }
            var text = text
            text.withUTF8 { string(bytes: $0) }
        }

        /// A JSON string of valid UTF-8 bytes; `plain` when they are known
        /// to need no escape.
        mutating func string(bytes source: UnsafeBufferPointer<UInt8>, plain: Bool = false) {
            byte(UInt8(ascii: "\""))
            // Most text needs no escape: tested eight bytes at a time, then copied whole.
            if plain || !ParsedAddressJSON.needsEscape(source) {
                bytes(source)
            } else {
                var runStart = 0
                for i in 0..<source.count {
                    let b = source[i]
                    guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                    if i > runStart { bytes(UnsafeBufferPointer(rebasing: source[runStart..<i])) }
                    runStart = i + 1
                    byte(0x5C)
                    switch b {
                    case 0x22: byte(0x22)
                    case 0x5C: byte(0x5C)
                    case 0x0A: byte(UInt8(ascii: "n"))
                    case 0x0D: byte(UInt8(ascii: "r"))
                    case 0x09: byte(UInt8(ascii: "t"))
                    default:
                        byte(UInt8(ascii: "u"))
                        byte(UInt8(ascii: "0"))
                        byte(UInt8(ascii: "0"))
                        byte(ParsedAddressJSON.hexDigit(b >> 4))
                        byte(ParsedAddressJSON.hexDigit(b & 0xF))
                    }
                }
                if source.count > runStart { bytes(UnsafeBufferPointer(rebasing: source[runStart...])) }
            }
            byte(UInt8(ascii: "\""))
        }
    }

    /// Whether any byte is below 0x20, a quote or a backslash (word-at-a-time
    /// tests for a byte below a bound or equal to a value).
    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= n {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let below = (x &- ones &* 0x20) & ~x & highs
            let q = x ^ (ones &* 0x22)
            let quote = (q &- ones) & ~q & highs
            let b = x ^ (ones &* 0x5C)
            let backslash = (b &- ones) & ~b & highs
            if below | quote | backslash != 0 { return true }
            i += 8
        }
        while i < n {
            let c = base[i]
            if c < 0x20 || c == 0x22 || c == 0x5C { return true }
            i += 1
        }
        return false
    }

    @inline(__always)
    static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10
    }
}
