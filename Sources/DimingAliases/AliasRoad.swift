/// An active road as the alias search sees it: its standard name, its other
/// recorded names and its extent (起止点), all that the collectors compare.
public struct AliasRoad: Sendable, Equatable {
    public var id: Int64
    public var divisionCode: String
    public var name: String
    public var startDescription: String
    public var endDescription: String

    public init(id: Int64, divisionCode: String, name: String, startDescription: String = "", endDescription: String = "") {
        self.id = id
        self.divisionCode = divisionCode
        self.name = name
        self.startDescription = startDescription
        self.endDescription = endDescription
    }
}
