/// The outcome of renumbering a road, with the old → new mapping that
/// household-registration and property records are updated from.
public struct RenumberedRoad: Sendable, Equatable, Codable {
    public var oldRoad: String
    public var newRoad: String
    public var newRoadId: Int64
    /// Active addresses moved (doorplates and any rooms under them).
    public var moved: Int
    public var auditId: Int64
    public var mapping: [AddressMove]

    enum CodingKeys: String, CodingKey {
        case oldRoad = "old_road"
        case newRoad = "new_road"
        case newRoadId = "new_road_id"
        case moved
        case auditId = "audit_id"
        case mapping
    }
}

/// One address moved by a renumbering. The address keeps its id and its
/// permanent code (a code names the place, which did not move); the old
/// address stays in the registry as a retired record (`historyId`, without a
/// code, since codes are unique) so that its number is never reissued on the
/// old road.
public struct AddressMove: Sendable, Equatable, Codable {
    public var addressId: Int64
    public var historyId: Int64
    public var oldAddress: String
    public var newAddress: String
    public var oldNumber: String
    public var newNumber: String
    public var oldCode: String?
    public var newCode: String?

    enum CodingKeys: String, CodingKey {
        case addressId = "address_id"
        case historyId = "history_id"
        case oldAddress = "old_address"
        case newAddress = "new_address"
        case oldNumber = "old_number"
        case newNumber = "new_number"
        case oldCode = "old_code"
        case newCode = "new_code"
    }

    /// The columns of the mapping CSV, in order.
    public static let csvColumns = [
        "address_id", "old_address", "new_address", "old_number", "new_number", "old_code", "new_code", "history_id",
    ]

    public var csvFields: [String] {
        [String(addressId), oldAddress, newAddress, oldNumber, newNumber, oldCode ?? "", newCode ?? "", String(historyId)]
    }
}
