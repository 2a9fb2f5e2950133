/// A dated change to a division: a rename, or a move to another parent.
/// Kept so that an old name in a legacy address can be traced to today's division.
public struct DivisionChange: Sendable, Equatable {
    public var date: String
    public var approval: String
    public var relation: String
    /// Names from the province down, as they were and as they became.
    public var oldPath: [String]
    public var newPath: [String]
    public var oldCode: String?
    public var newCode: String?

    public init(date: String, approval: String, relation: String, oldPath: [String], newPath: [String], oldCode: String?, newCode: String?) {
        self.date = date
        self.approval = approval
        self.relation = relation
        self.oldPath = oldPath
        self.newPath = newPath
        self.oldCode = oldCode
        self.newCode = newCode
    }
}
