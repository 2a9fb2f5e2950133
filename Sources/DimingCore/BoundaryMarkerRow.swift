/// One row of a marker registration file (界桩登记表), checked on its own.
///
/// Columns: `line,number,type,sides,lat,lon`, plus an optional `managing`
/// (the side that maintains the marker, by code or name).
/// - `line`: the line's (or tripoint's) name; empty means "derive it from the
///   sides" (see ``BoundaryLineName``).
/// - `sides`: two division codes or names for a line, three for a tripoint,
///   separated by `;` (or `|`), e.g. `331003;331082`. The order is kept: it is
///   the order of the name's characters and of the report's signature blocks.
/// Checks that need the registry (do the sides exist, does the line already
/// join other sides) are the importer's.
public struct BoundaryMarkerRow: Sendable, Equatable {
    public static let columns = ["line", "number", "type", "sides", "lat", "lon"]
    public static let optionalColumns = ["managing"]

    public var line: String
    public var number: MarkerNumber
    public var designation: MarkerDesignation
    public var sides: [String]
    public var coordinate: GeoCoordinate
    public var managing: String

    /// Checks the fields of one row, keyed by column name.
    public init(fields: [String: String]) throws(BoundaryRowProblem) {
        line = (fields["line"] ?? "").boundaryTrimmed
        let numberText = (fields["number"] ?? "").boundaryTrimmed
        guard !numberText.isEmpty else { throw .missingField("number") }
        guard let number = MarkerNumber(numberText) else { throw .badNumber(numberText) }
        self.number = number
        let typeText = (fields["type"] ?? "").boundaryTrimmed
        guard !typeText.isEmpty else { throw .missingField("type") }
        guard let designation = MarkerDesignation(typeText) else { throw .badType(typeText) }
        self.designation = designation
        let sidesText = (fields["sides"] ?? "").boundaryTrimmed
        guard !sidesText.isEmpty else { throw .missingField("sides") }
        sides = BoundaryMarkerRow.splitSides(sidesText)
        guard (2...3).contains(sides.count), Set(sides).count == sides.count else { throw .badSides(sidesText) }
        guard let coordinate = try GeoCoordinate.parse(lat: fields["lat"] ?? "", lon: fields["lon"] ?? "") else {
            throw .missingField("lat")
        }
        self.coordinate = coordinate
        managing = (fields["managing"] ?? "").boundaryTrimmed
    }

    /// Splits the sides field at `;`, `|`, `；` or `、`.
    public static func splitSides(_ text: String) -> [String] {
        let separators: Set<Character> = [";", "|", "；", "、"]
        let pieces = text.split(whereSeparator: { (c: Character) -> Bool in separators.contains(c) })
        return pieces.map { String($0).boundaryTrimmed }.filter { !$0.isEmpty }
    }
}
