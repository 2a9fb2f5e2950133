extension AddressParser {
    /// Whether the road word at `end` after a town's full name (某某镇,
    /// 某某街道 of two or more characters before the generic) begins the next
    /// name instead of naming a road after the town: in 某某街道道源路 or
    /// 某某镇路西村 more name text follows the road word, so 道 and 路 are the
    /// first characters of the road or village written next. A town's road
    /// (某某镇大道 12号) ends with its road word, and a direction or another
    /// road word after it (某某镇大道南路) goes on naming that road.
    func roadWordStartsNextName(at end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard let word = lexicon.suffix(at: end, in: s), word.label == .road else { return false }
        let after = end + word.length
        guard after < s.count, Self.isNameScalar(s[after]) else { return false }
        if Self.isChineseNumeral(s[after]), chineseNumberEnd(at: after, s) != nil { return false }
        if lexicon.suffix(at: after, in: s)?.label == .road { return false }
        if Self.isRoadQualifier(s[after]), after + 1 < s.count, lexicon.suffix(at: after + 1, in: s)?.label == .road {
            return false
        }
        return true
    }
}
