import DimingMatch
import DimingParse
import DimingText

/// How the two names of a pair compare, looked at only for pairs that other
/// evidence already joined: similar spelling or reading strengthens a link,
/// names that differ only in 方位 or 序数 (长江北路 / 长江路, 中山一路 / 中山二路)
/// weaken it, since those are segments the archive keeps apart. Looking only
/// at joined pairs keeps this linear, and means similarity alone never
/// proposes anything.
public struct SimilarityCollector: Sendable {
    public static let oneCharacterWeight = 0.15
    public static let homophoneWeight = 0.25
    /// The share of a link kept when the names are segments of one line.
    public static let segmentKeep = 0.35

    let analyzer: RoadNameAnalyzer?
    let pinyin: PinyinTable?

    public init(analyzer: RoadNameAnalyzer?, pinyin: PinyinTable?) {
        self.analyzer = analyzer
        self.pinyin = pinyin
    }

    public func collect(table: AliasNameTable, into edges: inout AliasEdges) {
        for key in edges.pairs.keys.sorted() {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            for evidence in compare(table.nodes[a].name, table.nodes[b].name) { edges.add(a, b, evidence) }
        }
    }

    /// The similarity and segment evidence for two names (empty if unrelated).
    public func compare(_ x: String, _ y: String) -> [AliasEvidence] {
        var found: [AliasEvidence] = []
        if let analyzer {
            let p = analyzer.analyze(x), q = analyzer.analyze(y)
            if !p.specific.isEmpty, p.specific == q.specific, p.generic == q.generic,
                p.direction != q.direction || p.ordinal != q.ordinal || p.segment != q.segment
            {
                var differs: [String] = []
                if p.direction != q.direction { differs.append("方位 (\(p.direction.isEmpty ? "none" : p.direction) / \(q.direction.isEmpty ? "none" : q.direction))") }
                if p.ordinal != q.ordinal { differs.append("序数 (\(p.ordinal.isEmpty ? "none" : p.ordinal) / \(q.ordinal.isEmpty ? "none" : q.ordinal))") }
                if p.segment != q.segment { differs.append("segment (\(p.segment.isEmpty ? "none" : p.segment) / \(q.segment.isEmpty ? "none" : q.segment))") }
                found.append(AliasEvidence(
                    kind: .segmentNames,
                    detail: "\(x) and \(y) differ only in \(differs.joined(separator: " and ")): segments of one line are different roads",
                    weight: Self.segmentKeep))
                return found
            }
        }
        let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
        if let pinyin, pinyin.keyCodes(x) == pinyin.keyCodes(y) {
            found.append(AliasEvidence(
                kind: .similarName, detail: "\(x) and \(y) read alike (\(pinyin.tonelessKey(x)))", weight: Self.homophoneWeight))
        } else if xs.count == ys.count, EditDistance.between(xs, ys, limit: 2) == 1 {
            found.append(AliasEvidence(
                kind: .similarName, detail: "\(x) and \(y) differ in one character", weight: Self.oneCharacterWeight))
        }
        return found
    }
}
