extension AddressParser {
    /// Whether a numbered village group (6组, 3小组) starts at `pos`: the name
    /// before it is then the village it belongs to (乔司镇 永西 6组).
    func villageGroupFollows(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        var end = pos
        while end < s.count, Self.isDigit(s[end]) { end += 1 }
        guard end > pos, let unit = lexicon.unit(at: end, in: s) else { return false }
        return unit.label == .road
    }
}
