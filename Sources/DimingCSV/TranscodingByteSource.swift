#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encodings an office's files arrive in.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    /// GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
    case gb18030

    public init(name: String) throws(CSVError) {
        switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: throw CSVError.unsupportedEncoding(name)
        }
    }
}

/// Converts another source's bytes to UTF-8 on the fly with the C library's iconv.
///
/// Bytes that are not valid in the source encoding become U+FFFD, on the line
/// where they were, so the importer can reject that row by number instead of
/// failing the whole file or guessing.
public final class TranscodingByteSource: ByteSource {
    public let inner: any ByteSource
    private let converter: iconv_t
    private var input: [UInt8]
    private var inputStart = 0
    private var inputEnd = 0
    private var innerExhausted = false
    /// Bytes that could not be decoded, for the summary.
    public private(set) var invalidSequences = 0

    public init(inner: any ByteSource, from encoding: String = "GB18030") throws(CSVError) {
        self.inner = inner
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) {
            throw CSVError.unsupportedEncoding(encoding)
        }
        self.converter = cd!
        self.input = [UInt8](repeating: 0, count: 1 << 18)
    }

    deinit { iconv_close(converter) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        // Leave room for a replacement character (3 bytes) at the end.
        guard buffer.count >= 8 else { return 0 }
        var produced = 0
        while produced < buffer.count - 4 {
            if inputStart == inputEnd || (inputEnd - inputStart < 4 && !innerExhausted) {
                try refillInput()
                if inputStart == inputEnd { break }
            }
            let before = inputStart
            let result: Int = input.withUnsafeMutableBytes { inBytes in
                var inPointer: UnsafeMutablePointer<CChar>? = inBytes.baseAddress!.advanced(by: inputStart)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputEnd - inputStart
                var outPointer: UnsafeMutablePointer<CChar>? = buffer.baseAddress!.advanced(by: produced)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = buffer.count - 4 - produced
                let r = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                let consumed = (inputEnd - inputStart) - inLeft
                inputStart += consumed
                produced = buffer.count - 4 - outLeft
                return r == -1 ? Int(errno) : 0
            }
            if result == 0 { continue }
            if result == E2BIG { break }
            if result == EINVAL && !innerExhausted {
                // An incomplete sequence at the end of the chunk: read more first.
                if inputStart == before { try refillInput(force: true) }
                continue
            }
            // EILSEQ, or an incomplete sequence at the very end: replace one byte.
            inputStart += 1
            invalidSequences += 1
            let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
            for byte in replacement {
                buffer[produced] = byte
                produced += 1
            }
        }
        return produced
    }

    private func refillInput(force: Bool = false) throws(CSVError) {
        guard !innerExhausted else { return }
        // Keep the unconsumed tail at the front.
        let tail = inputEnd - inputStart
        if tail > 0 && inputStart > 0 {
            input.withUnsafeMutableBytes { bytes in
                bytes.baseAddress!.copyMemory(from: bytes.baseAddress! + inputStart, byteCount: tail)
            }
        }
        inputStart = 0
        inputEnd = tail
        let result: Result<Int, CSVError> = input.withUnsafeMutableBytes { bytes in
            do throws(CSVError) { return .success(try inner.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[tail...]))) }
            catch { return .failure(error) }
        }
        let n = try result.get()
        if n == 0 { innerExhausted = true }
        inputEnd += n
    }
}
