/// Roads whose stored lines run along each other: most vertices of one lie
/// within a few tens of metres of the other's. Two segments that only meet, or
/// two roads that cross, share a point or two and do not count.
///
/// Vertices are bucketed in a grid of about 100 m within each division, so a
/// road is only compared with roads that pass through its cells; a cell
/// crossed by many roads (a large junction) is skipped.
public struct GeometryCollector: Sendable {
    public static let weight = 0.5
    /// Share of the shorter line's vertices that must lie near the other line.
    public static let overlapShare = 0.6
    /// Degrees; about 30 m of latitude.
    static let near = 0.0003
    static let cell = 0.001
    static let maxRoadsPerCell = 8

    public init() {}

    struct Point { var lon: Double; var lat: Double }

    public func collect(roads: [AliasRoad], table: AliasNameTable, into edges: inout AliasEdges) {
        struct CellKey: Hashable { var division: String; var x: Int; var y: Int }
        var lines: [Int: [Point]] = [:]
        var cells: [CellKey: [Int]] = [:]
        for (i, road) in roads.enumerated() where !road.geometry.isEmpty {
            let points = Self.points(road.geometry)
            guard points.count >= 2 else { continue }
            lines[i] = points
            var seen = Set<CellKey>()
            for p in points {
                let key = CellKey(division: road.divisionCode, x: Int((p.lon / Self.cell).rounded(.down)), y: Int((p.lat / Self.cell).rounded(.down)))
                if seen.insert(key).inserted { cells[key, default: []].append(i) }
            }
        }
        var compared = Set<UInt64>()
        for key in cells.keys.sorted(by: { ($0.division, $0.x, $0.y) < ($1.division, $1.x, $1.y) }) {
            let members = cells[key]!
            guard members.count >= 2, members.count <= Self.maxRoadsPerCell else { continue }
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    let i = members[a], j = members[b]
                    guard compared.insert(UInt64(i) << 32 | UInt64(j)).inserted,
                        let x = table.node(road: roads[i].id), let y = table.node(road: roads[j].id), x != y
                    else { continue }
                    let (p, q) = (lines[i]!, lines[j]!)
                    let (short, long) = p.count <= q.count ? (p, q) : (q, p)
                    let close = short.filter { s in long.contains { abs($0.lon - s.lon) <= Self.near && abs($0.lat - s.lat) <= Self.near } }.count
                    guard Double(close) >= Self.overlapShare * Double(short.count) else { continue }
                    edges.add(x, y, AliasEvidence(
                        kind: .sameGeometry,
                        detail: "\(close) of \(short.count) points of one line lie within about 30 m of the other (\(roads[i].name), \(roads[j].name))",
                        weight: Self.weight))
                }
            }
        }
    }

    /// The longitude–latitude pairs of a stored line, in order: numbers are
    /// read two by two, whatever the wrapping (GeoJSON arrays or WKT).
    static func points(_ text: String) -> [Point] {
        var numbers: [Double] = []
        var current = ""
        for c in text.unicodeScalars {
            if ("0"..."9").contains(c) || c == "." || c == "-" {
                current.unicodeScalars.append(c)
            } else if !current.isEmpty {
                if let v = Double(current) { numbers.append(v) }
                current = ""
            }
        }
        if let v = Double(current) { numbers.append(v) }
        var points: [Point] = []
        var k = 0
        while k + 1 < numbers.count {
            let p = Point(lon: numbers[k], lat: numbers[k + 1])
            if (-180...180).contains(p.lon), (-90...90).contains(p.lat) { points.append(p) }
            k += 2
        }
        return points
    }
}
