import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Something bytes can be pulled from in chunks.
///
/// Importers read files of any size through this protocol so that memory stays
/// flat: a chunk is read, consumed and overwritten. Tests use ``MemoryByteSource``.
///
/// A class protocol: readers hold their source as `any ByteSource` and call it
/// once per chunk, so the per-byte code is never generic.
public protocol ByteSource: AnyObject {
    /// Fills the start of `buffer` and returns how many bytes were written;
    /// 0 means the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int
}

/// Bytes held in memory, for tests and small inputs.
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { self.bytes = Array(text.utf8) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}

/// A file (or standard input) read with `read(2)`.
///
/// A class so that the descriptor is closed exactly once, when the last user lets go.
public final class FileByteSource: ByteSource {
    public let path: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private let readCounter = Atomic<Int64>(0)
    /// Bytes handed out so far, for progress reporting. Atomic, because an
    /// importer reads on one thread while another reports progress.
    public var bytesRead: Int64 { readCounter.load(ordering: .relaxed) }
    /// The file's size when it was opened, or nil for pipes and terminals.
    public let size: Int64?

    public init(path: String) throws(CSVError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CSVError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw CSVError.cannotOpen(path: path, reason: "it is a folder, not a file")
        }
        self.fd = fd
        self.ownsDescriptor = true
        self.size = (info.st_mode & S_IFMT) == S_IFREG ? Int64(info.st_size) : nil
    }

    /// Standard input, for commands that read `-`.
    public init(standardInput: Void = ()) {
        self.path = "-"
        self.fd = 0
        self.ownsDescriptor = false
        self.size = nil
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            #else
            let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 {
                readCounter.add(Int64(n), ordering: .relaxed)
                return n
            }
            if errno == EINTR { continue }
            throw CSVError.readFailed(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
