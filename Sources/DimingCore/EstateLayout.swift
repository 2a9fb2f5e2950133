/// The buildings, units and rooms of a residential estate (住宅区) to number.
///
/// Buildings stand in rows from north to south and are numbered in S-order
/// from the north-east: the first row east to west, the next west to east, and
/// so on. Units are numbered in sequence; a room is its floor followed by two
/// digits (101, 201, 1201).
public struct EstateLayout: Sendable, Equatable, Codable {
    public var rows: Int
    public var buildingsPerRow: Int
    public var unitsPerBuilding: Int
    public var floors: Int
    public var roomsPerFloor: Int

    public init(rows: Int, buildingsPerRow: Int, unitsPerBuilding: Int, floors: Int, roomsPerFloor: Int) {
        self.rows = rows
        self.buildingsPerRow = buildingsPerRow
        self.unitsPerBuilding = unitsPerBuilding
        self.floors = floors
        self.roomsPerFloor = roomsPerFloor
    }

    /// Why the layout cannot be numbered, or nil.
    public var problem: String? {
        if rows < 1 || buildingsPerRow < 1 || unitsPerBuilding < 1 || floors < 1 || roomsPerFloor < 1 {
            return "every count of the estate layout must be at least 1"
        }
        if roomsPerFloor > 99 { return "a floor has at most 99 rooms (the room number is the floor and two digits)" }
        if floors > 200 { return "more than 200 floors" }
        if roomCount > 1_000_000 { return "more than a million rooms in one estate" }
        return nil
    }

    public var buildingCount: Int { rows * buildingsPerRow }
    public var roomCount: Int { buildingCount * unitsPerBuilding * floors * roomsPerFloor }

    /// One building: its number and where it stands (row 1 is the northernmost,
    /// column 1 the easternmost).
    public struct Building: Sendable, Equatable {
        public var number: Int
        public var row: Int
        public var column: Int
    }

    /// The buildings in S-order.
    public var buildings: [Building] {
        var out: [Building] = []
        out.reserveCapacity(buildingCount)
        for row in 1...rows {
            let columns = row % 2 == 1 ? Array(1...buildingsPerRow) : Array((1...buildingsPerRow).reversed())
            for column in columns { out.append(Building(number: out.count + 1, row: row, column: column)) }
        }
        return out
    }

    /// Room number `index` (1-based) on `floor`: 101, 102, …, 1201.
    public static func room(floor: Int, index: Int) -> String {
        "\(floor)\(index < 10 ? "0" : "")\(index)室"
    }
}
