extension AddressParser {
    /// Where a town's bare name ends when a line starts with it and no
    /// division says whose town it is (濮院 + 羊毛衫市场, 四季青 + 面料市场):
    /// the town is read when a place with a name of its own (three characters
    /// or more before its generic word, or two before a generic of three or
    /// more, as 工业区) follows. Shorter names after it (武林
    /// 广场, 山口新村, 青口北区) are mostly one place named after the town,
    /// and stay whole.
    func leadingTownStemEnd(at pos: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard let end = bareTownStemEnd(at: pos, s), end < s.count, Self.isNameScalar(s[end]) else { return nil }
        // 长江路 (of 长江路街道), 经济开发区: the stem is itself a road's or
        // place's name with its generic word.
        for k in pos..<end where lexicon.suffix(at: k, in: s).map({ k + $0.length == end }) == true { return nil }
        var p = end + 1
        while p < s.count, Self.isNameScalar(s[p]) {
            if let word = lexicon.suffix(at: p, in: s) {
                // 某镇 + 东山村, 某镇 + 南山社区: a village or community of the
                // town, when its own name has two characters or more.
                if word.label == .community { return p - end >= 2 ? end : nil }
                guard word.label == .poi || word.label == .subpoi || word.label == .devzone else { return nil }
                // One-character generics (里, 苑, 城) end as many estates named
                // after a town elsewhere (竹海 + 水韵春风里) as places in it.
                guard word.length >= 2 else { return nil }
                // A two-character name before a long estate or works generic
                // (某镇 + 东山工业区, 某镇 + 新港工业园区) is a place of its own in
                // the town; before a short one (山口新村, 青口北区) it is as often
                // one name, and before a zone's generic (经济 + 技术开发区) it is
                // the generic's own first word.
                let nameLength = p - end
                return nameLength >= 3 || (nameLength == 2 && word.length >= 3 && word.label != .devzone) ? end : nil
            }
            p += 1
        }
        return nil
    }
}

extension AddressParser {
    /// Whether a weak generic (店, 汇, 港) found at `pos` sits inside a longer
    /// name rather than ending one (某镇 + 金店工业区, 某镇 + 上汇工业区): name
    /// text goes on right after it.
    func weakInsideName(_ word: ParsingLexicon.Entry, at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard word.role == .weak else { return false }
        let after = pos + word.length
        return after < s.count && Self.isNameScalar(s[after])
    }
}

extension AddressParser {
    /// Where the longest bare town name (a stem: 下沙 of 下沙街道) starting
    /// at `pos` ends, of two characters or more and shorter than `limit`;
    /// nil where a division's name starts there, or where a generic or any
    /// other word follows the stem: the town written in full, a road, or a
    /// place named after the town.
    func bareTownStemEnd(at pos: Int, shorterThan limit: Int = .max, _ s: [Unicode.Scalar]) -> Int? {
        guard townIndex.mayMatch(at: pos, in: s), divisionNames(at: pos, s).isEmpty else { return nil }
        var stemEnd: Int?
        townIndex.matches(at: pos, in: s) { length, entry in
            if length >= 2, !entry.stem.isEmpty, length < limit { stemEnd = pos + length }
        }
        guard let end = stemEnd else { return nil }
        if end < s.count,
            lexicon.suffix(at: end, in: s) != nil || lexicon.word(at: end, in: s) != nil || lexicon.unit(at: end, in: s) != nil
        {
            return nil
        }
        return end
    }
}
