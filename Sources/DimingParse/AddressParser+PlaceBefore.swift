extension AddressParser {
    /// Whether the village's generic 村 ending at `end` is followed by a
    /// second 村 that is the village's too: a village whose own name ends in
    /// 村 (某村村, the village of 某村) is written with the generic after it,
    /// and the place after it starts after the second 村. 村委, 村部, 村民中心
    /// and other words starting with 村 are left alone.
    func villageGenericWrittenTwice(end: Int, runEnd: Int, _ s: [Unicode.Scalar]) -> Bool {
        // 村民中心, 村民委: the villagers' word after the village.
        guard end < runEnd, s[end] == "村", end + 1 == runEnd || s[end + 1] != "民" else { return false }
        if let word = lexicon.suffix(at: end, in: s), word.length > 1 { return false }
        if let word = lexicon.word(at: end, in: s), word.length > 1 { return false }
        return true
    }
}

extension AddressParser {
    /// A county's short name written again straight after its full name and
    /// right before a place (某某区 某某 + 宝龙广场, 某某县 某某 + 第一小学) is
    /// the start of the place's name, not a repeat of the chain: the place is
    /// named after the county. Only the short name of the county just written
    /// (its full name minus the generic 区, 县, 市 or 旗) counts.
    func joinCountyNameIntoPlace(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var i = 1
        while i + 1 < pieces.count {
            let short = pieces[i]
            guard short.label == .redundant, short.range.count >= 2, pieces[i + 1].label == .poi,
                pieces[i + 1].range.lowerBound == short.range.upperBound
            else {
                i += 1
                continue
            }
            let county = pieces[i - 1]
            if county.label == .district, county.range.upperBound == short.range.lowerBound,
                county.range.count == short.range.count + 1, Self.isCountyGeneric(s[county.range.upperBound - 1]),
                s[county.range.lowerBound..<(county.range.upperBound - 1)].elementsEqual(s[short.range])
            {
                pieces[i + 1].range = short.range.lowerBound..<pieces[i + 1].range.upperBound
                pieces.remove(at: i)
            }
            i += 1
        }
    }

    static func isCountyGeneric(_ c: Unicode.Scalar) -> Bool {
        c == "区" || c == "县" || c == "市" || c == "旗"
    }
}

extension AddressParser {
    /// Whether a town's full name (某某街道, 某某镇) read inside a run of name
    /// text right after a road with no doorplate, with a place's own name after
    /// it (某某路 某某街道 阳光小区), is the town: the writer put the town after
    /// the road. After a doorplate (南街624号 某某镇人民政府) the town's name
    /// starts an institution's name, and a generic straight after it (某某镇
    /// 镇政府, 某某街道 办事处) is the town's office, so both stay one place.
    func townAfterBareRoad(start: Int, generic: Int, length: Int, runEnd: Int, _ s: [Unicode.Scalar], _ pieces: [Piece]) -> Bool {
        // 乡 ends many a name of another kind (某某水乡, 家乡): 镇 and 街道 only.
        guard generic - start >= 2, generic + length < runEnd, s[generic] == "镇" || s[generic] == "街",
            let last = pieces.last, last.label == .road,
            last.range.upperBound == start
        else { return false }
        let rest = generic + length
        return lexicon.suffix(at: rest, in: s) == nil && lexicon.word(at: rest, in: s) == nil
    }
}
