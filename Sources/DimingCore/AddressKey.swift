/// The identity of an address: everything that locates it, nothing that describes it.
public struct AddressKey: Sendable, Hashable {
    public var divisionCode: String
    public var town: String
    public var community: String
    public var road: String
    public var number: String
    public var estate: String
    public var building: String
    public var unit: String
    public var room: String

    public init(
        divisionCode: String, town: String, community: String, road: String, number: String,
        estate: String, building: String, unit: String, room: String
    ) {
        self.divisionCode = divisionCode
        self.town = town
        self.community = community
        self.road = road
        self.number = number
        self.estate = estate
        self.building = building
        self.unit = unit
        self.room = room
    }

    /// A 64-bit FNV-1a digest that is the same in every process and on every
    /// machine (Swift's `Hasher` is seeded per process, so it cannot be stored).
    /// The store indexes it to find an address by its key without a wide text
    /// index; equal digests are always confirmed field by field.
    public var stableHash: Int64 {
        var hash = StableHash()
        for field in [divisionCode, town, community, road, number, estate, building, unit, room] {
            var field = field
            field.withUTF8 { hash.add($0) }
        }
        return hash.value
    }
}
