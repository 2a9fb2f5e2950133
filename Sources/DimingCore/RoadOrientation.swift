/// The general direction of a road. Numbering rules are written per
/// direction (Beijing starts east–west roads at the east end and north–south
/// roads at the north end), so a road's direction decides which end its 1号
/// is at and which compass side is odd.
public enum RoadOrientation: String, Sendable, Codable, CaseIterable {
    case eastWest = "east-west"
    case northSouth = "north-south"

    /// The compass sides along the road (where the doors face from).
    public var sides: [CompassPoint] {
        switch self {
        case .eastWest: return [.north, .south]
        case .northSouth: return [.east, .west]
        }
    }

    /// The road's two ends.
    public var ends: [CompassPoint] {
        switch self {
        case .eastWest: return [.east, .west]
        case .northSouth: return [.north, .south]
        }
    }
}
