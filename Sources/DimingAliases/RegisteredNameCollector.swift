/// A name recorded as a former or colloquial name of one road that is still
/// the standard name of another active road of the same division: the rename
/// was recorded but the old road was never retired.
public struct RegisteredNameCollector: Sendable {
    public static let weight = 0.85

    public init() {}

    public func collect(
        roads: [AliasRoad], registered: [AliasRegisteredName], table: AliasNameTable, into edges: inout AliasEdges
    ) {
        var byID: [Int64: AliasRoad] = [:]
        for road in roads { byID[road.id] = road }
        for r in registered where r.kind != "standard" {
            guard let road = byID[r.roadID], r.name != road.name,
                let own = table.node(road: road.id),
                table.isRoadName(division: road.divisionCode, name: r.name),
                let other = table.node(division: road.divisionCode, name: r.name), other != own
            else { continue }
            let what = r.kind == "colloquial" ? "a colloquial name" : r.kind == "variant" ? "a variant spelling" : "a former name"
            edges.add(own, other, AliasEvidence(
                kind: .registeredName,
                detail: "\(r.name) is recorded as \(what) of \(road.name) but is still the standard name of road \(table.nodes[other].roadID!)",
                weight: Self.weight))
        }
    }
}
