import DimingCore

/// How a road's doorplates run under its division's policy: which end is the
/// zero point and which compass side is odd. Unknown (nil) until the road's
/// orientation is recorded.
public struct RoadNumberingLayout: Sendable, Equatable, Codable {
    public var divisionCode: String
    public var road: String
    public var orientation: RoadOrientation?
    public var preset: String
    /// The end where 1号 and 2号 stand.
    public var start: CompassPoint?
    public var oddSide: CompassPoint?
    public var evenSide: CompassPoint?
    public var auditId: Int64?

    enum CodingKeys: String, CodingKey {
        case divisionCode = "division_code"
        case road, orientation, preset, start
        case oddSide = "odd_side"
        case evenSide = "even_side"
        case auditId = "audit_id"
    }
}
