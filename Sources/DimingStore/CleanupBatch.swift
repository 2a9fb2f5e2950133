/// A sheet of legacy addresses handed over for cleanup, and its counts.
public struct CleanupBatch: Sendable, Equatable, Codable {
    public var id: Int64
    public var createdAt: String
    public var actor: String
    public var sourceName: String
    public var addressColumn: String
    public var encoding: String
    public var header: [String]
    public var lines: Int
    public var matched: Int
    public var review: Int
    public var unmatched: Int
    /// Review lines still waiting for a decision.
    public var pendingReview: Int

    public init(
        id: Int64, createdAt: String, actor: String, sourceName: String, addressColumn: String, encoding: String,
        header: [String], lines: Int = 0, matched: Int = 0, review: Int = 0, unmatched: Int = 0, pendingReview: Int = 0
    ) {
        self.id = id
        self.createdAt = createdAt
        self.actor = actor
        self.sourceName = sourceName
        self.addressColumn = addressColumn
        self.encoding = encoding
        self.header = header
        self.lines = lines
        self.matched = matched
        self.review = review
        self.unmatched = unmatched
        self.pendingReview = pendingReview
    }
}
