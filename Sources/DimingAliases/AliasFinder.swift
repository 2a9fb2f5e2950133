import DimingParse
import DimingText

/// Finds roads known under several names (一路多名) and proposes each as one
/// scored group with its evidence.
///
/// Every collector adds evidence to pairs of names; a pair links when its
/// combined strength reaches ``linkThreshold``; linked names are joined with
/// union–find, so a road with five names comes out as one group, not ten
/// pairs. A group's score is its weakest link: a reviewer sees how much the
/// doubtful part rests on. Nothing compares all roads with all roads: every
/// collector buckets by division and by a shared key (estate, building,
/// endpoint, name in text).
public struct AliasFinder: Sendable {
    public static let linkThreshold = 0.5
    /// Evidence lines printed per group.
    public static let evidencePerGroup = 24

    let analyzer: RoadNameAnalyzer?
    let pinyin: PinyinTable?

    public init(analyzer: RoadNameAnalyzer?, pinyin: PinyinTable?) {
        self.analyzer = analyzer
        self.pinyin = pinyin
    }

    public func find(_ input: AliasInput) -> [AliasGroup] {
        var table = AliasNameTable(roads: input.roads, registered: input.registered)
        var edges = AliasEdges()
        RegisteredNameCollector().collect(roads: input.roads, registered: input.registered, table: table, into: &edges)
        if let analyzer {
            LegacyTextCollector(analyzer: analyzer).collect(lines: input.legacyLines, roads: input.roads, table: &table, into: &edges)
        }
        SharedPlaceCollector().collect(uses: input.placeUses, table: table, into: &edges)
        ExtentCollector().collect(roads: input.roads, table: table, into: &edges)
        GeometryCollector().collect(roads: input.roads, table: table, into: &edges)
        SimilarityCollector(analyzer: analyzer, pinyin: pinyin).collect(table: table, into: &edges)
        return group(table: table, edges: edges, decided: input.decided)
    }

    func group(table: AliasNameTable, edges: AliasEdges, decided: Set<String>) -> [AliasGroup] {
        var sets = UnionFind(count: table.nodes.count)
        var links: [(a: Int, b: Int, score: Double, pair: AliasEdges.Pair)] = []
        for key in edges.pairs.keys.sorted() {
            let pair = edges.pairs[key]!
            guard AliasEdges.linkStrength(pair) >= Self.linkThreshold else { continue }
            let score = AliasEdges.score(pair)
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            links.append((a, b, score, pair))
            sets.union(a, b)
        }
        var members: [Int: [(a: Int, b: Int, score: Double, pair: AliasEdges.Pair)]] = [:]
        for link in links { members[sets.find(link.a), default: []].append(link) }
        var groups: [AliasGroup] = []
        for (_, groupLinks) in members {
            var nodes = Set<Int>()
            for l in groupLinks { nodes.insert(l.a); nodes.insert(l.b) }
            let names = nodes.map { table.nodes[$0].name }.sorted()
            let key = AliasGroup.decisionKey(names)
            if decided.contains(key) { continue }
            let roadIDs = Set(nodes.compactMap { table.nodes[$0].roadID }).sorted()
            var evidence: [AliasEvidence] = []
            for l in groupLinks.sorted(by: { $0.score > $1.score }) {
                for e in l.pair.details where !evidence.contains(e) && evidence.count < Self.evidencePerGroup { evidence.append(e) }
            }
            let score = groupLinks.map(\.score).min() ?? 0
            groups.append(AliasGroup(
                names: names, roadIDs: roadIDs, score: (score * 1000).rounded() / 1000, evidence: evidence))
        }
        return groups.sorted { ($0.score, $1.names.first ?? "") > ($1.score, $0.names.first ?? "") }
    }
}
