import DimingMatch
import GRDB

extension Registry {
    /// The registry laid out for the matcher: every county in use with its
    /// names, towns, communities, roads with all their names, estates and
    /// addresses, read in one consistent snapshot.
    ///
    /// A cleanup run builds this once and then matches without touching the
    /// database, so matching runs on every core while the file stays free for
    /// other clerks. `skipped` counts addresses whose road or estate the
    /// snapshot could not place (none in a sound registry). `roadGenerics`
    /// are the gazetteer's 通名, stripped to compare roads by their 专名.
    public func matchIndex(roadGenerics: RoadGeneric, phonetic: (any PhoneticKeying)? = nil) throws(RegistryError)
        -> (index: MatchIndex, skipped: Int)
    {
        do {
            return try dbWriter.read { db in
                // Counties in use, with their chains of names and codes.
                let used = try String.fetchAll(db, sql: """
                    SELECT division_code FROM road UNION SELECT division_code FROM place
                    UNION SELECT county_code FROM community
                    """)
                var division: [String: (name: String, parent: String?)] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT code, name, parent_code FROM division") {
                    division[row[0]] = (row[1], row[2])
                }
                var counties: [MatchCatalog.County] = []
                for code in used {
                    var names: [String] = []
                    var codes: [String] = []
                    var next: String? = code
                    while let c = next, let d = division[c], codes.count < 6 {
                        names.insert(d.name, at: 0)
                        codes.append(c)
                        next = d.parent
                    }
                    counties.append(MatchCatalog.County(code: code, names: names, codes: codes))
                }
                let usedSet = Set(used)
                var towns: [MatchCatalog.Town] = []
                for row in try Row.fetchAll(db, sql: "SELECT id, county_code, name FROM town") where usedSet.contains(row[1]) {
                    towns.append(MatchCatalog.Town(id: row[0], countyCode: row[1], name: row[2]))
                }
                let communities = try Row.fetchAll(db, sql: "SELECT id, county_code, name, kind FROM community").map {
                    MatchCatalog.Community(id: $0[0], countyCode: $0[1], name: $0[2], isVillage: ($0[3] as String) == "village")
                }
                var others: [Int64: [MatchCatalog.OtherName]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT road_id, name, kind FROM road_name WHERE kind <> 'standard'") {
                    let kind = MatchCatalog.OtherName.Kind(rawValue: row[2]) ?? .variant
                    others[row[0], default: []].append(MatchCatalog.OtherName(name: row[1], kind: kind))
                }
                let roads = try Row.fetchAll(db, sql: "SELECT id, division_code, name FROM road WHERE status <> 'retired'").map {
                    MatchCatalog.Road(id: $0[0], countyCode: $0[1], name: $0[2], otherNames: others[$0[0]] ?? [])
                }
                let places = try Row.fetchAll(db, sql: "SELECT id, division_code, name FROM place WHERE status <> 'retired'").map {
                    MatchCatalog.Place(id: $0[0], countyCode: $0[1], name: $0[2])
                }
                var index = MatchIndex(
                    catalog: MatchCatalog(counties: counties, towns: towns, communities: communities, roads: roads, places: places),
                    roadGenerics: roadGenerics, phonetic: phonetic)
                index.reserveAddresses(try Int.fetchOne(db, sql: "SELECT count(*) FROM address") ?? 0)
                var skipped = 0
                let cursor = try Row.fetchCursor(db, sql: """
                    SELECT id, division_code, town_id, community_id, road_id, number, estate_id, building, unit, room, status
                    FROM address
                    """)
                while let row = try cursor.next() {
                    let added = index.add(MatchCatalog.Address(
                        id: row[0], countyCode: row[1], townID: row[2], communityID: row[3], roadID: row[4], number: row[5],
                        estateID: row[6], building: row[7], unit: row[8], room: row[9], retired: (row[10] as String) == "retired"))
                    if !added { skipped += 1 }
                }
                return (index, skipped)
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    /// The standard text of one registry address (divisions, town, road and
    /// doorplate or village and number, estate, building, unit, room).
    public func standardAddress(id: Int64) throws(RegistryError) -> String? {
        do {
            return try dbWriter.read { db in try Self.standardAddress(db, id: id) }
        } catch {
            throw RegistryError.wrap(error)
        }
    }
}
