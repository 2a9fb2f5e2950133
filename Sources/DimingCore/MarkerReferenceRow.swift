/// One row of a reference objects file (方位物): a landmark near a marker by
/// which the marker can be found again, with its bearing and distance.
///
/// Columns: `line,number,description,bearing,distance`.
/// - `number`: the marker number; a part of a double or triple marker adds its letter (`004A`).
/// - `bearing`: degrees clockwise from north, from 0 to 360.
/// - `distance`: metres from the marker, 0 or more.
/// A marker should have at least three; the report warns about those with fewer.
public struct MarkerReferenceRow: Sendable, Equatable {
    public static let columns = ["line", "number", "description", "bearing", "distance"]

    public var line: String
    public var number: MarkerNumber
    public var part: String
    public var description: String
    public var bearing: Double
    public var distance: Double

    /// The number as written in reports: 003, or 003A for a part.
    public var markerLabel: String { number.text + part }

    public init(fields: [String: String]) throws(BoundaryRowProblem) {
        line = (fields["line"] ?? "").boundaryTrimmed
        guard !line.isEmpty else { throw .missingField("line") }
        let numberText = (fields["number"] ?? "").boundaryTrimmed
        guard !numberText.isEmpty else { throw .missingField("number") }
        guard let (number, part) = MarkerNumber.withPart(numberText) else { throw .badNumber(numberText) }
        self.number = number
        self.part = part
        description = (fields["description"] ?? "").boundaryTrimmed
        guard !description.isEmpty else { throw .missingField("description") }
        let bearingText = (fields["bearing"] ?? "").boundaryTrimmed
        guard !bearingText.isEmpty else { throw .missingField("bearing") }
        guard let bearing = Double(bearingText), bearing.isFinite, (0...360).contains(bearing) else { throw .badBearing(bearingText) }
        self.bearing = bearing
        let distanceText = (fields["distance"] ?? "").boundaryTrimmed
        guard !distanceText.isEmpty else { throw .missingField("distance") }
        guard let distance = Double(distanceText), distance.isFinite, distance >= 0 else { throw .badDistance(distanceText) }
        self.distance = distance
    }
}
