extension AddressParser {
    /// Where a county's or city's name written in front of one of its towns
    /// ends, when a name read as a town starts with it (枝江市白洋镇, 慈溪观海卫镇
    /// after 宁波): the division is a piece of its own, so the town is read as
    /// the gazetteer names it. Only a town the gazetteer places in that division
    /// counts, so a town whose own name starts like a county's stays whole.
    /// The label is redundant when the chain already names the division.
    func divisionBeforeTown(_ range: Range<Int>, _ s: [Unicode.Scalar], _ pieces: [Piece]) -> (end: Int, label: AddressLabel)? {
        for found in divisionNames(at: range.lowerBound, s) {
            let cut = range.lowerBound + found.length
            guard range.upperBound - cut >= 3 else { continue }
            let divisions = Self.keeping(found.candidates) { Self.rank($0.level) == 1 || Self.rank($0.level) == 2 }
            guard !divisions.isEmpty, startsTown(of: divisions, at: cut, s, length: range.upperBound - cut) else { continue }
            let rank = Self.minimumRank(divisions)!
            let named = pieces.contains { piece in
                guard piece.label == .city || piece.label == .district else { return false }
                // The same name, bare or in full (慈溪 after 慈溪市).
                let written = s[piece.range]
                return written.starts(with: s[range.lowerBound..<cut]) || s[range.lowerBound..<cut].starts(with: written)
            }
            if named { return (cut, .redundant) }
            if rank == 2, pieces.contains(where: { $0.label == .district }) { return nil }
            return (cut, rank == 1 ? .city : .district)
        }
        return nil
    }
}
