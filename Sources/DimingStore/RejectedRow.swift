/// A row that was not loaded, with the line it came from and why.
public struct RejectedRow: Sendable, Equatable {
    public var line: Int
    public var reason: String
    /// The row's bytes as they were in the file (after decoding to UTF-8), so
    /// the rejects file can be fixed and imported again.
    public var raw: [UInt8]

    public init(line: Int, reason: String, raw: [UInt8]) {
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}
