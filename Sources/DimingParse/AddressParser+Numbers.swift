extension AddressParser {
    /// A number with 号 right after a building number is mostly its unit
    /// (12幢3号) while short; a long one (12幢1502号), or one of three digits
    /// that ends the address (8栋 702号), is the room, as such numbers are
    /// mostly labelled. `digits` counts the characters before 号.
    static func isRoomAfterBuilding(digits: Int, endsLine: Bool) -> Bool {
        digits >= 4 || (digits == 3 && endsLine)
    }

    /// Bare digits right after a road with no number yet are its doorplate
    /// (莫干山路 1186), even when an estate or landmark was named before the
    /// road; right after a village, three or more digits are the village's
    /// doorplate (白沙村 1269): rooms are not numbered without a building.
    static func isBareDoorplate(digits: Int, _ state: State) -> Bool {
        guard !state.sawRoadNumber, !state.afterBuilding else { return false }
        switch state.last {
        // A long number after a numbered aisle of a market (四区6街 41272) is a stall.
        case .road, .subroad: return state.sawRoad && digits <= 4
        case .community: return !state.sawPOI && !state.sawRoad && digits >= 3
        default: return false
        }
    }

    /// Generic words of a housing estate, then of an industrial park. A number
    /// with 号 after such a place names one of its buildings (翠苑小区 12号,
    /// 东山工业区 8号), where after a bare place name in a village it is the
    /// doorplate. A park's number with a building after it (工业区 11号 3幢) is
    /// the park's doorplate still. (新村 is as often a village as an estate.)
    static let estateWords: [[Unicode.Scalar]] = ["小区", "花园", "家园", "公寓", "苑"].map { Array($0.unicodeScalars) }
    static let parkWords: [[Unicode.Scalar]] = ["工业区", "工业园", "园区", "创业园"].map { Array($0.unicodeScalars) }

    /// Whether the piece before `start` is an estate or park ending in one of
    /// `estateWords` or `parkWords`, for the number at `start` ending at `end`.
    func estateBefore(_ start: Int, _ end: Int, _ s: [Unicode.Scalar], _ pieces: [Piece]) -> Bool {
        guard let last = pieces.last, last.label == .poi, last.range.upperBound == start else { return false }
        if Self.endsWithAny(last.range, Self.estateWords, s) { return true }
        var next = end
        while next < s.count, Self.isSeparator(s[next]) || Self.isSpace(s[next]) { next += 1 }
        if next < s.count, Self.isDigit(s[next]) || Self.isLatin(s[next]) { return false }
        return Self.endsWithAny(last.range, Self.parkWords, s)
    }

    static func endsWithAny(_ range: Range<Int>, _ words: [[Unicode.Scalar]], _ s: [Unicode.Scalar]) -> Bool {
        for word in words where word.count <= range.count {
            var match = true
            var i = range.upperBound - word.count
            for w in word {
                if s[i] != w { match = false; break }
                i += 1
            }
            if match { return true }
        }
        return false
    }

    /// A short code of a letter and one or two digits (A6, c12), or of one to
    /// three digits and a letter (8c, 13B), written bare right after an estate
    /// or a part of it, names a building there, not a room.
    static func isBuildingCode(start: Int, end: Int, _ s: [Unicode.Scalar]) -> Bool {
        let count = end - start
        guard count >= 2, count <= 4 else { return false }
        if isLatin(s[start]) {
            guard count <= 3 else { return false }
            for i in (start + 1)..<end where !isDigit(s[i]) { return false }
            return true
        }
        guard isLatin(s[end - 1]) else { return false }
        for i in start..<(end - 1) where !isDigit(s[i]) { return false }
        return true
    }

    /// One or two bare digits right after a building number (129栋 9) are its unit.
    static func isUnitAfterBuilding(start: Int, end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end - start <= 2 else { return false }
        for i in start..<end where !isDigit(s[i]) { return false }
        return true
    }

    /// Whether the piece before `start` is a bare place name (no generic word
    /// of an estate, shop or road at its end: 长田岸, 下满觉陇) written right
    /// after the administrative chain. A number with 号 ending the address
    /// after it is the place's doorplate, as a hamlet's houses are numbered.
    func placeNameAfterChain(_ start: Int, _ s: [Unicode.Scalar], _ pieces: [Piece], _ state: State) -> Bool {
        guard !state.sawTown, !state.sawSettlement else { return false }
        return barePlaceName(start, s, pieces, state)
    }

    /// Whether bare digits at `start..<end` are a doorplate: after a road or a
    /// village (see `isBareDoorplate`), or ending the address after a bare
    /// place name in a village (后麻车 661), a hamlet whose houses are numbered.
    func bareDoorplate(start: Int, end: Int, _ s: [Unicode.Scalar], _ pieces: [Piece], _ state: State) -> Bool {
        if Self.isBareDoorplate(digits: end - start, state) { return true }
        guard end == s.count, state.sawSettlement else { return false }
        return barePlaceName(start, s, pieces, state)
    }

    /// Whether the piece before `start` is the only place named, a bare name
    /// with no generic word at its end, and no road or doorplate came before.
    func barePlaceName(_ start: Int, _ s: [Unicode.Scalar], _ pieces: [Piece], _ state: State) -> Bool {
        guard !state.sawRoad, !state.everRoad, !state.sawRoadNumber, !state.afterBuilding,
            let last = pieces.last, last.label == .poi, last.range.upperBound == start, last.range.count <= 4
        else { return false }
        for piece in pieces.dropLast() where piece.label == .poi || piece.label == .subpoi { return false }
        for p in last.range {
            if let suffix = lexicon.suffix(at: p, in: s), p + suffix.length == last.range.upperBound { return false }
        }
        return true
    }

    static let marketWords: [[Unicode.Scalar]] = ["市场", "城"].map { Array($0.unicodeScalars) }

    /// Whether a number with 号 at `start` is a stall of a market or trade
    /// hall (市场, …城) named right before it, or before the part of it just
    /// named (鞋料市场 C区 279号): stalls there are numbered in the hundreds or
    /// thousands, with no building. Not with a building or room after it.
    func stallInMarket(_ start: Int, _ end: Int, _ s: [Unicode.Scalar], _ pieces: [Piece], _ state: State) -> Bool {
        guard state.last == .poi || state.last == .subpoi, let last = pieces.last, last.range.upperBound == start
        else { return false }
        var next = end
        while next < s.count, Self.isSeparator(s[next]) || Self.isSpace(s[next]) { next += 1 }
        if next < s.count, Self.isDigit(s[next]) || Self.isLatin(s[next]) { return false }
        var i = pieces.count - 1
        if last.label == .subpoi {
            i -= 1
            guard i >= 0, pieces[i].label == .poi else { return false }
        }
        return Self.endsWithAny(pieces[i].range, Self.marketWords, s)
    }

    /// Whether the last place named, with no road after it, is a market or
    /// trade hall (…市场, …城): its numbered 街 (四区 6街, 13街) are aisles,
    /// labelled as units, with the stalls along them as rooms.
    static func inMarket(_ pieces: [Piece], _ s: [Unicode.Scalar]) -> Bool {
        var i = pieces.count - 1
        while i >= 0 {
            switch pieces[i].label {
            case .road, .subroad: return false
            case .poi: return endsWithAny(pieces[i].range, marketWords, s)
            default: i -= 1
            }
        }
        return false
    }

    /// Whether Chinese numerals and 街 at `pos` (六街) are an aisle: inside a
    /// building after its floor, or in a market (see `inMarket`).
    func aisleFollows(at pos: Int, _ s: [Unicode.Scalar], _ pieces: [Piece], _ state: State) -> Bool {
        var end = pos
        while end < s.count, Self.isChineseNumeral(s[end]) { end += 1 }
        guard end < s.count, s[end] == "街", end + 1 == s.count || lexicon.suffix(at: end, in: s)?.length == 1 else { return false }
        return state.afterBuilding || Self.inMarket(pieces, s)
    }
}
