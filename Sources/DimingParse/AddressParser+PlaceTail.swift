extension AddressParser {
    /// Whether a scrap of name text with no generic word of its own, written
    /// right after a place, goes on naming that place (one character:
    /// 某某科技园 金, 某某小区 大) or is a piece of its own after it. Two
    /// characters after an estate or building word are mostly a part or a
    /// tenant of the place (某某花园 丹桂, 某某医院 急诊, 某某市场 三厅, 某某集团
    /// 乐町): counted on the study corpus about two to one. After 城 they
    /// are as often the rest of the name (某某城 印象, 阳光城 普升), which
    /// stays one place.
    /// `tail` is the scrap, `place` the place's range right before it.
    static func shortTailJoinsPlace(_ tail: Range<Int>, _ place: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        tail.count < 2 || place.isEmpty || s[place.upperBound - 1] == "城"
    }
}

extension AddressParser {
    /// Whether a place named after the piece `last` is a tenant (person)
    /// rather than a part of the estate (subpoi): after a part (小区 东区 超市)
    /// and after a tenant too (某某城 三期 27号门 某某店), where a second
    /// name goes on locating the first tenant, as addresses are labelled.
    static func followsPartOrTenant(_ last: AddressLabel?) -> Bool {
        last == .subpoi || last == .person
    }
}

extension AddressParser {
    /// Whether a place named right after a town or village (某某城 某某街道
    /// 某某花园, 某某工业区 某某村 超市) is a place of its own (poi) even where
    /// one was named before: the address starts locating afresh. `last` is the last structural piece as the
    /// parse loop saw it; the pieces decide, skipping locating words and
    /// meaningless material written since.
    static func startsNewPlace(_ last: AddressLabel?, _ pieces: [Piece]) -> Bool {
        guard last == .town || last == .community else { return false }
        for piece in pieces.reversed() where piece.label != .assist && piece.label != .redundant {
            return piece.label == .town || piece.label == .community
        }
        return false
    }
}

extension AddressParser {
    /// Whether 大学 inside a run of name text starts the word 大学生 (a
    /// college student: 某某大学生创业园, 某某大学生工作室) rather than ending a
    /// university's name; 大学 生活区 is a university and its living quarters.
    /// `p` is where the generic word starts, `runEnd` where the run ends.
    static func universityStartsWord(at p: Int, length: Int, runEnd: Int, _ s: [Unicode.Scalar]) -> Bool {
        let end = p + length
        guard length == 2, end < runEnd, s[end] == "生", s[p] == "大", s[p + 1] == "学" else { return false }
        return end + 1 >= runEnd || s[end + 1] != "活"
    }
}
