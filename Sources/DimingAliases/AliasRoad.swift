/// An active road as the alias search sees it: its standard name, its extent
/// (起止点) and its geometry, all that the collectors compare.
public struct AliasRoad: Sendable, Equatable {
    public var id: Int64
    public var divisionCode: String
    public var name: String
    public var startDescription: String
    public var endDescription: String
    /// The road's line as stored (GeoJSON coordinates or WKT), empty if none:
    /// only the longitude–latitude pairs in it are read.
    public var geometry: String

    public init(
        id: Int64, divisionCode: String, name: String, startDescription: String = "", endDescription: String = "",
        geometry: String = ""
    ) {
        self.id = id
        self.divisionCode = divisionCode
        self.name = name
        self.startDescription = startDescription
        self.endDescription = endDescription
        self.geometry = geometry
    }
}
