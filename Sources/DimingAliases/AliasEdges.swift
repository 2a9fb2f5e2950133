/// Evidence gathered per pair of names. Each kind keeps a few details for the
/// reviewer but folds every occurrence into its weight (1 − Π(1 − w)), so a
/// hundred shared buildings count without printing a hundred lines.
public struct AliasEdges: Sendable {
    struct Pair: Sendable {
        var details: [AliasEvidence] = []
        var miss: [AliasEvidenceKind: Double] = [:]
        var counts: [AliasEvidenceKind: Int] = [:]
    }

    /// Details printed per kind and pair; the rest only weigh.
    static let detailsPerKind = 3

    private(set) var pairs: [UInt64: Pair] = [:]

    public init() {}

    public var count: Int { pairs.count }

    static func key(_ a: Int, _ b: Int) -> UInt64 {
        let (lo, hi) = a < b ? (a, b) : (b, a)
        return UInt64(lo) << 32 | UInt64(hi)
    }

    mutating func add(_ a: Int, _ b: Int, _ evidence: AliasEvidence) {
        guard a != b else { return }
        let key = Self.key(a, b)
        var pair = pairs[key] ?? Pair()
        let seen = pair.counts[evidence.kind, default: 0]
        pair.counts[evidence.kind] = seen + 1
        if seen < Self.detailsPerKind, !pair.details.contains(evidence) { pair.details.append(evidence) }
        pair.miss[evidence.kind] = pair.miss[evidence.kind, default: 1] * (1 - evidence.weight)
        pairs[key] = pair
    }

    func has(_ a: Int, _ b: Int) -> Bool { pairs[Self.key(a, b)] != nil }

    /// Whether a pair links, from the evidence about the roads themselves:
    /// positive kinds combined, segment names applied. Similar names never
    /// count here — two look-alike roads sharing a corner building are still
    /// two roads — so similarity can neither make nor complete a link.
    static func linkStrength(_ pair: Pair) -> Double {
        var miss = 1.0
        for (kind, m) in pair.miss where kind != .similarName && kind != .segmentNames { miss *= m }
        if miss == 1 { return 0 }
        var strength = 1 - miss
        if let keep = pair.details.first(where: { $0.kind == .segmentNames })?.weight { strength *= keep }
        return strength
    }

    /// The score shown for a linked pair: its link strength, raised a little
    /// when the names also read or write alike (a typo'd or homophone sign).
    static func score(_ pair: Pair) -> Double {
        let strength = linkStrength(pair)
        guard strength > 0, let m = pair.miss[.similarName] else { return strength }
        return 1 - (1 - strength) * m
    }
}
