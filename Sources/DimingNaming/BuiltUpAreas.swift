import DimingCore

/// The built-up areas (建成区) within which street and estate names must not
/// repeat (地名管理条例 Art 9): each a named set of towns and streets (乡镇
/// 街道), possibly across the districts of one city, read from the editable
/// `gazetteer/naming/built-up-areas.tsv`.
///
/// Why towns and not division codes: a built-up area is drawn by the city
/// (its 城区), not by the code tree; it takes some streets of a district
/// and leaves its rural towns out, and it may take streets of several
/// districts. Towns are what both the gazetteer and the registry's addresses
/// name, so an office can write the list and the registry can apply it.
public struct BuiltUpAreas: Sendable {
    public struct Area: Sendable, Equatable {
        public var name: String
        /// (county code, town name) in file order.
        public var towns: [Gazetteer.Town]

        /// The counties the area's towns lie in, in file order.
        public var countyCodes: [String] {
            var seen: Set<String> = []
            return towns.map(\.countyCode).filter { seen.insert($0).inserted }
        }
    }

    public static let fileName = "built-up-areas.tsv"

    public var areas: [Area]

    public init(areas: [Area]) { self.areas = areas }

    /// Parses the file; every county must be a current county of the
    /// gazetteer, every town one of its towns (when `towns` is given), and
    /// every area must lie in one city, since its duplicates are looked for
    /// within that city's codes.
    public static func parse(_ text: String, divisions: [Division], towns: [Gazetteer.Town]) throws(NamingLexiconError)
        -> BuiltUpAreas
    {
        let table = try NamingTSV(text, file: fileName, required: ["area", "county", "town"])
        let counties = Set(divisions.filter { $0.level == .county && $0.status == .current }.map(\.code))
        let known = Set(towns.map { $0.countyCode + "\t" + $0.name })
        var order: [String] = []
        var byName: [String: Area] = [:]
        for row in table.rows {
            let area = try table.nonEmpty(row, "area")
            let county = try table.nonEmpty(row, "county")
            let town = try table.nonEmpty(row, "town")
            guard counties.contains(county) else {
                throw table.fail(row, "county \"\(county)\" is not the six-digit code of a current county in gazetteer/divisions.tsv")
            }
            if !towns.isEmpty, !known.contains(county + "\t" + town) {
                throw table.fail(row, "\(town) is not a town of county \(county) in gazetteer/towns.tsv; write it as the gazetteer does")
            }
            if var existing = byName[area] {
                if let first = existing.towns.first, first.countyCode.prefix(4) != county.prefix(4) {
                    throw table.fail(
                        row, "built-up area \(area) already lies in city \(first.countyCode.prefix(4))00; an area must lie within one city")
                }
                if existing.towns.contains(Gazetteer.Town(countyCode: county, name: town)) {
                    throw table.fail(row, "\(town) of \(county) is listed twice for \(area)")
                }
                existing.towns.append(Gazetteer.Town(countyCode: county, name: town))
                byName[area] = existing
            } else {
                order.append(area)
                byName[area] = Area(name: area, towns: [Gazetteer.Town(countyCode: county, name: town)])
            }
        }
        return BuiltUpAreas(areas: order.compactMap { byName[$0] })
    }

    /// The built-up area a proposal in `countyCode` is checked in: the one
    /// named, or the only area that takes in towns of the county.
    public func area(for countyCode: String, named: String?) throws(BuiltUpAreaError) -> Area {
        let touching = areas.filter { $0.countyCodes.contains(countyCode) }
        if let named {
            guard let area = areas.first(where: { $0.name == named }) else {
                throw .unknown(named, known: areas.map(\.name))
            }
            guard area.countyCodes.contains(countyCode) else { throw .notInCounty(named, countyCode: countyCode) }
            return area
        }
        guard let only = touching.first else { throw .noneInCounty(countyCode) }
        guard touching.count == 1 else { throw .ambiguous(countyCode, candidates: touching.map(\.name)) }
        return only
    }
}
