import DimingText

/// Assembly: the pieces the scanner found become components (text cut from
/// the input, value from the normalized text) and the standard form.
///
/// One assembly feeds two outputs through a sink: `ParsedAddress` values for
/// callers in Swift, and the `diming parse` JSON line written straight from
/// the parser's byte buffers. The command used to build two `String`s per
/// component (validating their UTF-8) only to copy their bytes out again; that
/// was about a sixth of its work per line.
extension AddressParser {
    /// What the scanner found in one line, before assembly.
    struct Analysis {
        var normalized: NormalizedText
        var pieces: [Piece]
        var division: ParsedDivision?
        var warnings: [String]
    }

    public func parse(_ line: String) -> ParsedAddress {
        let analysis = analyze(line)
        var builder = ParsedAddressBuilder()
        builder.components.reserveCapacity(analysis.pieces.count + 2)
        assemble(line: line, analysis, into: &builder)
        return ParsedAddress(
            components: builder.components, division: analysis.division, standard: builder.standard,
            warnings: analysis.warnings)
    }

    /// Appends the `diming parse` JSON object for `line`, without a newline:
    /// byte for byte what `ParsedAddressJSON.append(input: line, parse(line), to:)`
    /// writes (a test holds the two together), without the intermediate values.
    public func appendJSON(_ line: String, to out: inout [UInt8]) {
        let end = writeJSON(line, into: &out, at: out.count)
        out.removeLast(out.count - end)
    }

    /// Writes the JSON object of `appendJSON` into `buffer` from `offset` on,
    /// over whatever bytes are there, and returns where it ends; the buffer
    /// grows only when the line might not fit. A caller writing many lines
    /// reuses one buffer and never pays for fresh bytes per line.
    public func writeJSON(_ line: String, into buffer: inout [UInt8], at offset: Int) -> Int {
        let analysis = analyze(line)
        let bound = ParsedAddressJSON.LineSink.bound(inputBytes: line.utf8.count, analysis)
        if buffer.count < offset + bound { buffer.append(contentsOf: repeatElement(0, count: offset + bound - buffer.count)) }
        return buffer.withUnsafeMutableBufferPointer { buffer in
            var sink = ParsedAddressJSON.LineSink(
                base: buffer.baseAddress! + offset, division: analysis.division, warnings: analysis.warnings,
                piecesAreCut: true)
            assemble(line: line, analysis, into: &sink)
            assert(sink.writer.count <= bound, "the JSON line outgrew the room made for it")
            return offset + sink.writer.count
        }
    }

    /// Fills `offsets` with the UTF-8 offset of every scalar of valid UTF-8
    /// `bytes` (each byte that is not a continuation byte starts one), and the
    /// total at the end; returns how many it wrote (scalars + 1).
    static func fillByteOffsets(utf8 bytes: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeMutableBufferPointer<Int>) -> Int {
        var k = 0
        for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
            offsets[k] = i
            k += 1
        }
        offsets[k] = bytes.count
        return k + 1
    }

    private func assemble<Sink: AssemblySink>(line: String, _ analysis: Analysis, into sink: inout Sink) {
        var line = line
        let s = analysis.normalized.scalars
        // Scratch space for the normalized text's UTF-8, the byte offsets and
        // the standard form lives on the stack for ordinary lines: no heap
        // allocation per line for them.
        line.withUTF8 { inputUTF8 in
            sink.begin(input: inputUTF8)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * s.count + 1) { utf8 in
                let normalizedCount = ScalarUTF8.encode(s, into: utf8)
                let normalizedUTF8 = UnsafeBufferPointer(rebasing: utf8[0..<normalizedCount])
                sink.begin(normalized: normalizedUTF8)
                withUnsafeTemporaryAllocation(of: Int.self, capacity: inputUTF8.count + normalizedCount + 2) { offsets in
                    let inputBytes = UnsafeMutableBufferPointer(rebasing: offsets[0...inputUTF8.count])
                    let normalizedBytes = UnsafeMutableBufferPointer(rebasing: offsets[(inputUTF8.count + 1)...])
                    let inputCount = Self.fillByteOffsets(utf8: inputUTF8, inputBytes) - 1
                    _ = Self.fillByteOffsets(utf8: normalizedUTF8, normalizedBytes)
                    assemble(
                        inputUTF8: inputUTF8, inputBytes: UnsafeBufferPointer(inputBytes), inputCount: inputCount,
                        normalizedUTF8: normalizedUTF8, normalizedBytes: UnsafeBufferPointer(normalizedBytes),
                        analysis, into: &sink)
                }
            }
        }
    }

    private func assemble<Sink: AssemblySink>(
        inputUTF8: UnsafeBufferPointer<UInt8>, inputBytes: UnsafeBufferPointer<Int>, inputCount: Int,
        normalizedUTF8: UnsafeBufferPointer<UInt8>, normalizedBytes: UnsafeBufferPointer<Int>,
        _ analysis: Analysis, into sink: inout Sink
    ) {
        let normalized = analysis.normalized
        let pieces = analysis.pieces
        let division = analysis.division
        let s = normalized.scalars
        // Text of a span is cut from UTF-8 bytes by scalar offsets.
        func inputText(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: inputUTF8[inputBytes[range.lowerBound]..<inputBytes[range.upperBound]])
        }
        var lastEnd = 0
        // The standard form: the division chain (or the administrative pieces
        // as written when none was resolved), then every other piece's value.
        var divisionBytes = 0
        if let division { for name in division.names { divisionBytes += name.utf8.count } }
        // Room for exactly what can be written: the chain (as resolved or as
        // written), then the value of every other piece that counts.
        var adminBytes = 0
        var restBytes = 0
        for piece in pieces {
            let bytes = piece.value?.utf8.count ?? (normalizedBytes[piece.range.upperBound] - normalizedBytes[piece.range.lowerBound])
            switch piece.label {
            case .country, .redundant: break
            case .prov, .city, .district: adminBytes += bytes
            default: restBytes += bytes
            }
        }
        let standardCapacity = max(divisionBytes, adminBytes) + restBytes
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: standardCapacity + 1) { standard in
            var standardCount = 0
            var restCount = 0
            let restBase = max(divisionBytes, adminBytes)
            func put(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
                guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
                (standard.baseAddress! + offset).update(from: from, count: bytes.count)
            }
            for piece in pieces {
                let source = normalized.offsets.sourceRange(of: piece.range)
                let start = max(source.lowerBound, lastEnd)
                var end = min(source.upperBound, inputCount)
                guard start < end else { continue }
                var trailingSeparator: Range<Int>?
                // 12-3-1001 became 12幢3单元1001室: the dash the 幢 stands for is a separator.
                // (A one-byte scalar at end - 1 is ASCII, so its byte is the scalar.)
                let lastByteAt = inputBytes[end - 1]
                if end - start > 1, inputBytes[end] - lastByteAt == 1,
                    inputUTF8[lastByteAt] == UInt8(ascii: "-") || inputUTF8[lastByteAt] == UInt8(ascii: "_"),
                    s[piece.range.upperBound - 1].value != UInt32(inputUTF8[lastByteAt])
                {
                    // 16--7--426: the run of them (kept as one hyphen by the normalizer).
                    let dash = inputUTF8[lastByteAt]
                    var first = end - 1
                    while first - 1 > start, inputBytes[first] - inputBytes[first - 1] == 1, inputUTF8[inputBytes[first - 1]] == dash {
                        first -= 1
                    }
                    trailingSeparator = first..<end
                    end = first
                }
                let text = inputText(start..<end)
                let valueBytes = UnsafeBufferPointer(
                    rebasing: normalizedUTF8[normalizedBytes[piece.range.lowerBound]..<normalizedBytes[piece.range.upperBound]])
                if let value = piece.value {
                    var bytes = value
                    bytes.withUTF8 {
                        sink.component(piece.label, text: text, start: start, end: end, value: $0, valueString: value, valueFromInput: false)
                    }
                } else {
                    sink.component(
                        piece.label, text: text, start: start, end: end, value: valueBytes, valueString: nil, valueFromInput: false)
                }
                lastEnd = end
                if let separator = trailingSeparator {
                    let dash = inputText(separator)
                    sink.component(
                        .redundant, text: dash, start: separator.lowerBound, end: separator.upperBound, value: dash, valueString: nil,
                        valueFromInput: true)
                    lastEnd = separator.upperBound
                }
                switch piece.label {
                case .country, .redundant: break
                case .prov, .city, .district:
                    if division == nil {
                        if var v = piece.value {
                            v.withUTF8 { put($0, at: standardCount) }
                            standardCount += v.utf8.count
                        } else {
                            put(valueBytes, at: standardCount)
                            standardCount += valueBytes.count
                        }
                    }
                default:
                    if var v = piece.value {
                        v.withUTF8 { put($0, at: restBase + restCount) }
                        restCount += v.utf8.count
                    } else {
                        put(valueBytes, at: restBase + restCount)
                        restCount += valueBytes.count
                    }
                }
            }
            if let division {
                for name in division.names {
                    var name = name
                    name.withUTF8 { put($0, at: standardCount) }
                    standardCount += name.utf8.count
                }
            }
            // Close the gap between the chain and the rest.
            if standardCount < restBase, restCount > 0 {
                let base = standard.baseAddress!
                // The two regions may overlap; copyMemory allows that.
                UnsafeMutableRawPointer(base + standardCount).copyMemory(from: base + restBase, byteCount: restCount)
            }
            standardCount += restCount
            sink.finish(standard: UnsafeBufferPointer(rebasing: standard[0..<standardCount]))
        }
    }
}

/// Where assembly delivers an address: each component's bytes (valid UTF-8,
/// cut from the input and the normalized text), then the standard form.
protocol AssemblySink {
    mutating func begin(input: UnsafeBufferPointer<UInt8>)
    /// The normalized text, which every value without a `valueString` is cut from.
    mutating func begin(normalized: UnsafeBufferPointer<UInt8>)
    /// `text` is cut from the input. `valueString` is the value when the
    /// parser already holds it as a string (a division's current name), so a
    /// caller that wants strings need not decode it again; otherwise the value
    /// is cut from the normalized text, or from the input when `valueFromInput`.
    mutating func component(
        _ label: AddressLabel, text: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
        value: UnsafeBufferPointer<UInt8>, valueString: String?, valueFromInput: Bool)
    mutating func finish(standard: UnsafeBufferPointer<UInt8>)
}

/// Collects assembly into the values of `ParsedAddress`.
struct ParsedAddressBuilder: AssemblySink {
    var components: [ParsedComponent] = []
    var standard = ""

    mutating func begin(input: UnsafeBufferPointer<UInt8>) {}
    mutating func begin(normalized: UnsafeBufferPointer<UInt8>) {}

    mutating func component(
        _ label: AddressLabel, text: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
        value: UnsafeBufferPointer<UInt8>, valueString: String?, valueFromInput: Bool
    ) {
        let text = String(decoding: text, as: UTF8.self)
        components.append(
            ParsedComponent(
                label: label, text: text, start: start, end: end,
                value: valueString ?? String(decoding: value, as: UTF8.self)))
    }

    mutating func finish(standard: UnsafeBufferPointer<UInt8>) {
        self.standard = String(decoding: standard, as: UTF8.self)
    }
}
