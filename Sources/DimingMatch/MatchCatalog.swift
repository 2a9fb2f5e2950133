/// What the matcher needs to know about a registry, apart from its addresses:
/// the counties in use with their names, towns, communities and villages,
/// roads with every name they have had, and named places.
///
/// The store fills it in one read; the matcher never touches the database, so
/// it runs the same in a command, a server or a test.
public struct MatchCatalog: Sendable {
    public struct County: Sendable {
        public var code: String
        /// Province first, down to the county (浙江省, 台州市, 黄岩区).
        public var names: [String]
        /// The county's code and every ancestor's, for scope checks.
        public var codes: [String]
        public init(code: String, names: [String], codes: [String]) {
            self.code = code
            self.names = names
            self.codes = codes
        }
    }

    public struct Town: Sendable {
        public var id: Int64
        public var countyCode: String
        public var name: String
        public init(id: Int64, countyCode: String, name: String) {
            self.id = id
            self.countyCode = countyCode
            self.name = name
        }
    }

    public struct Community: Sendable {
        public var id: Int64
        public var countyCode: String
        public var name: String
        public var isVillage: Bool
        public init(id: Int64, countyCode: String, name: String, isVillage: Bool) {
            self.id = id
            self.countyCode = countyCode
            self.name = name
            self.isVillage = isVillage
        }
    }

    /// A name a road is or was known by, other than its standard name.
    public struct OtherName: Sendable {
        public enum Kind: String, Sendable {
            case former, colloquial, variant
        }
        public var name: String
        public var kind: Kind
        public init(name: String, kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    public struct Road: Sendable {
        public var id: Int64
        public var countyCode: String
        public var name: String
        public var otherNames: [OtherName]
        public init(id: Int64, countyCode: String, name: String, otherNames: [OtherName] = []) {
            self.id = id
            self.countyCode = countyCode
            self.name = name
            self.otherNames = otherNames
        }
    }

    public struct Place: Sendable {
        public var id: Int64
        public var countyCode: String
        public var name: String
        public init(id: Int64, countyCode: String, name: String) {
            self.id = id
            self.countyCode = countyCode
            self.name = name
        }
    }

    /// One registry address, as ids of the entities above.
    public struct Address: Sendable {
        public var id: Int64
        public var countyCode: String
        public var townID: Int64?
        public var communityID: Int64?
        public var roadID: Int64?
        public var number: String
        public var estateID: Int64?
        public var building: String
        public var unit: String
        public var room: String
        public var retired: Bool
        public init(
            id: Int64, countyCode: String, townID: Int64? = nil, communityID: Int64? = nil, roadID: Int64? = nil,
            number: String = "", estateID: Int64? = nil, building: String = "", unit: String = "", room: String = "",
            retired: Bool = false
        ) {
            self.id = id
            self.countyCode = countyCode
            self.townID = townID
            self.communityID = communityID
            self.roadID = roadID
            self.number = number
            self.estateID = estateID
            self.building = building
            self.unit = unit
            self.room = room
            self.retired = retired
        }
    }

    public var counties: [County]
    public var towns: [Town]
    public var communities: [Community]
    public var roads: [Road]
    public var places: [Place]

    public init(counties: [County], towns: [Town], communities: [Community], roads: [Road], places: [Place]) {
        self.counties = counties
        self.towns = towns
        self.communities = communities
        self.roads = roads
        self.places = places
    }
}
