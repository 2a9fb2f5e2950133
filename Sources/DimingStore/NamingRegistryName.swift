/// A registered name as the naming review reads it: a road's standard name
/// or a place's name, with where it is. Kept free of the naming engine's
/// types so the store does not depend on the rules.
public struct NamingRegistryName: Sendable, Equatable {
    /// "road:12" or "place:40": unique across the two tables.
    public var ref: String
    public var name: String
    /// `road`, or the place kind (residential, building, village, other).
    public var kind: String
    public var divisionCode: String

    public init(ref: String, name: String, kind: String, divisionCode: String) {
        self.ref = ref
        self.name = name
        self.kind = kind
        self.divisionCode = divisionCode
    }
}
