/// A streaming RFC 4180 reader that works on bytes, not on `String`s.
///
/// Registry files run to millions of rows, so the reader holds one chunk of the
/// file and one record at a time (memory stays flat whatever the file size) and
/// leaves decoding to the caller, who decides what an invalid byte means.
///
/// Every record carries the physical line it started on, and a record whose
/// quoting is broken is still returned, with ``problem`` set, so the caller can
/// reject that row by line number and carry on with the next one.
///
/// By default a line break always ends a record: the canonical address CSV has
/// no field that may contain one, and this guarantees that a stray quote can
/// never swallow the rest of the file. ``Options/allowsLineBreaksInQuotes``
/// accepts spreadsheet cells that span lines.
public final class CSVReader {
    public struct Options: Sendable {
        public var allowsLineBreaksInQuotes: Bool
        /// Longest record accepted, in bytes; longer ones are reported, not kept.
        public var maxRecordBytes: Int
        public var chunkSize: Int

        public init(allowsLineBreaksInQuotes: Bool = false, maxRecordBytes: Int = 64 * 1024, chunkSize: Int = 1 << 20) {
            self.allowsLineBreaksInQuotes = allowsLineBreaksInQuotes
            self.maxRecordBytes = maxRecordBytes
            self.chunkSize = max(16, chunkSize)
        }
    }

    private let source: any ByteSource
    private let options: Options
    private let buffer: UnsafeMutableRawBufferPointer
    private var position = 0
    private var filled = 0
    private var sourceExhausted = false
    private var atFileStart = true
    private var skipLineFeed = false
    private var nextLine = 1

    /// The current record's bytes exactly as in the file, without its line break.
    public private(set) var raw: [UInt8] = []
    /// The physical line (1-based) on which the current record starts.
    public private(set) var line = 0
    /// Why the current record could not be split, if it could not.
    public private(set) var problem: CSVRowProblem?

    @usableFromInline var fieldBytes: [UInt8] = []
    @usableFromInline var fieldEnds: [Int] = []

    public init(source: any ByteSource, options: Options = Options()) {
        self.source = source
        self.options = options
        self.buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: options.chunkSize, alignment: 16)
        raw.reserveCapacity(1024)
        fieldBytes.reserveCapacity(1024)
        fieldEnds.reserveCapacity(32)
    }

    deinit { buffer.deallocate() }

    /// Number of fields in the current record.
    public var fieldCount: Int { fieldEnds.count }

    /// Advances to the next non-empty record. Returns false at the end of input.
    public func next() throws(CSVError) -> Bool {
        while true {
            guard try readRecord() else { return false }
            if raw.isEmpty && problem == nil { continue }  // blank line
            splitFields()
            return true
        }
    }

    /// Calls `body` with the unescaped bytes of field `index`.
    @inline(__always)
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        let end = fieldEnds[index]
        return try fieldBytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }

    /// Calls `body` with the current record's unescaped fields laid end to end
    /// and the end offset of each: the zero-copy view bulk loaders work on.
    @inlinable
    public func withFields<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) throws -> R) rethrows -> R {
        try fieldBytes.withUnsafeBufferPointer { bytes in
            try fieldEnds.withUnsafeBufferPointer { ends in try body(bytes, ends) }
        }
    }

    /// Field `index` as a `String`, or nil when its bytes are not valid UTF-8.
    public func string(_ index: Int) -> String? {
        withField(index) { bytes in
            UTF8Validation.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }

    /// All fields as strings, with invalid UTF-8 repaired (for messages and rejects files).
    public func lossyFields() -> [String] {
        (0..<fieldCount).map { i in withField(i) { String(decoding: $0, as: UTF8.self) } }
    }

    // MARK: - Finding records

    private func refill() throws(CSVError) -> Bool {
        if sourceExhausted { return false }
        let n = try source.read(into: buffer)
        position = 0
        filled = n
        if n == 0 { sourceExhausted = true }
        return n > 0
    }

    private func appendRaw(_ from: Int, _ to: Int) {
        guard to > from, problem == nil || problem != .recordTooLong(limit: options.maxRecordBytes) else { return }
        if raw.count + (to - from) > options.maxRecordBytes {
            problem = .recordTooLong(limit: options.maxRecordBytes)
            raw.removeAll(keepingCapacity: true)
            return
        }
        let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
        raw.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from))
    }

    /// Reads one physical record into `raw`. Returns false when nothing is left.
    private func readRecord() throws(CSVError) -> Bool {
        raw.removeAll(keepingCapacity: true)
        problem = nil
        line = nextLine
        var inQuotes = false
        var sawAnything = false
        let multiline = options.allowsLineBreaksInQuotes
        while true {
            if position >= filled {
                guard try refill() else {
                    // End of input: whatever was gathered is the last record.
                    return sawAnything
                }
                if atFileStart {
                    atFileStart = false
                    if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
                }
                if skipLineFeed {
                    skipLineFeed = false
                    if position < filled, buffer[position] == 0x0A { position += 1 }
                }
                continue
            }
            sawAnything = true
            let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let start = position
            var i = position
            let end = filled
            while i < end {
                let byte = base[i]
                if byte == 0x0A || byte == 0x0D {
                    if !inQuotes { break }
                    if byte == 0x0A { nextLine += 1 }
                    else if i + 1 < end, base[i + 1] == 0x0A { /* CRLF inside quotes counted at LF */ }
                    else { nextLine += 1 }
                } else if byte == 0x22 && multiline {
                    inQuotes.toggle()
                }
                i += 1
            }
            appendRaw(start, i)
            position = i
            if i < end {
                // A line break outside quotes ends the record.
                nextLine += 1
                position = i + 1
                if base[i] == 0x0D {
                    if position < filled {
                        if base[position] == 0x0A { position += 1 }
                    } else {
                        skipLineFeed = true
                    }
                }
                return true
            }
        }
    }

    // MARK: - Splitting fields

    private func splitFields() {
        fieldBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        if case .recordTooLong = problem {
            fieldEnds.append(0)
            return
        }
        raw.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            var column = 1
            while true {
                if i < n, bytes[i] == 0x22 {
                    // Quoted field: "" stands for one quote.
                    i += 1
                    var closed = false
                    while i < n {
                        let byte = bytes[i]
                        if byte == 0x22 {
                            if i + 1 < n, bytes[i + 1] == 0x22 {
                                fieldBytes.append(0x22)
                                i += 2
                                continue
                            }
                            closed = true
                            i += 1
                            break
                        }
                        fieldBytes.append(byte)
                        i += 1
                    }
                    if !closed {
                        if problem == nil { problem = .unterminatedQuote(column: column) }
                    } else if i < n, bytes[i] != 0x2C {
                        if problem == nil { problem = .textAfterClosingQuote(column: column) }
                        while i < n, bytes[i] != 0x2C { fieldBytes.append(bytes[i]); i += 1 }
                    }
                } else {
                    let start = i
                    while i < n, bytes[i] != 0x2C {
                        if bytes[i] == 0x22, problem == nil { problem = .quoteInUnquotedField(column: column) }
                        i += 1
                    }
                    fieldBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
                fieldEnds.append(fieldBytes.count)
                if i < n, bytes[i] == 0x2C {
                    i += 1
                    column += 1
                    continue
                }
                break
            }
        }
    }
}
