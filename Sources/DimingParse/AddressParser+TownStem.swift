extension AddressParser {
    /// Where a town's bare name ends when a line starts with it and no
    /// division says whose town it is (濮院 + 羊毛衫市场, 四季青 + 面料市场):
    /// the town is read when a place with a name of its own (three characters
    /// or more before its generic word) follows. Shorter names after it (武林
    /// 广场, 山口新村, 青口北区) are mostly one place named after the town,
    /// and stay whole.
    func leadingTownStemEnd(at pos: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard townIndex.mayMatch(at: pos, in: s), divisionNames(at: pos, s).isEmpty else { return nil }
        var stemEnd: Int?
        townIndex.matches(at: pos, in: s) { length, entry in
            if length >= 2, !entry.stem.isEmpty { stemEnd = pos + length }
        }
        guard let end = stemEnd, end < s.count, Self.isNameScalar(s[end]) else { return nil }
        // 长江路 (of 长江路街道), 经济开发区: the stem is itself a road's or
        // place's name with its generic word.
        for k in pos..<end where lexicon.suffix(at: k, in: s).map({ k + $0.length == end }) == true { return nil }
        // A generic or any other word right after it: the town written in
        // full, a road, or a place named after the town.
        if lexicon.suffix(at: end, in: s) != nil || lexicon.word(at: end, in: s) != nil || lexicon.unit(at: end, in: s) != nil {
            return nil
        }
        var p = end + 1
        while p < s.count, Self.isNameScalar(s[p]) {
            if let word = lexicon.suffix(at: p, in: s) {
                guard word.label == .poi || word.label == .subpoi || word.label == .devzone else { return nil }
                // One-character generics (里, 苑, 城) end as many estates named
                // after a town elsewhere (竹海 + 水韵春风里) as places in it.
                guard word.length >= 2 else { return nil }
                return p - end >= 3 ? end : nil
            }
            p += 1
        }
        return nil
    }
}
