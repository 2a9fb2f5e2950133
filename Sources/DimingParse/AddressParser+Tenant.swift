extension AddressParser {
    /// Post-passes on the pieces after the address proper: a tenant's name
    /// split by a generic word inside it, and a village's name written again
    /// without its generic word. One pass; labels are tested first, and no
    /// piece is copied (a copy retains its value string).
    @inline(never)
    func markTenantAndRepeatedStem(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        splitDeskWords(&pieces, s)
        var i = 1
        while i + 1 < pieces.count {
            switch pieces[i].label {
            case .person:
                if joinsTenantName(at: i, pieces, s) {
                    pieces[i].range = pieces[i].range.lowerBound..<pieces[i + 1].range.upperBound
                    pieces[i].value = nil
                    pieces.remove(at: i + 1)
                    continue
                }
                if followsVillage(i, pieces), isRepeatedVillageStem(at: i, pieces, s) { markRedundant(&pieces[i]) }
            case .poi, .subpoi, .community:
                if followsVillage(i, pieces), isRepeatedVillageStem(at: i, pieces, s) { markRedundant(&pieces[i]) }
            default: break
            }
            i += 1
        }
    }

    @inline(__always)
    private func followsVillage(_ i: Int, _ pieces: [Piece]) -> Bool {
        pieces[i - 1].label == .community || pieces[i - 1].label == .road
    }

    private func markRedundant(_ piece: inout Piece) {
        piece.label = .redundant
        piece.value = nil
    }

    /// Whether every scalar of `range` is name text (Han), no digit or letter.
    private static func isNameText(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        for p in range where !isNameScalar(s[p]) { return false }
        return true
    }

    /// A tenant's name after a floor, room or building number is one piece,
    /// even where a generic word inside it cut the name in two: 5楼 某某园林
    /// 工程公司, 12楼 某某银行股份有限公司 某某支行, 3楼 某某科 门诊, 8楼 某某旗舰店
    /// 售后组 (组 read as a village group). Whether the person piece at `i`
    /// and the next are such halves. Sections and gates (B区, 二号门) and
    /// pieces with numbers in them stay apart.
    private func joinsTenantName(at i: Int, _ pieces: [Piece], _ s: [Unicode.Scalar]) -> Bool {
        switch pieces[i - 1].label {
        case .floorno, .roomno, .houseno: break
        default: return false
        }
        let a = pieces[i].range
        let b = pieces[i + 1].range
        guard a.upperBound == b.lowerBound else { return false }
        switch pieces[i + 1].label {
        case .person: break
        case .road:
            // A road only where nothing that numbers it follows: 售后组 at the end.
            guard i + 2 == pieces.count || pieces[i + 2].label == .redundant || pieces[i + 2].label == .assist else { return false }
        default: return false
        }
        let last = s[a.upperBound - 1]
        return last != "区" && last != "门" && Self.isNameText(a, s) && Self.isNameText(b, s) && continuesTenantName(b, s)
    }

    /// Whether the piece at `range` goes on naming the tenant before it: a
    /// generic word ends it (某某园 + 林工程公司, 某某银行 + 某某支行, 某某店 +
    /// 售后组), or it is a fragment of one or two characters (某某科门 + 诊).
    /// Not a desk or counter word (某某商场 + 某某专柜, 酒店 + 前台): that is a
    /// piece of its own; nor a bare name (某某宾馆 + 某某某某), another tenant.
    private func continuesTenantName(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        for p in range {
            if let suffix = lexicon.suffix(at: p, in: s), p + suffix.length == range.upperBound { return suffix.label != .person }
        }
        return range.count <= 2
    }

    /// Whether `range` is a generic word of a village or village group (村,
    /// 组, 社区, 行政村, 自然村).
    private static func isVillageGeneric(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let first = range.lowerBound
        switch range.count {
        case 1: return s[first] == "村" || s[first] == "组"
        case 2: return s[first] == "社" && s[first + 1] == "区"
        case 3: return s[first + 2] == "村" && ((s[first] == "行" && s[first + 1] == "政") || (s[first] == "自" && s[first + 1] == "然"))
        default: return false
        }
    }

    /// A village's or village group's name written again without its generic
    /// word, right before a number (某某村某某12号, 某某组某某8号): the repeated
    /// name is meaningless material (redundant), as addresses are labelled.
    /// Whether the piece at `i` is such a name.
    private func isRepeatedVillageStem(at i: Int, _ pieces: [Piece], _ s: [Unicode.Scalar]) -> Bool {
        let village = pieces[i - 1].range
        let stem = pieces[i].range
        let count = stem.count
        guard count >= 2, village.count > count, village.upperBound == stem.lowerBound else { return false }
        let next = pieces[i + 1].range
        guard next.lowerBound == stem.upperBound, Self.isDigit(s[next.lowerBound]) else { return false }
        for k in 0..<count where s[village.lowerBound + k] != s[stem.lowerBound + k] { return false }
        return Self.isVillageGeneric((village.lowerBound + count)..<village.upperBound, s)
    }
}

extension AddressParser {
    /// Whether the locating word at `pos` starts a village's name (楼下村,
    /// 桥头村: 村 right after it, not 村口): the word is then name text.
    static func villageNamedAfter(_ word: ParsingLexicon.Entry, at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        let end = pos + word.length
        return end < s.count && s[end] == "村" && (end + 1 >= s.count || s[end + 1] != "口")
    }
}

extension AddressParser {
    /// 城区 (the built-up area) right after the county (某某县城区 + a town,
    /// road or estate: 某某县城区 东风路 8号): it names no place of its own, and
    /// addresses label it meaningless material (redundant). Not where a
    /// generic word follows at once, 城区 then being the name of what it
    /// ends (城区街道, 城区中学, 城区派出所); a development zone after it
    /// (城区 经济开发区) is one of its own.
    func urbanAreaAfterCounty(at pos: Int, _ s: [Unicode.Scalar], _ pieces: [Piece]) -> Bool {
        guard pos + 2 < s.count, s[pos + 1] == "区", let last = pieces.last, last.label == .district,
            last.range.upperBound == pos, Self.isNameScalar(s[pos + 2])
        else { return false }
        if let suffix = lexicon.suffix(at: pos + 2, in: s), suffix.label != .devzone { return false }
        return true
    }
}

extension AddressParser {
    /// 村口 after name text with no generic word of its own: 某某村口 is the
    /// village 某某村 and its 口 (the entrance), not the place 某某 and 村口.
    /// Emits the village and the locating character; returns the end, or nil.
    /// (院内 after such text is labelled both ways, 某某院 内 and 某某 院内: left alone.)
    func genericBeforeLocatingWord(
        start: Int, at p: Int, _ length: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State
    ) -> Int? {
        guard length == 2, p - start >= 2 else { return nil }
        guard s[p] == "村", s[p + 1] == "口" else { return nil }
        emit(.community, start..<(p + 1), &pieces, &state)
        pieces.append(Piece(label: .assist, range: (p + 1)..<(p + 2), value: nil))
        return p + 2
    }
}

extension AddressParser {
    /// A desk of a place (前台, 总台, 大堂, 财务部, 财务处, 财务科; after a firm's
    /// name also 销售部, 经营部) read together with
    /// the place's name as one tenant (某某湾前台, 超市前台, 行政部财务科): the
    /// place is a piece of its own (the estate where none was named yet, else
    /// a part of it) and the desk the tenant, as addresses are labelled. At
    /// least two characters before the desk word (龚大堂 is a name). Splits in
    /// place; labels are tested first.
    func splitDeskWords(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var sawPlace = false
        var i = 0
        while i < pieces.count {
            let label = pieces[i].label
            if label == .person {
                let r = pieces[i].range
                let desk = Self.deskWordLength(endingAt: r.upperBound, s)
                // Not where a place's name goes on after it (某某大堂苑).
                let nameFollows = i + 1 < pieces.count && (pieces[i + 1].label == .poi || pieces[i + 1].label == .subpoi)
                if desk > 0, r.count - desk >= 2, !nameFollows {
                    let cut = r.upperBound - desk
                    pieces[i] = Piece(label: sawPlace ? .subpoi : .poi, range: r.lowerBound..<cut, value: nil)
                    pieces.insert(Piece(label: .person, range: cut..<r.upperBound, value: nil), at: i + 1)
                    sawPlace = true
                    i += 2
                    continue
                }
            } else if label == .poi || label == .subpoi || label == .devzone {
                if label == .subpoi, i >= 2, isShopAfterStall(at: i, pieces, s) { pieces[i].label = .person }
                sawPlace = true
                let r = pieces[i].range
                if label != .devzone, r.count >= 5, Self.isSalesDepartment(endingAt: r.upperBound, s) {
                    // 某某汽车销售部, 某某食品经营部: the firm, then its sales desk.
                    let cut = r.upperBound - 3
                    pieces[i].range = r.lowerBound..<cut
                    pieces[i].value = nil
                    pieces.insert(Piece(label: .person, range: cut..<r.upperBound, value: nil), at: i + 1)
                    i += 2
                    continue
                }
            }
            i += 1
        }
    }

    /// Whether 销售部 or 经营部 (a firm's sales desk) ends at `end`.
    static func isSalesDepartment(endingAt end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end >= 3, end <= s.count, s[end - 1] == "部" else { return false }
        let a = s[end - 3]
        let b = s[end - 2]
        return (a == "销" && b == "售") || (a == "经" && b == "营")
    }

    /// The length of the desk word (前台, 总台, 大堂, 财务部, 财务处, 财务科) that
    /// ends at `end`, or 0.
    static func deskWordLength(endingAt end: Int, _ s: [Unicode.Scalar]) -> Int {
        guard end >= 2, end <= s.count else { return 0 }
        let a = s[end - 2]
        let b = s[end - 1]
        switch b {
        case "台": return a == "前" || a == "总" ? 2 : 0
        case "堂": return a == "大" ? 2 : 0
        case "部", "处", "科":
            return end >= 3 && s[end - 3] == "财" && a == "务" ? 3 : 0
        default: return 0
        }
    }
}

extension AddressParser {
    /// A shop's name right after a stall number written straight after the
    /// market or mall (某某商城 2153 某某服饰, 某某市场 1680 某某针织): the shop
    /// is the tenant of that stall (person), not a part of the estate. Not a
    /// section or gate (区, 期, 门) and only name text of two characters or more.
    private func isShopAfterStall(at i: Int, _ pieces: [Piece], _ s: [Unicode.Scalar]) -> Bool {
        let stall = pieces[i - 1]
        guard stall.label == .roomno else { return false }
        let place = pieces[i - 2]
        guard place.label == .poi || place.label == .subpoi else { return false }
        let r = pieces[i].range
        guard r.count >= 2, place.range.upperBound == stall.range.lowerBound, stall.range.upperBound == r.lowerBound else { return false }
        let last = s[r.upperBound - 1]
        guard last != "区", last != "期", last != "门" else { return false }
        for p in r where !Self.isNameScalar(s[p]) { return false }
        return true
    }
}
