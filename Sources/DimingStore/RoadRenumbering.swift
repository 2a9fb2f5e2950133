/// What to do with a road's doorplates when the road is renamed or merged
/// into another (一路多名).
public struct RoadRenumbering: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// The road gets a new standard name. Its doorplates keep their
        /// numbers (the new road is empty, so nothing can clash).
        case rename(String)
        /// The road's doorplates join an existing road of the division.
        /// Without `keepNumbers` each doorplate gets the next number on its
        /// side of the target road by the division's numbering policy, in the
        /// old order; with it the numbers stay, and any that the target road
        /// has ever used refuse the whole renumbering.
        case into(String, keepNumbers: Bool)
    }

    public var divisionCode: String
    public var road: String
    public var target: Target

    public init(divisionCode: String, road: String, target: Target) {
        self.divisionCode = divisionCode
        self.road = road
        self.target = target
    }
}
