import DimingText

extension AddressParser {
    /// Whether Chinese numerals and a bare 号 at `pos`, right after a road or
    /// a lane with no doorplate yet (某某路 五号 某某商店, 某某巷 二号), are
    /// the road's doorplate, as 5号 would be, not the start of the name that
    /// follows. Not before a generic word that makes the number part of a name
    /// (某某街 十号路口, 三号路, 八号桥, 十号加油站).
    func chineseDoorplateFollows(at pos: Int, _ s: [Unicode.Scalar], _ state: State) -> Bool {
        guard state.last == .road || state.last == .subroad, !state.sawRoadNumber else { return false }
        var end = pos
        while end < s.count, Self.isChineseNumeral(s[end]) { end += 1 }
        guard end < s.count, s[end] == "号", let unit = lexicon.unit(at: end, in: s), unit.length == 1 else { return false }
        let next = end + 1
        if next < s.count, s[next] == "桥" || lexicon.suffix(at: next, in: s) != nil || lexicon.unit(at: next, in: s) != nil { return false }
        return true
    }
}

extension AddressParser {
    /// Whether a digit or a Chinese numeral stands at `pos`.
    static func subNumberFollows(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        pos < s.count && (isDigit(s[pos]) || isChineseNumeral(s[pos]))
    }

    /// A doorplate with a sub-number written after 号 and a dash on a road
    /// (某某路 9号-7) is labelled as two pieces, the doorplate 9号 and a
    /// building 7 behind it, as 9-7号 is (see `dashPairSplits`). Returns the
    /// end of what was emitted, or nil for the other styles (118号之一 stays
    /// one doorplate).
    func splitSubNumber(
        _ sub: SubNumber, _ start: Int, _ end: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State
    ) -> Int? {
        guard sub.style == .dashAfterHao else { return nil }
        var hao = start
        while hao < sub.range.upperBound, Self.isDigit(s[hao]) { hao += 1 }
        let mark = hao + 1
        guard hao > start, mark + 1 < sub.range.upperBound, s[hao] == "号", s[mark] == "-" else { return nil }
        return emitDoorplateAndBuilding(start, dash: mark, end, &pieces, &state)
    }
}

extension AddressParser {
    /// The first scalars of the words of a stall (see `stallWordEnd`).
    static func startsStallWord(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "档", "铺", "商", "间", "门": return true
        default: return false
        }
    }

    static let stallWords: [[Unicode.Scalar]] = ["档", "铺", "商位", "间", "门面"].map { Array($0.unicodeScalars) }

    /// The end of a word naming a stall or shop front right after its number
    /// inside a place (某某市场 355档, 某某商城 1131铺, 20427商位, 41间,
    /// 952门面): the word is part of the room number, as stalls are written.
    /// The number has two digits or more (and may start with a letter). The
    /// longer words 档口, 铺位, written after the number, stay apart.
    func stallWordEnd(_ start: Int, _ end: Int, _ s: [Unicode.Scalar], _ state: State) -> Int? {
        guard state.sawPOI, end - start >= 2 else { return nil }
        var digits = 0
        for i in start..<end where Self.isDigit(s[i]) { digits += 1 }
        guard digits >= 2 else { return nil }
        for word in Self.stallWords where end + word.count <= s.count {
            var match = true
            for (k, w) in word.enumerated() where s[end + k] != w {
                match = false
                break
            }
            guard match else { continue }
            let wordEnd = end + word.count
            if word.count == 1, wordEnd < s.count, s[wordEnd] == "口" || s[wordEnd] == "位" { return nil }
            return wordEnd
        }
        return nil
    }
}

extension AddressParser {
    /// A doorplate, the dash after it and a building number (82-11号 and
    /// 9号-7 after a road): the corpus and the registry read the second
    /// number as the building, so both shapes emit the same three pieces.
    func emitDoorplateAndBuilding(
        _ start: Int, dash: Int, _ end: Int, _ pieces: inout [Piece], _ state: inout State
    ) -> Int {
        pieces.append(Piece(label: .roadno, range: start..<dash, value: nil))
        pieces.append(Piece(label: .redundant, range: dash..<(dash + 1), value: nil))
        pieces.append(Piece(label: .houseno, range: (dash + 1)..<end, value: nil))
        state.sawHouse = true
        state.afterBuilding = true
        return end
    }
}
