import DimingText

extension AddressParser {
    /// A doorplate of three digits or more written with 路 for 号 right after
    /// its road (某某路 1043路 某某冷库): no road is numbered in the hundreds
    /// inside another, so the number is the road's doorplate. The corpus
    /// labels the three lines with this shape so. Where a number follows
    /// (某某道 12路 805号, 798路 4号楼) the 路 is left a numbered lane, as a
    /// short one with its own doorplate is. `end` is where the digits end, at 路.
    func isDoorplateWrittenWithLu(_ start: Int, _ end: Int, _ s: [Unicode.Scalar], _ pieces: [Piece]) -> Bool {
        guard end - start >= 3, end < s.count, s[end] == "路", let last = pieces.last, last.label == .road,
            last.range.upperBound == start
        else { return false }
        for i in start..<end where !Self.isDigit(s[i]) { return false }
        let next = end + 1
        return next == s.count || !(Self.isDigit(s[next]) || Self.isChineseNumeral(s[next]) || s[next] == "附")
    }
}
