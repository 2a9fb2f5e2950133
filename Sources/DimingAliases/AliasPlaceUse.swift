/// One distinct (road, estate, building) combination found among addresses,
/// in the registry or among matched cleanup lines. The same estate or
/// building under two road names is the commonest trace of 一路多名.
public struct AliasPlaceUse: Sendable, Equatable {
    public var roadID: Int64
    public var estateID: Int64
    public var estateName: String
    /// Empty when the address names no building.
    public var building: String
    /// Where it was seen, for the detail text ("registry", "cleanup batch 3").
    public var source: String

    public init(roadID: Int64, estateID: Int64, estateName: String, building: String, source: String = "registry") {
        self.roadID = roadID
        self.estateID = estateID
        self.estateName = estateName
        self.building = building
        self.source = source
    }
}
