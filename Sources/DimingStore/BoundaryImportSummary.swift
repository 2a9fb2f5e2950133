/// What a marker or inspection import did, for the closing message and the
/// audit log. Every bad row is listed; when there is any, nothing was written.
public struct BoundaryImportSummary: Sendable, Equatable, Encodable {
    /// Data rows read (the header not counted).
    public var rows = 0
    /// Markers registered, or inspections recorded.
    public var inserted = 0
    /// Markers whose registered coordinates, type or managing side changed.
    public var updated = 0
    /// Rows that repeat what the registry already holds.
    public var unchanged = 0
    /// Inspection rows that amend an earlier record of the same round.
    public var amended = 0
    public var linesCreated: [String] = []
    public var tripointsCreated: [String] = []
    public var roundsCreated: [Int] = []
    /// Titles of ad hoc inspections (after floods, road works) created.
    public var adHocRoundsCreated: [String] = []
    public var rejected: [RejectedRow] = []
    /// False when bad rows made the import roll back.
    public var committed = false
    public var auditEntryID: Int64?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case rows, inserted, updated, unchanged, amended, rejected, committed
        case linesCreated = "lines_created"
        case tripointsCreated = "tripoints_created"
        case roundsCreated = "rounds_created"
        case adHocRoundsCreated = "ad_hoc_rounds_created"
        case auditEntryID = "audit_entry_id"
        case problems
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rows, forKey: .rows)
        try c.encode(inserted, forKey: .inserted)
        try c.encode(updated, forKey: .updated)
        try c.encode(unchanged, forKey: .unchanged)
        try c.encode(amended, forKey: .amended)
        try c.encode(linesCreated, forKey: .linesCreated)
        try c.encode(tripointsCreated, forKey: .tripointsCreated)
        try c.encode(roundsCreated, forKey: .roundsCreated)
        try c.encode(adHocRoundsCreated, forKey: .adHocRoundsCreated)
        try c.encode(rejected.count, forKey: .rejected)
        try c.encode(rejected.map { "line \($0.line): \($0.reason)" }, forKey: .problems)
        try c.encode(committed, forKey: .committed)
        try c.encode(auditEntryID, forKey: .auditEntryID)
    }
}
