/// Confidence cut-offs between the verdicts, options of a cleanup run.
public struct MatchThresholds: Sendable, Equatable, Codable {
    /// At or above: `matched`.
    public var accept: Double
    /// At or above (and below `accept`): `review`; below: `unmatched`.
    public var review: Double

    public init(accept: Double = 0.8, review: Double = 0.4) {
        self.accept = accept
        self.review = review
    }

    public func verdict(_ confidence: Double, level: MatchLevel) -> MatchVerdict {
        // A road or estate alone is never a finished match: the office wants an address.
        if confidence >= accept && level == .address { return .matched }
        if confidence >= review && level != .none { return .review }
        return .unmatched
    }
}
