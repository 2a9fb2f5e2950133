/// The registry laid out for matching: names in a trie for exact finds, keyed
/// tables for typo, sound and 专名 finds, and addresses by road and doorplate
/// or by estate and room.
///
/// Every lookup is by key, so matching a line costs the same against a
/// county's registry as against a province's: no line is compared with the
/// whole registry (blocking). Built once per run, then read by any number of
/// threads.
public struct MatchIndex: Sendable {
    // MARK: Entities
    var counties: [MatchCatalog.County] = []
    /// Every division code that is a county of the registry or lies above one.
    var scopeCodes: Set<String> = []
    var countyByCode: [String: Int32] = [:]
    var towns: [MatchCatalog.Town] = []
    var townCounty: [Int32] = []
    var townByID: [Int64: Int32] = [:]
    var communities: [MatchCatalog.Community] = []
    var communityCounty: [Int32] = []
    var communityByID: [Int64: Int32] = [:]
    var roads: [MatchCatalog.Road] = []
    var roadCounty: [Int32] = []
    var roadByID: [Int64: Int32] = [:]
    var places: [MatchCatalog.Place] = []
    var placeCounty: [Int32] = []
    var placeByID: [Int64: Int32] = [:]

    /// Every indexed name as scalars; NameRef.name points here.
    var names: [[Unicode.Scalar]] = []

    // MARK: Name tables
    var trie = NameTrie()
    /// Hash of a name, and of the name with any one character left out → refs (typos).
    var deletions: [UInt64: [NameRef]] = [:]
    /// Hash of a road's 专名 (no generic, ordinal, direction) → refs.
    var stems: [UInt64: [NameRef]] = [:]
    /// Phonetic key of a name → refs.
    var sounds: [UInt64: [NameRef]] = [:]
    let phonetic: (any PhoneticKeying)?
    /// The road generics that are stripped to find a road's 专名.
    let roadGenerics: RoadGeneric

    // MARK: Addresses, as columns
    struct DoorKey: PackableKey {
        /// A road index, or -(community index + 1) for a village's group numbers.
        var locator: Int32
        var door: DoorplateKey

        /// The key in 64 bits (locator 24, group 8, base 22, sub 10), or nil
        /// when a part is out of those ranges (then the dictionary keeps it).
        var packed: UInt64? {
            let l = Int64(locator) + (1 << 23)
            guard l >= 0, l < (1 << 24), door.group >= 0, door.group < 256, door.base >= 0, door.base < (1 << 22),
                door.sub >= 0, door.sub < 1024
            else { return nil }
            return UInt64(l) << 40 | UInt64(door.group) << 32 | UInt64(door.base) << 10 | UInt64(door.sub)
        }
    }
    struct EstateRoomKey: PackableKey {
        var estate: Int32
        var rooms: RoomKey

        /// Estate 24 bits, building 12, unit 8, room 20; nil when out of range.
        var packed: UInt64? {
            guard estate >= 0, estate < (1 << 24), rooms.building >= 0, rooms.building < 4096, rooms.unit >= 0,
                rooms.unit < 256, rooms.room >= 0, rooms.room < (1 << 20)
            else { return nil }
            return UInt64(estate) << 40 | UInt64(rooms.building) << 28 | UInt64(rooms.unit) << 20 | UInt64(rooms.room)
        }
    }
    var addressIDs: [Int64] = []
    var addressCounty: [Int32] = []
    var addressTown: [Int32] = []
    var addressLocator: [Int32] = []
    var addressEstate: [Int32] = []
    var addressNumber: [String] = []
    var addressRoomsText: [String] = []
    var addressRooms: [RoomKey] = []
    var addressRetired: [Bool] = []
    var byDoor = AddressChains<DoorKey>()
    var byEstateRoom = AddressChains<EstateRoomKey>()

    public var addressCount: Int { addressIDs.count }
    public var roadCount: Int { roads.count }
    public var placeCount: Int { places.count }

    /// `roadGenerics` come from the gazetteer's road-name lexicon, so that the
    /// index and the queries strip the same 通名.
    public init(catalog: MatchCatalog, roadGenerics: RoadGeneric, phonetic: (any PhoneticKeying)? = nil) {
        self.phonetic = phonetic
        self.roadGenerics = roadGenerics
        for county in catalog.counties where countyByCode[county.code] == nil {
            countyByCode[county.code] = Int32(counties.count)
            counties.append(county)
            scopeCodes.formUnion(county.codes)
        }
        func county(_ code: String) -> Int32? { countyByCode[code] }
        for town in catalog.towns {
            guard let c = county(town.countyCode) else { continue }
            let index = Int32(towns.count)
            towns.append(town)
            townCounty.append(c)
            townByID[town.id] = index
            addName(town.name, kind: .town, index: index, fuzzy: false)
        }
        for community in catalog.communities {
            guard let c = county(community.countyCode) else { continue }
            let index = Int32(communities.count)
            communities.append(community)
            communityCounty.append(c)
            communityByID[community.id] = index
            addName(community.name, kind: .community, index: index, fuzzy: community.isVillage)
        }
        for road in catalog.roads {
            guard let c = county(road.countyCode) else { continue }
            let index = Int32(roads.count)
            roads.append(road)
            roadCounty.append(c)
            roadByID[road.id] = index
            addName(road.name, kind: .road, index: index, fuzzy: true)
            for other in road.otherNames {
                addName(other.name, kind: other.kind == .former ? .formerRoad : .otherRoad, index: index, fuzzy: true)
            }
        }
        for place in catalog.places {
            guard let c = county(place.countyCode) else { continue }
            let index = Int32(places.count)
            places.append(place)
            placeCounty.append(c)
            placeByID[place.id] = index
            addName(place.name, kind: .place, index: index, fuzzy: true)
        }
    }

    private mutating func addName(_ name: String, kind: NameRef.Kind, index: Int32, fuzzy: Bool) {
        let scalars = Array(name.unicodeScalars)
        guard !scalars.isEmpty else { return }
        let ref = NameRef(kind: kind, index: index, name: Int32(names.count))
        names.append(scalars)
        trie.insert(scalars, ref)
        guard fuzzy else { return }
        let all = scalars[...]
        deletions[ScalarHash.of(all), default: []].append(ref)
        if scalars.count >= 3 {
            for skip in all.indices { deletions[ScalarHash.of(all, skipping: skip), default: []].append(ref) }
        }
        if ref.isRoad {
            let stem = roadGenerics.stem(all)
            if stem.count < scalars.count && stem.count >= 2 { stems[ScalarHash.of(stem), default: []].append(ref) }
        }
        if let phonetic, scalars.count >= 2, let key = phonetic.phoneticKey(all) {
            sounds[key, default: []].append(ref)
        }
    }

    /// Makes room for `count` more addresses, so a large registry is indexed
    /// without the tables growing step by step.
    public mutating func reserveAddresses(_ count: Int) {
        let total = addressIDs.count + count
        addressIDs.reserveCapacity(total)
        addressCounty.reserveCapacity(total)
        addressTown.reserveCapacity(total)
        addressLocator.reserveCapacity(total)
        addressEstate.reserveCapacity(total)
        addressNumber.reserveCapacity(total)
        addressRoomsText.reserveCapacity(total)
        addressRooms.reserveCapacity(total)
        addressRetired.reserveCapacity(total)
        byDoor.reserve(addresses: total, keys: total)
        byEstateRoom.reserve(addresses: total, keys: total / 2)
    }

    /// Adds one registry address. Addresses whose county, road or estate the
    /// catalog does not name are skipped and counted by the caller.
    @discardableResult
    public mutating func add(_ address: MatchCatalog.Address) -> Bool {
        guard let county = countyByCode[address.countyCode] else { return false }
        var locator: Int32 = Int32.min
        if let roadID = address.roadID {
            guard let road = roadByID[roadID] else { return false }
            locator = road
        } else if let communityID = address.communityID, let community = communityByID[communityID] {
            locator = -(community + 1)
        }
        var estate: Int32 = -1
        if let estateID = address.estateID {
            guard let e = placeByID[estateID] else { return false }
            estate = e
        }
        let index = Int32(addressIDs.count)
        addressIDs.append(address.id)
        addressCounty.append(county)
        addressTown.append(address.townID.flatMap { townByID[$0] } ?? -1)
        addressLocator.append(locator)
        addressEstate.append(estate)
        addressNumber.append(address.number)
        let roomsText = address.building + address.unit + address.room
        addressRoomsText.append(roomsText)
        let rooms = RoomKey.registry(building: address.building, unit: address.unit, room: address.room)
        addressRooms.append(rooms)
        addressRetired.append(address.retired)
        var doorKey: DoorKey?
        if locator != Int32.min, let door = DoorplateKey.parse(address.number) {
            doorKey = DoorKey(locator: locator, door: door)
        }
        byDoor.append(index, key: doorKey)
        byEstateRoom.append(index, key: estate >= 0 ? EstateRoomKey(estate: estate, rooms: rooms) : nil)
        return true
    }

    /// Addresses at a doorplate of a road (or a village's group number).
    func addresses(locator: Int32, door: DoorplateKey) -> [Int32] {
        byDoor.addresses(DoorKey(locator: locator, door: door))
    }

    func addresses(estate: Int32, rooms: RoomKey) -> [Int32] {
        byEstateRoom.addresses(EstateRoomKey(estate: estate, rooms: rooms))
    }

    // MARK: Standard text

    func countyText(_ county: Int32) -> String { counties[Int(county)].names.joined() }

    /// The registry's standard address: divisions, town, road and doorplate
    /// (or village and group number), estate, building, unit and room.
    func standardText(address i: Int32) -> String {
        let a = Int(i)
        var text = countyText(addressCounty[a])
        if addressTown[a] >= 0 { text += towns[Int(addressTown[a])].name }
        let locator = addressLocator[a]
        if locator >= 0 {
            text += roads[Int(locator)].name
        } else if locator != Int32.min {
            text += communities[Int(-locator - 1)].name
        }
        text += addressNumber[a]
        if addressEstate[a] >= 0 { text += places[Int(addressEstate[a])].name }
        text += addressRoomsText[a]
        return text
    }

    func standardText(road r: Int32) -> String { countyText(roadCounty[Int(r)]) + roads[Int(r)].name }
    func standardText(place p: Int32) -> String { countyText(placeCounty[Int(p)]) + places[Int(p)].name }

    func inScope(county: Int32, code: String) -> Bool { counties[Int(county)].codes.contains(code) }
}
