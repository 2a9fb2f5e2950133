/// The same estate, or the same building of an estate, under two road names:
/// in the registry (two clerks, two names) or in matched cleanup lines.
///
/// One shared estate is weak — a corner estate has doorplates on both crossing
/// roads, and a corner building may carry a plate on each — so evidence only
/// adds up: several estates, or two buildings recorded under both names, are
/// what link. Estates on many roads (a large compound) say
/// nothing about any pair of them and are skipped, which also keeps the work
/// linear.
public struct SharedPlaceCollector: Sendable {
    public static let estateWeight = 0.2
    public static let buildingWeight = 0.35
    /// Estates or buildings found on more roads than this are skipped.
    public static let maxRoadsPerPlace = 4

    public init() {}

    public func collect(uses: [AliasPlaceUse], table: AliasNameTable, into edges: inout AliasEdges) {
        struct BuildingKey: Hashable { var estate: Int64; var building: String }
        var estateRoads: [Int64: [Int64]] = [:]
        var estateName: [Int64: String] = [:]
        var buildingRoads: [BuildingKey: [Int64]] = [:]
        var sources: [Int64: String] = [:]
        for use in uses {
            var roads = estateRoads[use.estateID, default: []]
            if !roads.contains(use.roadID), roads.count <= Self.maxRoadsPerPlace { roads.append(use.roadID) }
            estateRoads[use.estateID] = roads
            estateName[use.estateID] = use.estateName
            if use.source != "registry" { sources[use.estateID] = use.source }
            if !use.building.isEmpty {
                let key = BuildingKey(estate: use.estateID, building: use.building)
                var b = buildingRoads[key, default: []]
                if !b.contains(use.roadID), b.count <= Self.maxRoadsPerPlace { b.append(use.roadID) }
                buildingRoads[key] = b
            }
        }
        func pairs(_ roads: [Int64], _ body: (Int, Int) -> Void) {
            guard roads.count >= 2, roads.count <= Self.maxRoadsPerPlace else { return }
            let nodes = roads.compactMap { table.node(road: $0) }
            for i in 0..<nodes.count { for j in (i + 1)..<nodes.count where nodes[i] != nodes[j] { body(nodes[i], nodes[j]) } }
        }
        for (estate, roads) in estateRoads.sorted(by: { $0.key < $1.key }) {
            let name = estateName[estate] ?? "estate \(estate)"
            let seen = sources[estate].map { " (seen in \($0))" } ?? ""
            pairs(roads) { a, b in
                edges.add(a, b, AliasEvidence(
                    kind: .sameEstate,
                    detail: "\(name) has addresses under both \(table.nodes[a].name) and \(table.nodes[b].name)\(seen)",
                    weight: Self.estateWeight))
            }
        }
        for (key, roads) in buildingRoads.sorted(by: { ($0.key.estate, $0.key.building) < ($1.key.estate, $1.key.building) }) {
            let name = estateName[key.estate] ?? "estate \(key.estate)"
            pairs(roads) { a, b in
                edges.add(a, b, AliasEvidence(
                    kind: .sameBuilding,
                    detail: "\(name) \(key.building) is recorded under both \(table.nodes[a].name) and \(table.nodes[b].name)",
                    weight: Self.buildingWeight))
            }
        }
    }
}
