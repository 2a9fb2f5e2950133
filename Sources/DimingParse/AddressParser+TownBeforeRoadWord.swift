extension AddressParser {
    /// Whether the road word at `end` after a town's full name (某某镇,
    /// 某某街道 of two or more characters before the generic) begins the next
    /// name instead of naming a road after the town: in 某某街道道源路 or
    /// 某某镇路西村 more name text follows the road word, so 道 and 路 are the
    /// first characters of the road or village written next. A town's road
    /// (某某镇大道 12号) ends with its road word, and a direction or another
    /// road word after it (某某镇大道南路) goes on naming that road.
    func roadWordStartsNextName(at end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard let word = lexicon.suffix(at: end, in: s), word.label == .road else { return false }
        let after = end + word.length
        guard after < s.count, Self.isNameScalar(s[after]) else { return false }
        if Self.isChineseNumeral(s[after]), chineseNumberEnd(at: after, s) != nil { return false }
        if lexicon.suffix(at: after, in: s)?.label == .road { return false }
        if Self.isRoadQualifier(s[after]), after + 1 < s.count, lexicon.suffix(at: after + 1, in: s)?.label == .road {
            return false
        }
        return true
    }
}

extension AddressParser {
    /// Where a development zone or industrial park written right before a
    /// road ends, inside a name read as one road (某某工业园区中路, 某某工业区
    /// 市场路, 某某开发区园六路): the zone's generic word (工业区, 工业园区,
    /// 工业园, 园区, or a development-zone word) after a name of two or more
    /// characters ends the zone, and the road (two characters or more) is
    /// its own piece. A road named after a zone with no name before it
    /// (园区中路, 科技园区中路) stays one road. `road` is the road word's
    /// start, `end` the road's end.
    func zoneBeforeRoad(from start: Int, road: Int, end: Int, _ s: [Unicode.Scalar]) -> (end: Int, label: AddressLabel)? {
        guard road - start >= 4 else { return nil }
        var q = start + 2
        while q < road {
            if let word = lexicon.suffix(at: q, in: s), word.length >= 2, isZoneWord(word, at: q, s) {
                let zoneEnd = q + word.length
                guard zoneEnd <= road, end - zoneEnd >= 2 else { return nil }
                // The longest generic word ending there (科技园区 over 园区) must
                // leave a name of its own before it.
                var wordStart = q
                for back in 1...2 where q - back >= start {
                    if let longer = lexicon.suffix(at: q - back, in: s), q - back + longer.length == zoneEnd {
                        wordStart = q - back
                    }
                }
                return wordStart - start >= 2 ? (zoneEnd, word.label) : nil
            }
            q += 1
        }
        return nil
    }

    /// 工业区, 工业园区, 工业园, 园区 and the development-zone words.
    private func isZoneWord(_ word: ParsingLexicon.Entry, at q: Int, _ s: [Unicode.Scalar]) -> Bool {
        if word.label == .devzone { return true }
        guard word.label == .poi else { return false }
        return (s[q] == "工" && s[q + 1] == "业") || (word.length == 2 && s[q] == "园" && s[q + 1] == "区")
    }
}

extension AddressParser {
    /// A lane or street written right before a building number, with no
    /// doorplate between (某某巷12幢, 某某弄5号楼, 某某街3栋), names the
    /// housing estate built along it, as addresses are labelled: the estate,
    /// not the road. A road or avenue (某某路12幢, 某某大街3栋) stays the road,
    /// and so does a lane after an estate's name.
    func markLaneEstates(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        guard pieces.count >= 2 else { return }
        for i in 0..<(pieces.count - 1) where pieces[i].label == .road {
            let road = pieces[i].range
            let next = pieces[i + 1].range
            guard pieces[i + 1].label == .houseno, next.lowerBound == road.upperBound, road.count >= 2, next.count >= 2 else {
                continue
            }
            // After an estate's name the lane is the estate's own (某某花园 3街 5栋).
            if i > 0, pieces[i - 1].label == .poi || pieces[i - 1].label == .subpoi { continue }
            let last = s[road.upperBound - 1]
            guard last == "巷" || last == "弄" || (last == "街" && s[road.upperBound - 2] != "大") else { continue }
            let unit = s[next.upperBound - 1]
            guard unit == "幢" || unit == "栋" || (unit == "楼" && s[next.upperBound - 2] == "号") else { continue }
            pieces[i].label = .poi
        }
    }
}

extension AddressParser {
    /// A town of the line's county written by its stem right before a road,
    /// with no space, when the road was read with the stem in its name
    /// (某某 + 车站路, 某某 + 环城东路: a one-character estate word such as 站
    /// or 城 inside the road's name kept the stem from standing alone). The
    /// stem is the town and the rest, three characters or more, the road; a
    /// shorter rest (某某东路, 某某大道), or a direction and a bare generic or
    /// number (某某中大道, 某某北四路), is a road named after the town.
    func splitTownStemFromRoad(_ pieces: inout [Piece], _ s: [Unicode.Scalar], key: Int32) {
        var i = 0
        while i < pieces.count, pieces[i].label != .road {
            switch pieces[i].label {
            case .town, .community, .poi, .subpoi, .devzone, .subroad: return
            default: i += 1
            }
        }
        guard i < pieces.count else { return }
        let road = pieces[i].range
        guard road.count >= 5 else { return }
        var best = 0
        townIndex.matches(at: road.lowerBound, in: s) { length, entry in
            if length >= 2, road.count - length >= 3, entry.stem.contains(key) { best = length }
        }
        guard best > 0 else { return }
        let cut = road.lowerBound + best
        // 某某镇直街: the town's own generic follows; 某某中大道, 某某北四路: a
        // direction and a bare generic or number are the town's road.
        if s[cut] == "镇" || s[cut] == "乡" || s[cut] == "街" { return }
        // 某某门 + 内大街: the rest is a road's generic alone, and the stem its name.
        if lexicon.suffix(at: cut, in: s)?.label == .road { return }
        if Self.isCompassWord(s[cut]), road.upperBound - cut < 4 { return }
        pieces[i].range = cut..<road.upperBound
        pieces.insert(Piece(label: .town, range: road.lowerBound..<cut, value: nil), at: i)
    }
}

extension AddressParser {
    /// Whether a direction and 路 at the start of a longer name (东路 in
    /// 东路某大道, 西路 in 西路某街) are the first characters of the name
    /// and not a road of their own: a road word follows later in the same
    /// run of name text. `p` is the 路, right after the direction at `start`.
    func directionRoadStartsName(start: Int, at p: Int, runEnd: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard p == start + 1, p + 2 < runEnd, s[p] == "路", Self.isSide(s[start]) else { return false }
        var q = p + 2
        while q < runEnd {
            if let word = lexicon.suffix(at: q, in: s), word.label == .road { return q + word.length == runEnd }
            q += 1
        }
        return false
    }
}

extension AddressParser {
    /// A one-character road word that, closing a run of name text right
    /// after another road word, belongs to that road (某某街路, 后街弄).
    static func closesRoadName(_ c: Unicode.Scalar) -> Bool {
        c == "路" || c == "弄" || c == "巷" || c == "道"
    }
}
