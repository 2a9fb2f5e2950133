/// One other name of a road (former, colloquial, variant), as a row of a
/// road-names file: `division_code,road,name,kind,valid_from,valid_to,source`.
public struct RoadNameRow: Sendable, Equatable {
    public var line: Int
    public var divisionCode: String
    public var road: String
    public var name: String
    public var kind: String
    public var validFrom: String?
    public var validTo: String?
    public var source: String

    public static let columns = ["division_code", "road", "name", "kind", "valid_from", "valid_to", "source"]
    public static let kinds = ["former", "colloquial", "variant"]

    public init(
        line: Int, divisionCode: String, road: String, name: String, kind: String, validFrom: String? = nil,
        validTo: String? = nil, source: String = ""
    ) {
        self.line = line
        self.divisionCode = divisionCode
        self.road = road
        self.name = name
        self.kind = kind
        self.validFrom = validFrom
        self.validTo = validTo
        self.source = source
    }
}
