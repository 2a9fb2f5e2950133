import DimingText

extension AddressParser {
    /// A village (某某村) with a numbered building written right after it
    /// (某某村 12幢, 某某一村 5栋 3单元) is an estate of blocks built under
    /// the village's name, not the administrative village, whose houses take
    /// doorplates (某某村 18号). The corpus labels this shape a place about
    /// twice as often as a village (train 17 to 8, dev 8 to 3); 新村 is an
    /// estate word already, and a village with a doorplate or a group (5组)
    /// after it stays the village.
    func markVillageWithBuildings(_ pieces: inout [Piece], _ s: [Unicode.Scalar], _ line: String, _ offsets: OffsetMap) {
        guard pieces.count >= 2 else { return }
        for i in 0..<(pieces.count - 1) where pieces[i].label == .community {
            let range = pieces[i].range
            let next = pieces[i + 1]
            guard range.count >= 2, s[range.upperBound - 1] == "村", next.label == .houseno,
                next.range.lowerBound == range.upperBound, next.range.count >= 2
            else { continue }
            // A building word written after the number (幢, 栋, 号楼); not a
            // bare number, nor a dash the normalizer spelled out as 幢 (某某村
            // 12-3-101 is as often the village's doorplate and rooms).
            let last = next.range.upperBound - 1
            guard !Self.isDigit(s[last]), !Self.isLatin(s[last]), !Self.writtenAsDash(last, line, offsets) else { continue }
            pieces[i].label = .poi
        }
    }

    /// Whether normalized scalar `i` stands for a dash of the input line (the
    /// 幢 spelled out from 12-3-101). Asked only for the few lines the rule
    /// above fits.
    static func writtenAsDash(_ i: Int, _ line: String, _ offsets: OffsetMap) -> Bool {
        let source = offsets.sourceRange(ofScalar: i)
        guard source.count == 1 else { return source.isEmpty }
        let scalars = line.unicodeScalars
        guard let at = scalars.index(scalars.startIndex, offsetBy: source.lowerBound, limitedBy: scalars.endIndex),
            at < scalars.endIndex
        else { return false }
        return scalars[at] == "-" || scalars[at] == "_" || scalars[at] == "—" || scalars[at] == "－"
    }
}
