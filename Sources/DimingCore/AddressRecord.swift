/// One row of the canonical address CSV, checked and typed.
///
/// This is the exchange form of an address: names, not internal ids, so that a
/// file can move between registries and other tools.
public struct AddressRecord: Sendable, Equatable {
    /// Nil means "assign one" on import.
    public var id: Int64?
    /// Six-digit county-level code.
    public var divisionCode: String
    public var town: String
    public var community: String
    public var road: String
    /// The doorplate designation without the road: `118号`, `118-1号`, `5组6号`.
    public var number: String
    public var estate: String
    public var building: String
    public var unit: String
    public var room: String
    public var latitude: Double?
    public var longitude: Double?
    public var status: AddressStatus

    public init(
        id: Int64? = nil, divisionCode: String, town: String = "", community: String = "", road: String = "",
        number: String = "", estate: String = "", building: String = "", unit: String = "", room: String = "",
        latitude: Double? = nil, longitude: Double? = nil, status: AddressStatus = .active
    ) {
        self.id = id
        self.divisionCode = divisionCode
        self.town = town
        self.community = community
        self.road = road
        self.number = number
        self.estate = estate
        self.building = building
        self.unit = unit
        self.room = room
        self.latitude = latitude
        self.longitude = longitude
        self.status = status
    }

    /// The fields that say *where* the address is. Two rows with the same key
    /// are the same address, whatever their coordinates or status; importing a
    /// file twice relies on this to add nothing the second time.
    public var key: AddressKey {
        AddressKey(
            divisionCode: divisionCode, town: town, community: community, road: road, number: number,
            estate: estate, building: building, unit: unit, room: room)
    }
}
