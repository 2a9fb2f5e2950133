extension AddressParser {
    /// A chain written twice with nothing after it (浙江省杭州市余杭区浙江省杭州市余杭区):
    /// the first writing stands and the second is the repetition, as such lines
    /// are mostly labelled; when more follows, the later writing leads into the
    /// address and stands (see `adminPrefix`). Only identical writings are
    /// swapped.
    func keepFirstOfTwinChains(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var chain: [Int] = []
        for i in pieces.indices where pieces[i].label == .prov || pieces[i].label == .city || pieces[i].label == .district {
            chain.append(i)
        }
        guard let first = chain.first, let earlier = earlierWritings(count: chain.count, before: first, pieces, s) else { return }
        for (a, b) in zip(earlier, chain) where !s[pieces[a].range].elementsEqual(s[pieces[b].range]) { return }
        for (a, b) in zip(earlier, chain) {
            pieces[a].label = pieces[b].label
            pieces[a].value = pieces[b].value
            pieces[b].label = .redundant
            pieces[b].value = nil
        }
    }
}

extension AddressParser {
    /// A full chain followed by the same chain written again without its city
    /// (浙江省台州市仙居县浙江省仙居县下各镇): the full writing stands and the
    /// shorter one is the repetition, as such lines are mostly labelled. The
    /// city's value comes from the resolved chain, as the later writing, which
    /// the resolver read, did not name it.
    func keepFullerFirstChain(_ pieces: inout [Piece], _ s: [Unicode.Scalar], divisionNames: [String]?) {
        guard let prov = pieces.firstIndex(where: { $0.label == .prov }), prov + 1 < pieces.count,
            pieces[prov + 1].label == .district,
            !pieces.contains(where: { $0.label == .city })
        else { return }
        let district = prov + 1
        guard let earlier = earlierWritings(count: 3, before: prov, pieces, s),
            s[pieces[earlier[0]].range].elementsEqual(s[pieces[prov].range]),
            s[pieces[earlier[2]].range].elementsEqual(s[pieces[district].range])
        else { return }
        pieces[earlier[0]].label = .prov
        pieces[earlier[0]].value = pieces[prov].value
        pieces[earlier[1]].label = .city
        pieces[earlier[1]].value = divisionNames.flatMap { $0.count == 3 ? $0[1] : nil }
        pieces[earlier[2]].label = .district
        pieces[earlier[2]].value = pieces[district].value
        for j in [prov, district] {
            pieces[j].label = .redundant
            pieces[j].value = nil
        }
    }
}

extension AddressParser {
    /// The `count` redundant pieces right before piece `first`, in order,
    /// separators between them passed over: an earlier writing of the chain
    /// that starts at `first`. Nil when anything else stands there.
    func earlierWritings(count: Int, before first: Int, _ pieces: [Piece], _ s: [Unicode.Scalar]) -> [Int]? {
        var earlier: [Int] = []
        var i = first - 1
        while i >= 0, earlier.count < count {
            guard pieces[i].label == .redundant else { return nil }
            let range = pieces[i].range
            if !(range.count == 1 && Self.isSeparator(s[range.lowerBound])) { earlier.append(i) }
            i -= 1
        }
        guard earlier.count == count else { return nil }
        return earlier.reversed()
    }
}
