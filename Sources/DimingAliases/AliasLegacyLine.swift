/// A line of a cleanup batch: the legacy text and the road it was matched to.
public struct AliasLegacyLine: Sendable, Equatable {
    public var batchID: Int64
    public var lineNumber: Int
    public var text: String
    /// The road the matcher (or a reviewer) settled on, if any.
    public var roadID: Int64?

    public init(batchID: Int64, lineNumber: Int, text: String, roadID: Int64?) {
        self.batchID = batchID
        self.lineNumber = lineNumber
        self.text = text
        self.roadID = roadID
    }
}
