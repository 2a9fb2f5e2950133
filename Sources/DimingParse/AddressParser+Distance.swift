extension AddressParser {
    /// Words that say which way to go from a landmark (北, 往西, 向南还, 直入,
    /// 以东, 西北侧).
    static let wayScalars: Set<Unicode.Scalar> = [
        "东", "西", "南", "北", "前", "后", "左", "右", "内", "外", "入", "下", "上", "还", "往", "向", "约", "直", "以", "侧",
    ]

    /// A distance after a direction (北150米, 往西100米, 以东5公里处) is a
    /// locating phrase, not a room number and the start of a name: the
    /// direction, the number and its unit become one assist piece. Returns its
    /// end, or nil when the digits at `start..<end` are not such a distance.
    func distance(start: Int, end: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece]) -> Int? {
        let n = s.count
        // The unit first: it is rarely there, and the direction is a set lookup.
        guard end < n, start > 0, s[end] == "米" || s[end] == "公" else { return nil }
        guard Self.wayScalars.contains(s[start - 1]) else { return nil }
        var e: Int
        if s[end] == "米" {
            e = end + 1
        } else if s[end] == "公", end + 1 < n, s[end + 1] == "里" {
            e = end + 2
        } else {
            return nil
        }
        for i in start..<end where !Self.isDigit(s[i]) { return nil }
        // 米左右, 米处: still the distance.
        if e + 1 < n, s[e] == "左", s[e + 1] == "右" { e += 2 } else if e < n, s[e] == "处" { e += 1 }
        var from = start
        if let last = pieces.last, last.range.upperBound == start {
            // The direction words at the end of the piece before (湖城学校 向北).
            var cut = start
            while cut > last.range.lowerBound, start - cut < 3, Self.wayScalars.contains(s[cut - 1]) { cut -= 1 }
            if cut == last.range.lowerBound {
                pieces.removeLast()
                from = last.range.lowerBound
            } else if cut < start {
                pieces[pieces.count - 1].range = last.range.lowerBound..<cut
                from = cut
            }
        }
        pieces.append(Piece(label: .assist, range: from..<e, value: nil))
        return e
    }
}
