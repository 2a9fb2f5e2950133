extension AddressParser {
    /// Whether a town's office read from its generic 办事处 with two
    /// characters of name before it (某某办事处, no 街 or 街道 before the word)
    /// is a place, not the town: such short names are an office or a hall
    /// the writer names the address by (train 4 of 5 are places, dev 1 of 2 and no town), where
    /// 某某街道办事处 and 某某街办事处 are the town written with its office's
    /// word and stay the town.
    func townOfficeIsAPlace(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard range.count == 5, s[range.upperBound - 3] == "办", s[range.upperBound - 2] == "事", s[range.upperBound - 1] == "处"
        else { return false }
        return s[range.lowerBound + 1] != "街"
    }
}
