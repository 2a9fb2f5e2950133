import DimingText

extension AddressParser {
    /// A doorplate and a building lettered behind it (某某路 1100-A, 某某村
    /// 59-A): digits, a dash and one Latin letter where a doorplate is due
    /// are the doorplate and a building (1100, A), as 82-11 is (see
    /// `dashPairSplits`), not one doorplate. The corpus labels the letter a
    /// building of its own on both lines with this shape after a road or a
    /// village; after an estate the pair is a building and a unit already.
    static func isDoorplateAndLetterBuilding(_ a: Range<Int>, _ b: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard b.count == 1, isLatin(s[b.lowerBound]), !a.isEmpty else { return false }
        for i in a where !isDigit(s[i]) { return false }
        return true
    }
}
