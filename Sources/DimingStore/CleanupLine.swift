import DimingMatch

/// One line of a cleanup batch as kept in the registry: the row as it came,
/// the matcher's answer, and the reviewer's decision.
public struct CleanupLine: Sendable, Equatable, Codable {
    public enum ReviewStatus: String, Sendable, Codable {
        /// Nobody has looked at it (every `matched` line stays pending too).
        case pending
        /// A reviewer took the matcher's candidate.
        case accepted
        /// A reviewer chose another registry address.
        case corrected
        /// A reviewer found no registry address for it.
        case rejected
    }

    public var batchID: Int64
    /// The line number in the input file (the header is line 1).
    public var lineNumber: Int
    /// Every field of the input row, as read.
    public var row: [String]
    public var input: String
    public var level: String
    public var matchID: Int64?
    public var addressID: Int64?
    public var roadID: Int64?
    public var placeID: Int64?
    public var matchAddress: String
    public var confidence: Double
    public var verdict: MatchVerdict
    public var reasons: [String]
    public var reviewStatus: ReviewStatus
    public var reviewedBy: String?
    public var reviewedAt: String?
    public var correctedAddressID: Int64?

    public init(
        batchID: Int64, lineNumber: Int, row: [String], input: String, level: String, matchID: Int64?, addressID: Int64?,
        roadID: Int64?, placeID: Int64?, matchAddress: String, confidence: Double, verdict: MatchVerdict, reasons: [String],
        reviewStatus: ReviewStatus = .pending, reviewedBy: String? = nil, reviewedAt: String? = nil,
        correctedAddressID: Int64? = nil
    ) {
        self.batchID = batchID
        self.lineNumber = lineNumber
        self.row = row
        self.input = input
        self.level = level
        self.matchID = matchID
        self.addressID = addressID
        self.roadID = roadID
        self.placeID = placeID
        self.matchAddress = matchAddress
        self.confidence = confidence
        self.verdict = verdict
        self.reasons = reasons
        self.reviewStatus = reviewStatus
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.correctedAddressID = correctedAddressID
    }

    /// The matcher's answer for a row, as a line of batch `batchID`.
    public init(batchID: Int64, lineNumber: Int, row: [String], input: String, result: MatchResult) {
        self.init(
            batchID: batchID, lineNumber: lineNumber, row: row, input: input, level: result.level.rawValue, matchID: result.id,
            addressID: result.addressID, roadID: result.roadID, placeID: result.placeID, matchAddress: result.standard,
            confidence: result.confidence, verdict: result.verdict, reasons: result.reasons.map(\.rawValue))
    }

    /// The verdict after review: an accepted or corrected line is matched, a
    /// rejected one unmatched.
    public var finalVerdict: MatchVerdict {
        switch reviewStatus {
        case .pending: verdict
        case .accepted, .corrected: .matched
        case .rejected: .unmatched
        }
    }
}
