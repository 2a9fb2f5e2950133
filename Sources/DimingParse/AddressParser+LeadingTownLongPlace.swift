extension AddressParser {
    /// A line that starts with a town's bare name (下沙 of 下沙街道, 店口 of
    /// 店口镇) run together with a place name of four characters or more
    /// after the town's (某镇 + 东山五金机电市场, 某镇 + 青山超市): the town
    /// is written first, then the place (`bareTownStemEnd`; a generic or word
    /// right after the stem leaves the name whole). `leadingTownStemEnd` reads the town
    /// when the place's generic is a long one; this reads it by the place's
    /// length. With five characters or more the corpus splits about two
    /// times in three (train 22 to 10, dev 10 to 3); with four, splitting
    /// still gains (dev +6, train +15 correct spans over five). Only the
    /// line's first piece, with no division before it, is split. A place
    /// whose name goes on with 国际 (某某 国际商务中心, 国际面料市场) is as a
    /// rule one name with the town's, and so is a works area with no name of
    /// its own (某某 工业小区) and one ending in a weak generic
    /// (竹海水韵春风里, an estate named after a town elsewhere).
    func splitLeadingTownFromLongPlace(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        guard let first = pieces.first, first.label == .poi, first.range.lowerBound == 0,
            let end = bareTownStemEnd(at: 0, shorterThan: first.range.count, s)
        else { return }
        let range = first.range
        guard range.upperBound - end >= 4 else { return }
        if s[end] == "国", s[end + 1] == "际" { return }
        // A works area with no name of its own (某某 + 工业小区, 工贸园区) is
        // named after the town: one name.
        if s[end] == "工", s[end + 1] == "业" || s[end + 1] == "贸" { return }
        // A weak one-character generic at the end (里, 湾, 坊) ends as many
        // estates named after a town elsewhere (竹海 + 水韵春风里): whole.
        if let last = lexicon.suffix(at: range.upperBound - 1, in: s), last.role == .weak, last.length == 1 { return }
        pieces[0] = Piece(label: .town, range: 0..<end, value: nil)
        pieces.insert(Piece(label: .poi, range: end..<range.upperBound, value: nil), at: 1)
    }
}
