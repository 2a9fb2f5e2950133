import DimingParse

/// Names that legacy text itself declares equal — 和平路(原淮海东路),
/// 淮海东路(现和平路), 即X路, 又名X路, 俗称X路 — and, more weakly, a line written
/// with one road's name that the matcher or a reviewer put on another road.
///
/// The road a line is about is known from its match; its division decides
/// which road names the text is read against.
public struct LegacyTextCollector: Sendable {
    public static let declaredWeight = 0.7
    public static let matchedWeight = 0.2
    /// Words that introduce another name of the road just named.
    static let markers = ["原名", "原称", "旧称", "俗称", "又名", "又称", "即", "原", "现名", "现"]
    /// A line naming a crossing mentions two roads that are different.
    static let crossingWords = ["与", "交叉", "路口", "交汇", "交界", "之间", "至"]
    /// Longest road name looked for, in characters.
    static let longestName = 12

    let analyzer: RoadNameAnalyzer

    public init(analyzer: RoadNameAnalyzer) {
        self.analyzer = analyzer
    }

    public func collect(
        lines: [AliasLegacyLine], roads: [AliasRoad], table: inout AliasNameTable, into edges: inout AliasEdges
    ) {
        var division: [Int64: String] = [:]
        for road in roads { division[road.id] = road.divisionCode }
        for line in lines {
            guard let roadID = line.roadID, let code = division[roadID], let matched = table.node(road: roadID) else { continue }
            let s = Array(line.text.unicodeScalars)
            let names = roadNames(s, division: code, table: table)
            var declared = false
            for (mStart, mEnd) in markerSpans(s) {
                // The other name starts right after the marker.
                guard let after = nameStarting(at: mEnd, in: s, division: code, table: table) else { continue }
                // The name it refers back to: the last road name before the marker, else the matched road.
                let before = names.last(where: { $0.end <= mStart }).map(\.node) ?? matched
                let other = table.nodeAdding(division: code, name: after)
                guard other != before else { continue }
                declared = true
                let marker = String(String.UnicodeScalarView(s[mStart..<mEnd]))
                edges.add(before, other, AliasEvidence(
                    kind: .legacyText,
                    detail: "batch \(line.batchID) line \(line.lineNumber): \"\(line.text)\" gives \(after) (\(marker)) for \(table.nodes[before].name)",
                    weight: Self.declaredWeight))
            }
            if declared || Self.crossingWords.contains(where: { line.text.contains($0) }) { continue }
            for found in names where found.node != matched && table.nodes[found.node].roadID != nil {
                edges.add(matched, found.node, AliasEvidence(
                    kind: .legacyMatch,
                    detail: "batch \(line.batchID) line \(line.lineNumber): \"\(line.text)\" was matched to \(table.nodes[matched].name)",
                    weight: Self.matchedWeight))
                // The estate (and building) of the matched address, written under the other road's name.
                guard !line.estateName.isEmpty, line.text.contains(line.estateName) else { continue }
                let withBuilding = !line.building.isEmpty && line.text.contains(line.estateName + line.building)
                let place = withBuilding ? line.estateName + line.building : line.estateName
                edges.add(matched, found.node, AliasEvidence(
                    kind: withBuilding ? .sameBuilding : .sameEstate,
                    detail: "batch \(line.batchID) line \(line.lineNumber): \(place) is written under \(table.nodes[found.node].name) and stands on \(table.nodes[matched].name)",
                    weight: withBuilding ? SharedPlaceCollector.buildingWeight : SharedPlaceCollector.estateWeight))
            }
        }
    }

    /// Known road names in the text (longest at each end), left to right.
    func roadNames(_ s: [Unicode.Scalar], division: String, table: AliasNameTable) -> [(node: Int, start: Int, end: Int)] {
        var found: [(node: Int, start: Int, end: Int)] = []
        var end = 2
        while end <= s.count {
            var hit: (node: Int, start: Int, end: Int)?
            if isGenericEnd(s, end) {
                for start in stride(from: max(0, end - Self.longestName), through: end - 2, by: 1) {
                    let name = String(String.UnicodeScalarView(s[start..<end]))
                    if let n = table.node(division: division, name: name) {
                        hit = (n, start, end)
                        break
                    }
                }
            }
            if let hit {
                if let last = found.last, last.end > hit.start { found.removeLast() }
                found.append(hit)
            }
            end += 1
        }
        return found
    }

    func isGenericEnd(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        let from = max(0, end - 4)
        return analyzer.generic(endingOf: String(String.UnicodeScalarView(s[from..<end]))) != nil
    }

    /// Marker words standing where another name can follow: after a bracket,
    /// a road name, a doorplate or a comma, not inside a name (太原路).
    func markerSpans(_ s: [Unicode.Scalar]) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        var i = 0
        while i < s.count {
            var matched = false
            for m in Self.markers {
                let w = Array(m.unicodeScalars)
                guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { continue }
                let prev = i > 0 ? s[i - 1] : " "
                let opens = "(（[【,，;；、 ".unicodeScalars.contains(prev) || prev == "号" || isGenericEnd(s, i)
                if opens {
                    spans.append((i, i + w.count))
                    i += w.count
                    matched = true
                }
                break
            }
            if !matched { i += 1 }
        }
        return spans
    }

    /// The road name starting at `start`: a known one if the text has one
    /// there, else the shortest run of Han characters ending in a generic
    /// with a 专名 before it (老街 is a real colloquial name).
    func nameStarting(at start: Int, in s: [Unicode.Scalar], division: String, table: AliasNameTable) -> String? {
        var best: String?
        var end = start + 2
        while end <= min(s.count, start + Self.longestName) {
            guard Self.isHan(s[end - 1]) else { break }
            if isGenericEnd(s, end) {
                let name = String(String.UnicodeScalarView(s[start..<end]))
                if table.node(division: division, name: name) != nil { return name }
                if best == nil, let g = analyzer.generic(endingOf: name), name.unicodeScalars.count - g.unicodeScalars.count >= 1 {
                    best = name
                }
            }
            end += 1
        }
        return best
    }

    static func isHan(_ c: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value) || (0x20000...0x3134F).contains(c.value)
    }
}
