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

extension AddressParser {
    /// A road or town named after a village, when its generic follows the
    /// village's 村 (ending at `end`) straight away: 某村路 and 某村街 are roads
    /// (路口 after it is the village's crossing, not a road), 某村街道 is a
    /// town. Returns the end and label of the whole name.
    func placeNamedAfterVillage(end: Int, runEnd: Int, _ s: [Unicode.Scalar]) -> (end: Int, label: AddressLabel)? {
        guard end < runEnd, let next = lexicon.suffix(at: end, in: s) else { return nil }
        if next.label == .town, next.length == 2, s[end] == "街" { return (end + 2, .town) }
        guard next.label == .road, next.length == 1, s[end] == "路" || s[end] == "街" else { return nil }
        if end + 1 < s.count, s[end + 1] == "口" { return nil }
        return (end + 1, .road)
    }
}
