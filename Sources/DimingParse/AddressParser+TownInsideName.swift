extension AddressParser {
    /// Where a town written in full (某某镇, 某某街道, 某某乡) starts inside a
    /// run of name text read up to its generic, when other text is glued in
    /// front of it (某某物流 + 庄桥镇, 一里坛 + 云山街道, 下沙 + 白杨街道): the
    /// longest town name of the gazetteer ending at the generic, starting
    /// after the run's start and leaving two characters or more of head.
    /// Nil when the whole run is a town's name, or the head ends in a county's
    /// or city's generic (县, 区, 市: `divisionBeforeTown` and
    /// `countyBeforeTown` read those). The corpus labels the town alone in
    /// these lines; the head is a place, or meaningless material when it is
    /// a town's name of its own.
    func townStartInsideName(_ range: Range<Int>, generic: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard generic - range.lowerBound >= 4 else { return nil }
        var whole = false
        townIndex.matches(at: range.lowerBound, in: s) { length, entry in
            if length == range.count, !entry.full.isEmpty { whole = true }
        }
        if whole { return nil }
        var k = range.lowerBound + 2
        while k <= generic - 2 {
            if townIndex.mayMatch(at: k, in: s) {
                var found = false
                townIndex.matches(at: k, in: s) { length, entry in
                    if k + length == range.upperBound, !entry.full.isEmpty { found = true }
                }
                if found {
                    let head = s[k - 1]
                    if head == "县" || head == "区" || head == "市" { return nil }
                    return k
                }
            }
            k += 1
        }
        return nil
    }

    /// Whether the head cut from before a town (`townStartInsideName`) is a
    /// town's name or stem itself (下沙 + 白杨街道): written again, it is
    /// meaningless material.
    func headIsTownName(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var found = false
        townIndex.matches(at: range.lowerBound, in: s) { length, _ in
            if length == range.count { found = true }
        }
        return found
    }
}
