#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Somewhere bytes are written to: a file, standard output, or memory in tests.
public protocol ByteSink {
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(CSVError)
}

/// Collects output in memory, for tests. A class, so that a copy of the sink
/// (inside a writer) and the caller's reference see the same bytes.
public final class MemoryByteSink: ByteSink {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public func write(_ chunk: UnsafeRawBufferPointer) throws(CSVError) {
        bytes.append(contentsOf: chunk)
    }
}

/// Any sink behind one concrete type, so that code written once for it (an
/// export) is compiled once, specialised, instead of generically per call.
public struct AnyByteSink: ByteSink {
    public var base: any ByteSink
    public init(_ base: any ByteSink) { self.base = base }
    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(CSVError) {
        try base.write(bytes)
    }
}

/// A file opened for writing (truncated), or standard output.
public final class FileByteSink: ByteSink {
    public let path: String
    private let fd: Int32
    private let ownsDescriptor: Bool

    /// Creates or truncates `path`.
    public init(path: String) throws(CSVError) {
        self.path = path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw CSVError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        self.fd = fd
        self.ownsDescriptor = true
    }

    public init(standardOutput: Void = ()) {
        self.path = "-"
        self.fd = 1
        self.ownsDescriptor = false
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws(CSVError) {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let n = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                throw CSVError.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
    }

    /// Forces written data to disk, so an export that reported success survives a power cut.
    public func synchronize() throws(CSVError) {
        if fsync(fd) != 0, errno != EINVAL {
            throw CSVError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
