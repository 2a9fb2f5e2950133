/// Writes RFC 4180 records through a buffer.
///
/// Fields are quoted only when they must be (a comma, quote or line break), which
/// keeps exported registries readable and identical from one export to the next.
///
/// The methods are inlinable so that they are specialised for the concrete
/// sink in the calling module: unspecialised, each call looked up generic
/// metadata at run time, which was a quarter of an export's time (measured).
public struct CSVWriter<Sink: ByteSink> {
    /// The destination; read it after ``flush()``, write through the writer only.
    public var sink: Sink
    @usableFromInline var buffer: [UInt8] = []
    @usableFromInline let flushThreshold: Int

    public init(sink: Sink, bufferSize: Int = 1 << 18) {
        self.sink = sink
        self.flushThreshold = bufferSize
        buffer.reserveCapacity(bufferSize + 4096)
    }

    /// Writes the UTF-8 byte order mark. Excel on Chinese Windows needs it to
    /// open a UTF-8 CSV without garbling the Han characters.
    @inlinable
    public mutating func writeByteOrderMark() throws(CSVError) {
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
    }

    @inlinable
    public mutating func writeRow(_ fields: [String]) throws(CSVError) {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.append(0x2C) }
            appendField(field)
        }
        try endRow()
    }

    /// Appends one field of the current row; call ``endRow()`` after the last.
    @inlinable
    public mutating func appendField(_ field: String, first: Bool = false) {
        if !first { buffer.append(0x2C) }
        appendField(field)
    }

    @inlinable
    mutating func appendField(_ field: String) {
        var field = field
        field.withUTF8 { appendField(bytes: $0) }
    }

    /// Appends one field given as UTF-8 bytes (straight from a database column).
    @inlinable
    public mutating func appendField(bytes: UnsafeBufferPointer<UInt8>, first: Bool) {
        if !first { buffer.append(0x2C) }
        appendField(bytes: bytes)
    }

    @inlinable
    mutating func appendField(bytes: UnsafeBufferPointer<UInt8>) {
        var needsQuotes = false
        for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes {
            buffer.append(contentsOf: bytes)
            return
        }
        buffer.append(0x22)
        for byte in bytes {
            if byte == 0x22 { buffer.append(0x22) }
            buffer.append(byte)
        }
        buffer.append(0x22)
    }

    /// Appends `bytes` as a JSON string literal, quotes included.
    @inlinable
    public mutating func appendJSONString(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(0x22)
        for byte in bytes {
            switch byte {
            case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(0x22)
    }

    @inlinable
    public mutating func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString(bytes: $0) }
    }

    /// Appends text as it is, with no quoting: for JSON lines and known-safe tokens.
    @inlinable
    public mutating func appendUnquoted(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    @inlinable
    public mutating func endRow() throws(CSVError) {
        buffer.append(0x0A)
        if buffer.count >= flushThreshold { try flush() }
    }

    public mutating func flush() throws(CSVError) {
        guard !buffer.isEmpty else { return }
        let result: Result<Void, CSVError> = buffer.withUnsafeBytes { bytes in
            do throws(CSVError) { return .success(try sink.write(bytes)) } catch { return .failure(error) }
        }
        try result.get()
        buffer.removeAll(keepingCapacity: true)
    }
}
