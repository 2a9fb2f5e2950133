/// A latitude/longitude pair in decimal degrees (CGCS2000).
///
/// Parsing is strict because a coordinate typed into the wrong column (or with
/// a comma for a decimal point) would silently move a marker by kilometres.
public struct GeoCoordinate: Sendable, Equatable, Codable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Reads the `lat` and `lon` fields of a row. Both empty means "not measured"
    /// (nil); one without the other, words, or values out of range are problems.
    public static func parse(lat: String, lon: String) throws(BoundaryRowProblem) -> GeoCoordinate? {
        let latText = lat.boundaryTrimmed, lonText = lon.boundaryTrimmed
        if latText.isEmpty && lonText.isEmpty { return nil }
        if latText.isEmpty { throw .missingField("lat") }
        if lonText.isEmpty { throw .missingField("lon") }
        guard let latValue = Double(latText), latValue.isFinite else { throw .badCoordinate(field: "lat", value: latText) }
        guard let lonValue = Double(lonText), lonValue.isFinite else { throw .badCoordinate(field: "lon", value: lonText) }
        guard (-90...90).contains(latValue) else { throw .coordinateOutOfRange(field: "lat", value: latText) }
        guard (-180...180).contains(lonValue) else { throw .coordinateOutOfRange(field: "lon", value: lonText) }
        return GeoCoordinate(lat: latValue, lon: lonValue)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (ASCII and ideographic).
    var boundaryTrimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
