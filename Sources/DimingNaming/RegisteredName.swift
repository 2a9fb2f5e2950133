/// A name already in the registry, as the duplicate rules compare against
/// it: a road's standard name or a place's name, with its division.
public struct RegisteredName: Sendable, Equatable, Hashable {
    /// Unique across tables: "road:12", "place:40".
    public var ref: String
    public var name: String
    public var nameClass: NameClass
    public var divisionCode: String

    public init(ref: String, name: String, nameClass: NameClass, divisionCode: String) {
        self.ref = ref
        self.name = name
        self.nameClass = nameClass
        self.divisionCode = divisionCode
    }
}
