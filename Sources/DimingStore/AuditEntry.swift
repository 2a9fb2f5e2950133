import GRDB

/// One entry of the audit log: who changed what, when, and the values before
/// and after (as JSON). The log is append-only; the schema refuses updates and
/// deletes, so the record of a change cannot be quietly edited later.
public struct AuditEntry: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit_log"

    public var id: Int64?
    public var at: String
    public var actor: String
    public var action: String
    public var entity: String
    public var entityId: String?
    public var before: String?
    public var after: String?
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case id, at, actor, action, entity
        case entityId = "entity_id"
        case before, after, note
    }

    public init(
        id: Int64? = nil, at: String, actor: String, action: String, entity: String, entityId: String? = nil,
        before: String? = nil, after: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityId = entityId
        self.before = before
        self.after = after
        self.note = note
    }
}
