import DimingText

extension AddressParser {
    /// A lettered wing written after a numbered building (某某园 9栋 A座 17楼,
    /// 一号楼 B5座 6楼, 43栋 A座 1535): the building is the 栋 or 楼, so the
    /// wing is not a second building. Before a floor the corpus labels the
    /// wing a unit (cellno, five lines in six); before a bare room number of
    /// three digits or more it labels it a locating word (assist, three lines
    /// in four). Returns the wing's label, or nil for other shapes (a wing
    /// after an estate or a doorplate, 62号 C座, stays the building).
    func wingAfterBuilding(_ start: Int, _ end: Int, _ s: [Unicode.Scalar], _ pieces: [Piece]) -> AddressLabel? {
        guard end - start <= 3, end - start >= 2, s[end - 1] == "座", Self.isLatin(s[start]),
            let last = pieces.last, last.label == .houseno, last.range.upperBound == start
        else { return nil }
        let mark = s[last.range.upperBound - 1]
        guard mark == "栋" || mark == "幢" || mark == "楼" else { return nil }
        let n = s.count
        var digitsEnd = end
        if digitsEnd < n, Self.isChineseNumeral(s[digitsEnd]) {
            while digitsEnd < n, Self.isChineseNumeral(s[digitsEnd]) { digitsEnd += 1 }
        } else {
            while digitsEnd < n, Self.isDigit(s[digitsEnd]) { digitsEnd += 1 }
        }
        guard digitsEnd > end else { return nil }
        if digitsEnd < n, let unit = lexicon.unit(at: digitsEnd, in: s), unit.label == .floorno { return .cellno }
        if digitsEnd - end >= 3, Self.isDigit(s[end]), digitsEnd == n || !Self.isLatin(s[digitsEnd]) { return .assist }
        return nil
    }
}
