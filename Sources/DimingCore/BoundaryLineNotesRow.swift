/// One row of a line notes file: what the two sides wrote about a whole line
/// in one round (走向说明, 界线清晰程度, 地形地貌变化, 争议, 平安边界协议).
///
/// Columns: `round,line,direction,clarity,landform,disputes,agreement`.
/// - `round`: as in the inspection file: `5`, `第五轮`, or `ad-hoc:TITLE`.
/// - `line`: a boundary line's name (tripoints have no line notes).
/// - the other five are free text; the row is the whole record for the line
///   and round, so an empty field clears what an earlier import wrote.
public struct BoundaryLineNotesRow: Sendable, Equatable {
    public static let columns = ["round", "line", "direction", "clarity", "landform", "disputes", "agreement"]

    public var round: InspectionRoundID
    public var line: String
    public var direction: String
    public var clarity: String
    public var landform: String
    public var disputes: String
    public var agreement: String

    public init(fields: [String: String]) throws(BoundaryRowProblem) {
        round = try BoundaryInspectionRow.parseRoundField(fields["round"] ?? "")
        line = (fields["line"] ?? "").boundaryTrimmed
        guard !line.isEmpty else { throw .missingField("line") }
        direction = (fields["direction"] ?? "").boundaryTrimmed
        clarity = (fields["clarity"] ?? "").boundaryTrimmed
        landform = (fields["landform"] ?? "").boundaryTrimmed
        disputes = (fields["disputes"] ?? "").boundaryTrimmed
        agreement = (fields["agreement"] ?? "").boundaryTrimmed
    }
}
