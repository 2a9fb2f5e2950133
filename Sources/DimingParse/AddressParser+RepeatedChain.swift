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
        guard let first = chain.first else { return }
        var earlier: [Int] = []
        var i = first - 1
        while i >= 0, earlier.count < chain.count {
            guard pieces[i].label == .redundant else { return }
            let range = pieces[i].range
            if !(range.count == 1 && Self.isSeparator(s[range.lowerBound])) { earlier.append(i) }
            i -= 1
        }
        guard earlier.count == chain.count else { return }
        earlier.reverse()
        for (a, b) in zip(earlier, chain) where !s[pieces[a].range].elementsEqual(s[pieces[b].range]) { return }
        for (a, b) in zip(earlier, chain) {
            pieces[a].label = pieces[b].label
            pieces[a].value = pieces[b].value
            pieces[b].label = .redundant
            pieces[b].value = nil
        }
    }
}
