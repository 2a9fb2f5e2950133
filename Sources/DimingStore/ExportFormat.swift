/// File formats an export can be written in.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The canonical address CSV (the import format).
    case csv
    /// One JSON object per line, with the canonical column names as keys.
    case jsonl
}
