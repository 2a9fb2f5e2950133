/// A road or place whose name contains the searched text.
public struct NameMatch: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case road
        case place
    }

    public var kind: Kind
    /// The road's or place's id.
    public var id: Int64
    /// The name that matched: for a road, possibly a former or colloquial name.
    public var name: String
    /// standard, former, colloquial or variant for roads; the place kind for places.
    public var nameKind: String
    /// The current standard name, when the match was on another name.
    public var standardName: String
    public var divisionCode: String

    enum CodingKeys: String, CodingKey {
        case kind, id, name
        case nameKind = "name_kind"
        case standardName = "standard_name"
        case divisionCode = "division_code"
    }
}
