/// A reference ellipsoid, given by its semi-major axis and flattening.
///
/// Registered marker coordinates in China are CGCS2000 (国家大地坐标系2000);
/// a marker's displacement is measured on the same ellipsoid the coordinates
/// are defined on, so that the number a surveyor reads is the one reported.
public struct Ellipsoid: Sendable, Equatable {
    /// Semi-major (equatorial) axis, in metres.
    public var a: Double
    /// Flattening (a − b) / a.
    public var f: Double

    public init(a: Double, f: Double) {
        self.a = a
        self.f = f
    }

    /// Semi-minor (polar) axis, in metres.
    public var b: Double { a * (1 - f) }

    /// CGCS2000: a = 6 378 137 m, f = 1 / 298.257222101 (the same figures as GRS 80).
    public static let cgcs2000 = Ellipsoid(a: 6_378_137, f: 1 / 298.257222101)
}
