extension AddressParser {
    /// 收 closing the line (张某收, 门卫收, 财务室收) marks who receives the
    /// parcel: the receiver keeps its label and the 收 itself is meaningless
    /// material (redundant), as addresses are labelled. Splits the last piece
    /// in place.
    func splitReceiverMark(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        let n = s.count
        guard n > 0, s[n - 1] == "收", let last = pieces.last, last.range.upperBound == n, last.label != .redundant else { return }
        if last.range.count == 1 {
            pieces[pieces.count - 1].label = .redundant
            pieces[pieces.count - 1].value = nil
            return
        }
        pieces[pieces.count - 1].range = last.range.lowerBound..<(n - 1)
        pieces[pieces.count - 1].value = nil
        pieces.append(Piece(label: .redundant, range: (n - 1)..<n, value: nil))
    }

    /// Whether a road's name follows at `pos` (和 or 跟 joining two roads: 文一路
    /// 和 学院路 交叉口): name text of two or more characters ending in a road
    /// word, with no other generic word before it.
    func roadFollows(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        let limit = min(s.count, pos + 8)
        var q = pos
        while q < limit, Self.isNameScalar(s[q]) {
            if q >= pos + 2, let suffix = lexicon.suffix(at: q, in: s) {
                return suffix.label == .road
            }
            q += 1
        }
        return false
    }
}

extension AddressParser {
    /// 号 as a doorplate unit, for a number whose longer unit word (号门) is
    /// really 号 and the start of another word (号 + 门卫).
    static let bareNumberUnit = ParsingLexicon.Entry(word: "号", label: .roadno, role: .unit)

    /// Latin letters right after a floor and run into name text (三楼 ONLY专柜,
    /// 5楼 KT猫童装) start the name of a tenant, a brand: the letters join the
    /// piece the name text makes. Returns the end, or nil when the letters at
    /// `start..<end` are not such a name.
    func tenantAfterFloor(
        start: Int, end: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State
    ) -> Int? {
        guard end < s.count, state.last == .floorno, let last = pieces.last, last.label == .floorno,
            Self.isLatin(s[start]), Self.isNameScalar(s[end]), lexicon.unit(at: end, in: s) == nil,
            lexicon.suffix(at: end, in: s)?.label != .subpoi
        else { return nil }
        for i in start..<end where !Self.isLatin(s[i]) { return nil }
        let count = pieces.count
        let nameEnd = name(at: end, s, &pieces, &state)
        if pieces.count > count, pieces[count].range.lowerBound == end {
            pieces[count].range = start..<pieces[count].range.upperBound
        }
        return nameEnd
    }
}

extension AddressParser {
    /// Digits, one Latin letter and three or more digits (13B3761, 5C1206室)
    /// written after an estate or doorplate, before any building number: the
    /// building (13B) and the room (3761), as such numbers are mostly labelled.
    /// Returns the end, or nil when `start..<end` is not such a number.
    func buildingLetterRoom(
        start: Int, end: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State
    ) -> Int? {
        guard !state.afterBuilding, Self.isDigit(s[start]) else { return nil }
        var letter = start
        while letter < end, Self.isDigit(s[letter]) { letter += 1 }
        guard letter < end, Self.isLatin(s[letter]), end - (letter + 1) >= 3 else { return nil }
        for i in (letter + 1)..<end where !Self.isDigit(s[i]) { return nil }
        var roomEnd = end
        if end < s.count, let unit = lexicon.unit(at: end, in: s) {
            guard unit.label == .roomno || (unit.label == .roadno && unit.length == 1 && s[end] == "号") else { return nil }
            roomEnd = end + unit.length
        }
        pieces.append(Piece(label: .houseno, range: start..<(letter + 1), value: nil))
        pieces.append(Piece(label: .roomno, range: (letter + 1)..<roomEnd, value: nil))
        state.sawHouse = true
        state.afterBuilding = true
        return roomEnd
    }
}

extension AddressParser {
    static func isNumberLabel(_ label: AddressLabel) -> Bool {
        switch label {
        case .roadno, .subroadno, .houseno, .cellno, .floorno, .roomno: return true
        default: return false
        }
    }

    /// 第 and digits with a building, unit, floor, room or doorplate word
    /// (第12层, 第3201号): the end of the digits, or nil. 第 then belongs to the
    /// number, not to the name before it (购物中心 第12层); 第一医院 and other
    /// names in Chinese numerals are left alone.
    func ordinalNumberEnd(at pos: Int, _ s: [Unicode.Scalar]) -> Int? {
        var end = pos + 1
        while end < s.count, Self.isDigit(s[end]) { end += 1 }
        guard end > pos + 1, end < s.count, let unit = lexicon.unit(at: end, in: s) else { return nil }
        return Self.isNumberLabel(unit.label) ? end : nil
    }
}

extension AddressParser {
    /// Whether 中国 after the administrative chain starts a name (中国农业银行,
    /// 中国移动营业厅): name text follows that is no division name. At the start
    /// of a line 中国 is the country (see `adminPrefix`).
    func countryStartsName(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        pos < s.count && Self.isNameScalar(s[pos]) && lexicon.word(at: pos, in: s) == nil && divisionNames(at: pos, s).isEmpty
    }

    /// Whether 号 and 大街, 大道 or 路 follow the digits (5号大街, 3号大道,
    /// 10号路): a numbered street, not a doorplate. `unit` is the unit word at `pos`.
    func numberedStreet(at pos: Int, _ unit: ParsingLexicon.Entry, _ s: [Unicode.Scalar]) -> Bool {
        guard unit.length == 1, s[pos] == "号", pos + 1 < s.count else { return false }
        // 10号路 in a works zone is a numbered road; 8号路口 is as often a
        // doorplate and the crossing by it, and stays so.
        if s[pos + 1] == "路" { return pos + 2 < s.count && s[pos + 2] != "口" }
        // Only 大街 and 大道 are looked up: a trie walk after every 号 cost more than the rare other forms gain.
        guard pos + 2 < s.count, s[pos + 1] == "大",
            let road = lexicon.suffix(at: pos + 1, in: s)
        else { return false }
        return road.label == .road && road.length >= 2 && lexicon.word(at: pos + 1, in: s) == nil
    }
}

extension AddressParser {
    /// Two numbers joined by a dash that name a run of rooms (1205-1208,
    /// A123-124): the first of three or more digits (after an optional
    /// letter), the second a little larger. Such pairs after an estate are
    /// labelled one room number, where other pairs are building and room.
    static func isRoomRange(_ a: Range<Int>, _ b: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        func value(_ r: Range<Int>) -> (digits: Int, value: Int)? {
            var i = r.lowerBound
            if i < r.upperBound, isLatin(s[i]) { i += 1 }
            guard i < r.upperBound, r.upperBound - i <= 9 else { return nil }
            var v = 0
            for k in i..<r.upperBound {
                guard isDigit(s[k]) else { return nil }
                v = v * 10 + Int(s[k].value - 0x30)
            }
            return (r.upperBound - i, v)
        }
        guard let x = value(a), let y = value(b), x.digits >= 3 else { return false }
        return y.value > x.value && y.value - x.value <= 20
    }
}
