extension AddressParser {
    /// The chain, its town, and the chain again from the city down
    /// (某某省某某市某某区某某街道某某市某某区 + the rest): the later writing
    /// stands, and the first city, county and town are the repetition, as
    /// such lines are mostly labelled (six in seven of them in the corpus).
    /// The province stands where the later writing leaves it out. A town
    /// written again right after the later chain is the town.
    ///
    /// Only a repetition of two names or more that takes in both the city and
    /// the county counts: a lone name again (某某街道某某市 + 某某村) is mostly
    /// labelled as the repetition, and stays so.
    func keepChainAfterTown(_ pieces: inout [Piece], _ s: [Unicode.Scalar], _ admin: Admin) {
        guard admin.sets.count >= 2, let lastChain = admin.pieces.last, lastChain < pieces.count,
            pieces[lastChain].label == .district
        else { return }
        // The town right after the chain, separators passed over.
        var i = lastChain + 1
        while i < pieces.count, isSeparatorPiece(pieces[i], s) { i += 1 }
        guard i < pieces.count, pieces[i].label == .town else { return }
        let town = i
        // The chain again: redundant pieces naming, in order, the chain's divisions.
        var matched: [(piece: Int, set: Int)] = []
        i += 1
        while i < pieces.count {
            if isSeparatorPiece(pieces[i], s) {
                i += 1
                continue
            }
            guard pieces[i].label == .redundant, let set = chainSet(naming: pieces[i].range, s, admin),
                set > (matched.last?.set ?? -1)
            else { break }
            matched.append((i, set))
            i += 1
        }
        let last = admin.sets.count - 1
        guard matched.count >= 2, matched.last!.set == last,
            matched.contains(where: { pieces[admin.pieces[$0.set]].label == .city })
        else { return }
        for (piece, set) in matched {
            let first = admin.pieces[set]
            pieces[piece].label = pieces[first].label
            pieces[piece].value = pieces[first].value
        }
        for set in matched[0].set...last {
            pieces[admin.pieces[set]].label = .redundant
            pieces[admin.pieces[set]].value = nil
        }
        pieces[town].label = .redundant
        // 某某街道 written again after the later chain: the town.
        var next = i
        while next < pieces.count, isSeparatorPiece(pieces[next], s) { next += 1 }
        if next < pieces.count, pieces[next].label == .redundant, s[pieces[next].range].elementsEqual(s[pieces[town].range]) {
            pieces[next].label = .town
        }
    }

    /// Whether `piece` is one separator character (-, _, /) the chain's
    /// reading set aside as meaningless.
    func isSeparatorPiece(_ piece: Piece, _ s: [Unicode.Scalar]) -> Bool {
        piece.label == .redundant && piece.range.count == 1 && Self.isSeparator(s[piece.range.lowerBound])
    }

    /// Which of the chain's names (by its place in `admin.sets`) the text in
    /// `range` names, written whole.
    private func chainSet(naming range: Range<Int>, _ s: [Unicode.Scalar], _ admin: Admin) -> Int? {
        for found in divisionNames(at: range.lowerBound, s) where found.length == range.count {
            for (k, set) in admin.sets.enumerated()
            where set.contains(where: { c in found.candidates.contains { $0.code == c.code } }) {
                return k
            }
        }
        return nil
    }
}
