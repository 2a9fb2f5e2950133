/// Roads compared by their recorded extents (起点 / 止点 descriptions).
///
/// Two roads running between the same two points are very likely one road
/// entered twice. One road ending where another starts is only a hint: the
/// segments of one line (长江北路 → 长江路 → 长江南路) do exactly that and are
/// different roads. Roads are bucketed by endpoint, so the work is linear;
/// an endpoint shared by many roads (a major crossing) is skipped.
public struct ExtentCollector: Sendable {
    public static let sameWeight = 0.5
    public static let abuttingWeight = 0.1
    public static let maxRoadsPerPoint = 6

    public init() {}

    public func collect(roads: [AliasRoad], table: AliasNameTable, into edges: inout AliasEdges) {
        var byExtent: [String: [AliasRoad]] = [:]
        var byPoint: [String: [AliasRoad]] = [:]
        for road in roads {
            let a = Self.trimmed(road.startDescription)
            let b = Self.trimmed(road.endDescription)
            guard !a.isEmpty, !b.isEmpty, a != b else { continue }
            let (lo, hi) = a < b ? (a, b) : (b, a)
            byExtent[road.divisionCode + "\u{1F}" + lo + "\u{1F}" + hi, default: []].append(road)
            for p in [a, b] { byPoint[road.divisionCode + "\u{1F}" + p, default: []].append(road) }
        }
        for (_, group) in byExtent where group.count >= 2 && group.count <= Self.maxRoadsPerPoint {
            forPairs(group, table) { x, y, rx, ry in
                edges.add(x, y, AliasEvidence(
                    kind: .sameExtent,
                    detail: "\(rx.name) and \(ry.name) both run from \(rx.startDescription) to \(rx.endDescription)",
                    weight: Self.sameWeight))
            }
        }
        for (key, group) in byPoint where group.count >= 2 && group.count <= Self.maxRoadsPerPoint {
            let point = String(key.split(separator: "\u{1F}", maxSplits: 1).last ?? "")
            forPairs(group, table) { x, y, rx, ry in
                edges.add(x, y, AliasEvidence(
                    kind: .abuttingExtent,
                    detail: "\(rx.name) and \(ry.name) meet at \(point)",
                    weight: Self.abuttingWeight))
            }
        }
    }

    /// The description without surrounding spaces (ASCII or ideographic),
    /// so that "东门桥 " and "东门桥" are one point. The engine stays free of
    /// Foundation, like the other engine modules.
    static func trimmed(_ text: String) -> String {
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{3000}" }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    private func forPairs(_ group: [AliasRoad], _ table: AliasNameTable, _ body: (Int, Int, AliasRoad, AliasRoad) -> Void) {
        for i in 0..<group.count {
            for j in (i + 1)..<group.count {
                guard let x = table.node(road: group[i].id), let y = table.node(road: group[j].id), x != y else { continue }
                body(x, y, group[i], group[j])
            }
        }
    }
}
