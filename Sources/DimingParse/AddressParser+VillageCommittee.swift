extension AddressParser {
    /// Whether the estate word `word` found at `p` is a village committee (村委,
    /// 村委会, or its office 村部) written after the village's own name (某某村委会 for 某某村): the
    /// address then names the village by its committee, and the piece is the
    /// village. The bare committee after a village written in full (某某村
    /// 村委会) stays a place, and so does 村民委员会, as often a building as
    /// the village.
    func namesVillageByCommittee(_ word: ParsingLexicon.Entry, at p: Int, from start: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard word.label == .poi, word.first == "村", word.length >= 2, word.length <= 3, p - start >= 2,
            p + 1 < s.count, s[p + 1] == "委" || s[p + 1] == "部"
        else { return false }
        // 某某村 村委会: the village is written in full before it.
        return s[p - 1] != "村"
    }
}
