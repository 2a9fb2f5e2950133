extension AddressParser {
    /// Whether digits and a bare 号 (not 号楼, 号室 …) start at `pos`: a
    /// doorplate number, as after a numbered lane (1278弄298号) where the lane
    /// is labelled a road of its own; a building (1278弄12幢) keeps the lane as
    /// the doorplate.
    func doorplateFollows(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        var end = pos
        while end < s.count, Self.isDigit(s[end]) { end += 1 }
        guard end > pos, let unit = lexicon.unit(at: end, in: s) else { return false }
        return unit.isCharacter("号")
    }
}
