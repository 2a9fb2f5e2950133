extension AddressParser {
    /// Two doorplates of three or more digits each and of the same length,
    /// the second larger (151-195号), are the stretch of a road a building
    /// fronts, one doorplate as written, however far apart: a building number
    /// behind a doorplate is short (82-11号).
    static func isDoorplateSpan(_ first: Int, _ second: Int) -> Bool {
        first >= 3 && first == second
    }
}

extension AddressParser {
    /// Two bare numbers after a road or a village read as doorplate and
    /// building (某某路 12-3) are read otherwise when the second is long: four
    /// digits after a road (某某路 639-2014) are a room behind the doorplate;
    /// after a village, three or more digits each (某某一村 123-1077) are a
    /// building of the estate and a room in it, as estates named 某某村 are
    /// numbered.
    func relabelBareDoorplatePair(_ labels: inout [AddressLabel], _ groups: [Range<Int>], _ s: [Unicode.Scalar], _ state: State) {
        guard groups.count == 2, labels.count == 2, labels[0] == .roadno, labels[1] == .houseno else { return }
        let first = groups[0], second = groups[1]
        for i in first where !Self.isDigit(s[i]) { return }
        for i in second where !Self.isDigit(s[i]) { return }
        if state.last == .community, first.count >= 3, second.count >= 3 {
            labels = [.houseno, .roomno]
        } else if second.count == 4 {
            labels[1] = .roomno
        }
    }
}

extension AddressParser {
    /// A unit named by its side (东单元, 西单元) after a building or a tower
    /// (某某大厦西单元) is its unit as a numbered one is, not a place of its own.
    func directionUnitEnd(at pos: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State) -> Int? {
        guard Self.isCompassWord(s[pos]), state.last == .houseno || state.last == .poi,
            pos + 2 < s.count, s[pos + 1] == "单", s[pos + 2] == "元"
        else { return nil }
        pieces.append(Piece(label: .cellno, range: pos..<(pos + 3), value: nil))
        state.sawHouse = true
        state.afterBuilding = true
        return pos + 3
    }
}

extension AddressParser {
    /// Whether a numbered building (9幢, 六栋, 3号楼, A座) starts at `pos`:
    /// a doorplate written with a second number before it (某某路 31-2号 9幢)
    /// is one doorplate, as the building is named after it.
    func buildingFollows(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        var end = pos
        while end < s.count, end - pos < 4, Self.isDigit(s[end]) || Self.isLatin(s[end]) || Self.isChineseNumeral(s[end]) { end += 1 }
        guard end > pos, end < s.count, let unit = lexicon.unit(at: end, in: s) else { return false }
        return unit.label == .houseno
    }
}

extension AddressParser {
    /// Two numbers with 号 joined by a dash after an estate or a building
    /// (某某小区 13-11号, 某某幢 47-18号) are two numbers, not one: a building
    /// and a room after an estate, a unit and a room after a building, and a
    /// doorplate and a building after a place in a village (某某村 某某 90-6号),
    /// whose houses take the village's doorplates. Returns the end, or nil
    /// when the number is not digits, a dash and digits.
    func splitEstateNumberPair(
        _ start: Int, _ numberEnd: Int, _ end: Int, _ s: [Unicode.Scalar], _ state: State, _ pieces: inout [Piece]
    ) -> Int? {
        var numberEnd = numberEnd
        if numberEnd > start, s[numberEnd - 1] == "号" { numberEnd -= 1 }
        var dash = start
        while dash < numberEnd, Self.isDigit(s[dash]) { dash += 1 }
        guard dash > start, dash < numberEnd, s[dash] == "-", dash + 1 < numberEnd else { return nil }
        for i in (dash + 1)..<numberEnd where !Self.isDigit(s[i]) { return nil }
        let first: AddressLabel
        let second: AddressLabel
        if state.last == .houseno {
            (first, second) = (.cellno, .roomno)
        } else if !state.sawRoadNumber, !state.sawRoad, pieces.contains(where: { $0.label == .community }) {
            (first, second) = (.roadno, .houseno)
        } else {
            (first, second) = (.houseno, .roomno)
        }
        pieces.append(Piece(label: first, range: start..<dash, value: nil))
        pieces.append(Piece(label: .redundant, range: dash..<(dash + 1), value: nil))
        pieces.append(Piece(label: second, range: (dash + 1)..<end, value: nil))
        return end
    }
}

extension AddressParser {
    /// Whether a room follows at `pos`: three or four bare digits ending the
    /// address or with 室 (某某新村 161号 407). A number with 号 after a place
    /// with a room after it is the place's building, not a doorplate.
    static func roomFollows(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        var end = pos
        while end < s.count, end - pos < 5, isDigit(s[end]) { end += 1 }
        guard end - pos >= 3, end - pos <= 4 else { return false }
        return end == s.count || s[end] == "室"
    }
}

extension AddressParser {
    /// Two numbers of digits, the second a little larger (32-38): a run of
    /// stalls in a market, numbered with 号 and no building.
    static func isShortRun(_ a: Range<Int>, _ b: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard a.count <= 4, b.count <= 4 else { return false }
        var x = 0
        var y = 0
        for i in a {
            guard isDigit(s[i]) else { return false }
            x = x * 10 + Int(s[i].value - 0x30)
        }
        for i in b {
            guard isDigit(s[i]) else { return false }
            y = y * 10 + Int(s[i].value - 0x30)
        }
        return y > x && y - x <= 20
    }
}

extension AddressParser {
    /// A letter, with up to two digits, and 楼 (A楼, E8楼) names a building
    /// of the estate, as floors are numbered, not lettered; after a building
    /// it stays a floor (某某号楼 b楼).
    static func isLetteredBuilding(_ start: Int, _ end: Int, _ unitEnd: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard unitEnd == end + 1, s[end] == "楼", end - start <= 3, isLatin(s[start]) else { return false }
        for i in (start + 1)..<end where !isDigit(s[i]) { return false }
        return true
    }
}
