extension AddressParser {
    /// A development-zone word written bare right after the county or city
    /// (某某县开发区, 某某市新区 + a road or a firm) names that county's or
    /// city's zone: the zone, not a place called 开发区. The word starts the
    /// run of name text, so the name loop (which looks for generics after the
    /// first character) would otherwise end it at its last character as an
    /// estate. In the corpus such a bare zone after a division is a zone in
    /// six lines of eight (four the word alone, two the division and the word
    /// as one zone) and an estate's or a repeated name's start in two; after
    /// a town or a road the zone is a place there, which `emit` decides.
    func bareZoneEnd(at start: Int, runEnd: Int, _ s: [Unicode.Scalar], _ pieces: [Piece]) -> Int? {
        guard let last = pieces.last, last.range.upperBound == start,
            last.label == .city || last.label == .district,
            let word = lexicon.suffix(at: start, in: s), word.label == .devzone, start + word.length <= runEnd
        else { return nil }
        return start + word.length
    }
}
