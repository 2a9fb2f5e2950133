extension AddressParser {
    /// Whether an extending word (广场, 城, 中心) written after an estate or
    /// building word, with a name of its own between them, starts a second
    /// place inside the first rather than going on naming it: 某某大厦 + 某某广场,
    /// 某某广场 + 某某电器城 are a building and a mall in it. Right after the
    /// estate word the extending word still names the same place (国际 +
    /// 商务中心, 大厦 + 城): counted on the study corpus, a name of two or
    /// more characters before 广场 and of three or more before 中心 mark a
    /// place of its own about six to one. Before 城 any name of its own does
    /// (某某工业区 + 商贸城, 某某新城 + 银泰城, 某某工业园 + 尚城花园): the corpus
    /// labels more of those apart than together, dev +3 and train +7 correct
    /// spans over requiring three characters.
    /// `p` is where the extending word starts, `estateEnd` where the estate
    /// word before it ends.
    func extendStartsPart(at p: Int, length: Int, after estateEnd: Int, _ s: [Unicode.Scalar]) -> Bool {
        if let firm = branchOfFirm(at: p, length: length, after: estateEnd, s) { return !firm }
        let own = p - estateEnd
        if length == 1 { return own >= 1 && s[p] == "城" }
        guard own >= 2 else { return false }
        guard length == 2, p + 1 < s.count else { return false }
        if s[p] == "广" { return s[p + 1] == "场" }
        if s[p] == "中" { return own >= 3 && s[p + 1] == "心" }
        return false
    }
}

extension AddressParser {
    /// Where a named court (某某苑) of an estate starts, when a long run of
    /// name text with no estate word in it ends in 苑: 某某水岸 + 碧海苑 is an
    /// estate and one of its courts. A court's own name is two characters;
    /// an estate's name with 苑 is rarely longer than six characters in all
    /// (皇都花苑, 中泰都市花苑), so seven or more mean two names: counted on
    /// the study corpus about six to one. Only where 苑 ends the run of name
    /// text: inside a longer name (某某苑幼儿园) it is not a court.
    /// `p` is where 苑 stands.
    static func courtStart(at p: Int, length: Int, from start: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard length == 1, p - start >= 6, s[p] == "苑" else { return nil }
        return p - 2
    }
}

extension AddressParser {
    /// What a desk or gate word written on its own right after a place is
    /// (某某酒店 前台, 某某公寓 门卫, 某某城 北门), or nil for other short text,
    /// which goes on naming the place. The word is its own piece: a desk is
    /// labelled like a tenant (person), a gate or lodge as a part of the place.
    /// Numbered and directional sections (二区, 东区) are left to the place:
    /// after a short name they are mostly part of it (朝晖九区).
    func deskOrGate(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> AddressLabel? {
        if Self.isCompassHall(range, s) { return .subpoi }
        if Self.isCompassTower(range, s) { return .houseno }
        guard range.count == 2, s[range.upperBound - 1] != "区",
            let word = lexicon.suffix(at: range.lowerBound, in: s), word.length == 2,
            word.label == .person || word.label == .subpoi
        else { return nil }
        return word.label
    }
}
