/// Where a running import is, for a progress line.
public struct ImportProgress: Sendable, Equatable {
    public enum Phase: String, Sendable {
        /// Reading, checking and writing rows.
        case rows
        /// Building the address indexes after a fresh load.
        case indexing
    }

    public var phase: Phase
    /// Rows read so far.
    public var rows: Int
}
