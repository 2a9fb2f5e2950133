/// What an import did, for the closing summary and the audit log.
public struct ImportSummary: Sendable, Equatable, Codable {
    /// Data rows read (the header not counted).
    public var rows = 0
    public var inserted = 0
    public var updated = 0
    /// Rows that describe an address already in the registry with the same values.
    public var unchanged = 0
    public var rejected = 0
    public var roadsCreated = 0
    public var estatesCreated = 0
    public var townsCreated = 0
    public var communitiesCreated = 0
    /// False when bad rows made the import roll back.
    public var committed = false
    /// The audit entry that records this import, if it changed anything.
    public var auditEntryID: Int64?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case rows, inserted, updated, unchanged, rejected
        case roadsCreated = "roads_created"
        case estatesCreated = "estates_created"
        case townsCreated = "towns_created"
        case communitiesCreated = "communities_created"
        case committed
        case auditEntryID = "audit_entry_id"
    }
}
