extension AddressParser {
    /// Whether an extending estate word (城, 中心) that ends at `end`, after an
    /// estate's name already ended, starts a road's name instead: a road word
    /// follows it at once (某某工业区 新城路, 某某小区 金城路), and a road's
    /// own name is short, so the estate stops where its word stopped.
    @inline(__always)
    func roadNameFollows(end: Int, runEnd: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end < runEnd, let next = lexicon.suffix(at: end, in: s) else { return false }
        return next.label == .road
    }

    /// Where a numbered road's name starts inside the estate piece written
    /// just before it (某某工业区纬 + 5路, 某某园区滨海 + 12路): the name text
    /// left after the estate's generic word (one or two characters) names the
    /// road, as in 纬5路, 滨海12路; nil when no generic word ends there.
    func numberedRoadStart(in last: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        guard last.count >= 4 else { return nil }
        for tail in 1...2 {
            let cut = last.upperBound - tail
            guard cut - last.lowerBound >= 2, Self.isNameScalar(s[cut]) else { return nil }
            // 某某新村 3巷: the text left is a generic word itself, the estate's.
            if lexicon.suffix(at: cut, in: s) != nil { continue }
            // A generic word ending at `cut`: two or three characters (园区, 工业区) or one (园, 城).
            for length in 1...3 where cut - length > last.lowerBound {
                if let suffix = lexicon.suffix(at: cut - length, in: s), suffix.length == length,
                    suffix.label == .poi || suffix.label == .devzone
                {
                    return cut
                }
            }
        }
        return nil
    }
}

extension AddressParser {
    /// Latin letters that are a name, not a building or room code:
    /// - right after a doorplate and before name text (88号 ABC大厦, 5号 K歌城):
    ///   the letters start the place's name;
    /// - two or more letters ending the line after a floor (3楼 ABC): a shop
    ///   or brand on that floor, labelled like a tenant.
    /// Returns where the name ends, or nil when the letters are a code.
    func latinName(start: Int, end: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State) -> Int? {
        guard let last = pieces.last, Self.isLatinOnly(start..<end, s) else { return nil }
        if end == s.count {
            // After a floor, or after a room number the word was run into
            // (L85MAP: see `numberEndBeforeLatinWord`): the tenant's name.
            guard end - start >= 2,
                last.label == .floorno || (last.label == .roomno && last.range.upperBound == start && end - start >= 3)
            else { return nil }
            pieces.append(Piece(label: .person, range: start..<end, value: nil))
            return end
        }
        guard last.label == .roadno, last.range.upperBound == start, Self.isNameScalar(s[end]),
            lexicon.unit(at: end, in: s) == nil, lexicon.suffix(at: end, in: s) == nil
        else { return nil }
        let first = pieces.count
        let nameEnd = name(at: end, s, &pieces, &state)
        if pieces.count > first, pieces[first].range.lowerBound == end {
            pieces[first].range = start..<pieces[first].range.upperBound
        } else {
            // The name text was not read as a piece starting there: the letters stay a code of their own.
            pieces.insert(Piece(label: .roomno, range: start..<end, value: nil), at: min(first, pieces.count))
        }
        return nameEnd
    }
}

extension AddressParser {
    /// The end of a residential or office building word (小区, 大厦, 公寓,
    /// 宿舍, 大楼, 商厦) written right after a road word at `pos`: the building
    /// is named after the lane (某某巷小区, 某某街大厦) and the whole is its
    /// name; nil otherwise. Estates (花园, 新村) are left out: they are as often
    /// written after the road they stand on.
    @inline(__always)
    func buildingNamedAfterRoad(at pos: Int, runEnd: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard pos + 2 <= runEnd else { return nil }
        switch (s[pos], s[pos + 1]) {
        case ("小", "区"), ("大", "厦"), ("公", "寓"), ("宿", "舍"), ("大", "楼"), ("商", "厦"): return pos + 2
        default: return nil
        }
    }
}

extension AddressParser {
    /// A road's text that starts with 区 right after a name read on its own
    /// (a town's stem, a place): the 区 ends that name, a district the
    /// gazetteer does not have under that name (某某区 新华路), and the road
    /// starts after it. The name before becomes the district when none was
    /// written and it is two characters and 区. 区府路, 区政路 keep their 区.
    /// `generic` is where the road word starts. Returns whether it moved.
    func districtGenericBeforeRoad(_ start: Int, _ generic: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece]) -> Bool {
        guard generic - start >= 3, s[start + 1] != "府", s[start + 1] != "政", let last = pieces.last,
            last.range.upperBound == start, last.range.count >= 2, s[start - 1] != "区",
            last.label == .town || last.label == .poi || last.label == .community
        else { return false }
        let i = pieces.count - 1
        pieces[i].range = last.range.lowerBound..<(start + 1)
        if pieces[i].range.count == 3, !pieces.contains(where: { $0.label == .district }) { pieces[i].label = .district }
        return true
    }
}

extension AddressParser {
    /// An ordinal and a one-character road word right after an estate's name
    /// of three or more characters (某某花园 三街, 某某华城 一街): a numbered
    /// street of the estate, not one road's name (西园三路, where the estate
    /// word follows a single character, stays a road).
    @inline(__always)
    func numberedStreetAfterEstate(_ start: Int, _ estateEnd: Int, _ p: Int, _ suffix: ParsingLexicon.Entry, _ s: [Unicode.Scalar]) -> Bool {
        p - estateEnd == 1 && suffix.label == .road && Self.isChineseNumeral(s[estateEnd]) && estateEnd - start >= 3
    }
}
