/// Reads a byte stream one line at a time, for commands that take one address
/// per line (`diming normalize`, `diming parse`).
///
/// Lines end at LF, with a CR before it dropped; the last line needs no line
/// break. Bytes are handed over as they are: an invalid byte must still give
/// an output line for its input line, so decoding is the caller's choice.
public final class LineReader {
    private let source: any ByteSource
    private let buffer: UnsafeMutableRawBufferPointer
    private var position = 0
    private var filled = 0
    private var exhausted = false
    /// The current line's bytes, without its line break.
    public private(set) var line: [UInt8] = []
    /// 1-based number of the current line.
    public private(set) var number = 0

    public init(source: any ByteSource, chunkSize: Int = 1 << 20) {
        self.source = source
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(16, chunkSize), alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// Advances to the next line; false at the end of the input.
    public func next() throws(CSVError) -> Bool {
        line.removeAll(keepingCapacity: true)
        var sawAnything = false
        while true {
            if position >= filled {
                if exhausted { break }
                filled = try source.read(into: buffer)
                position = 0
                if filled == 0 {
                    exhausted = true
                    break
                }
            }
            sawAnything = true
            let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var i = position
            while i < filled && base[i] != 0x0A { i += 1 }
            line.append(contentsOf: UnsafeBufferPointer(start: base + position, count: i - position))
            if i < filled {
                position = i + 1
                if line.last == 0x0D { line.removeLast() }
                number += 1
                return true
            }
            position = filled
        }
        guard sawAnything else { return false }
        if line.last == 0x0D { line.removeLast() }
        number += 1
        return true
    }

    /// The current line as text; invalid UTF-8 becomes U+FFFD.
    public var text: String { String(decoding: line, as: UTF8.self) }
}
