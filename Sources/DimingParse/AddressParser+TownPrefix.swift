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

extension AddressParser {
    /// Where a county written straight before a town ends when the gazetteer
    /// cannot say (a misspelt county, 某某县 + 某某镇 after a city read as the
    /// county): a name of one or two characters and 县 or 市, then a town of
    /// two characters or more and its generic (镇, 乡, 街道). The county is a
    /// piece of its own, labelled district. 区 is left out: works areas and
    /// zones (某某工业区, 开发区) end in it as often as counties.
    func countyBeforeTown(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        let last = s[range.upperBound - 1]
        let generic = last == "道" ? 2 : 1
        guard last == "镇" || last == "乡" || (last == "道" && s[range.upperBound - 2] == "街") else { return nil }
        var cut = range.lowerBound + 2
        while cut <= range.lowerBound + 3 {
            if s[cut - 1] == "县" || s[cut - 1] == "市", range.upperBound - generic - cut >= 2,
                lexicon.suffix(at: cut, in: s) == nil
            {
                return cut
            }
            cut += 1
        }
        return nil
    }
}
