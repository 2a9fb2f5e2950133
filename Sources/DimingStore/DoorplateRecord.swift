/// An issued doorplate (or room) as the registry holds it now, with its
/// standard address composed the same way issuing composed it.
public struct DoorplateRecord: Sendable, Equatable, Codable {
    public var id: Int64
    public var divisionCode: String
    public var town: String?
    public var road: String?
    public var number: String
    public var estate: String?
    public var building: String
    public var unit: String
    public var room: String
    /// Province, city, county, town, road and number (and estate, building,
    /// unit, room where the address has them).
    public var address: String
    public var code: String?
    public var status: String
    public var issuedOn: String?

    enum CodingKeys: String, CodingKey {
        case id
        case divisionCode = "division_code"
        case town, road, number, estate, building, unit, room, address, code, status
        case issuedOn = "issued_on"
    }
}
