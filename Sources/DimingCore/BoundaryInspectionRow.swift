/// One row of an inspection record file (联检记录表), checked on its own.
///
/// Columns: `round,line,number,date,condition,lat,lon,inspectors,notes`, plus
/// an optional trailing `amends`.
/// - `round`: the regular inspection round, an integer (4, 5 …; 第四轮 = 4), or
///   an ad hoc inspection after a flood or road works, `ad-hoc:TITLE` (e.g.
///   `ad-hoc:2025-07-flood`; see ``InspectionRoundID``).
/// - `number`: the marker number; a part of a double or triple marker adds
///   its letter, e.g. `003A`.
/// - `condition`: one or more of intact, damaged, lost, displaced, illegible,
///   reference-missing, separated by `;` or `|`.
/// - `lat,lon`: the measured position, or both empty (for a lost marker, say).
/// - `amends`: `yes` (or 1, true, 是) when the row corrects an inspection of
///   the same marker already recorded in that round; without it, a second
///   inspection of a marker in one round is refused as a likely double entry.
public struct BoundaryInspectionRow: Sendable, Equatable {
    public static let columns = ["round", "line", "number", "date", "condition", "lat", "lon", "inspectors", "notes"]
    public static let optionalColumns = ["amends"]

    public var round: InspectionRoundID
    public var line: String
    public var number: MarkerNumber
    public var part: String
    public var date: CalendarDate
    public var conditions: MarkerConditions
    public var coordinate: GeoCoordinate?
    public var inspectors: String
    public var notes: String
    public var amends: Bool

    /// The number as written in reports: 003, or 003A for a part.
    public var markerLabel: String { number.text + part }

    /// Checks the fields of one row, keyed by column name.
    public init(fields: [String: String]) throws(BoundaryRowProblem) {
        round = try BoundaryInspectionRow.parseRoundField(fields["round"] ?? "")
        line = (fields["line"] ?? "").boundaryTrimmed
        guard !line.isEmpty else { throw .missingField("line") }
        let numberText = (fields["number"] ?? "").boundaryTrimmed
        guard !numberText.isEmpty else { throw .missingField("number") }
        guard let (number, part) = MarkerNumber.withPart(numberText) else { throw .badNumber(numberText) }
        self.number = number
        self.part = part
        let dateText = (fields["date"] ?? "").boundaryTrimmed
        guard !dateText.isEmpty else { throw .missingField("date") }
        guard let date = CalendarDate(dateText) else { throw .impossibleDate(dateText) }
        self.date = date
        conditions = try MarkerConditions.parse(fields["condition"] ?? "")
        coordinate = try GeoCoordinate.parse(lat: fields["lat"] ?? "", lon: fields["lon"] ?? "")
        inspectors = (fields["inspectors"] ?? "").boundaryTrimmed
        notes = (fields["notes"] ?? "").boundaryTrimmed
        let amendsText = (fields["amends"] ?? "").boundaryTrimmed.lowercased()
        switch amendsText {
        case "", "no", "false", "0", "否": amends = false
        case "yes", "true", "1", "是", "amend", "amends", "y": amends = true
        default: throw .badAmends(amendsText)
        }
    }

    /// Reads a `round` field: a regular round number or `ad-hoc:TITLE`.
    public static func parseRoundField(_ text: String) throws(BoundaryRowProblem) -> InspectionRoundID {
        let roundText = text.boundaryTrimmed
        guard !roundText.isEmpty else { throw .missingField("round") }
        guard let round = InspectionRoundID(roundText) else { throw .badRound(roundText) }
        return round
    }

    /// "4", "第4轮" or "第四轮" → 4.
    public static func parseRound(_ text: String) -> Int? {
        var t = text.boundaryTrimmed
        if t.hasPrefix("第") { t.removeFirst() }
        if t.hasSuffix("轮") { t.removeLast() }
        if let n = Int(t), (1...99).contains(n) { return n }
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if t.count == 1, let n = digits[t.first!] { return n }
        if t == "十" { return 10 }
        return nil
    }
}
