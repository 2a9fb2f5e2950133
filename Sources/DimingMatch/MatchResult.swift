/// The matcher's answer for one legacy line.
public struct MatchResult: Sendable, Equatable {
    public var level: MatchLevel
    /// The registry id of the address, road or estate matched (see `level`).
    public var id: Int64?
    public var addressID: Int64?
    public var roadID: Int64?
    public var placeID: Int64?
    /// The registry's standard text of what was matched.
    public var standard: String
    /// Between 0 and 1.
    public var confidence: Double
    public var verdict: MatchVerdict
    public var reasons: [MatchReason]
    /// The normalized input the matcher read.
    public var normalized: String

    public init(
        level: MatchLevel, id: Int64?, addressID: Int64?, roadID: Int64?, placeID: Int64?, standard: String,
        confidence: Double, verdict: MatchVerdict, reasons: [MatchReason], normalized: String
    ) {
        self.level = level
        self.id = id
        self.addressID = addressID
        self.roadID = roadID
        self.placeID = placeID
        self.standard = standard
        self.confidence = confidence
        self.verdict = verdict
        self.reasons = reasons
        self.normalized = normalized
    }
}
