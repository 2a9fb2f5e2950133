extension AddressParser {
    /// Whether a village (某某村) read after a village or community already
    /// written (某某社区 + 某某村, 某某村 + 某某村) is a place in it, not a
    /// second village: a hamlet or estate keeps a village's name after the
    /// administrative village is given. Only the bare 村 counts; 自然村 and
    /// 行政村 say outright which level they are.
    func villageInsideVillage(_ suffix: ParsingLexicon.Entry, _ pieces: [Piece]) -> Bool {
        guard suffix.isCharacter("村"), let last = pieces.last else { return false }
        return last.label == .community
    }
}

extension AddressParser {
    /// The town index key of the county an ambiguous county name stands for,
    /// when a town of exactly one of its candidates is written right after it
    /// (江北区 + 洪塘 is 宁波's 江北区, whose 洪塘街道 it names): the town is
    /// then read as with a resolved chain. Nil when none or several fit.
    func townKeyOfAmbiguousCounty(_ candidates: [DivisionResolver.Candidate], at start: Int, _ s: [Unicode.Scalar]) -> Int32? {
        var pos = start
        while pos < s.count, Self.isSpace(s[pos]) || Self.isSeparator(s[pos]) { pos += 1 }
        guard pos < s.count, townIndex.mayMatch(at: pos, in: s) else { return nil }
        var found: Int32?
        for c in candidates where c.index >= 0 && Self.rank(c.level) == 2 {
            guard let key = townKeyByIndex[Int(c.index)], townEnd(at: pos, s, key, city: nil) != nil else { continue }
            if found != nil, found != key { return nil }
            found = key
        }
        return found
    }
}

extension AddressParser {
    /// A 新村 written right after the town and followed by a doorplate (某镇
    /// 东山新村 18号) is the village rebuilt under that name, whose houses are
    /// numbered like a road's, not an estate of numbered buildings (东山新村
    /// 5幢 stays the estate).
    func markNewVillageByDoorplate(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        guard pieces.count >= 3 else { return }
        for i in 1..<(pieces.count - 1) where pieces[i].label == .poi {
            let range = pieces[i].range
            guard range.count >= 4, s[range.upperBound - 1] == "村", s[range.upperBound - 2] == "新",
                pieces[i - 1].label == .town, pieces[i + 1].label == .roadno
            else { continue }
            pieces[i].label = .community
        }
    }
}
