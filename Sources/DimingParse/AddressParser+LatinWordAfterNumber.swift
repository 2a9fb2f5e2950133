import DimingText

extension AddressParser {
    /// Where a number written with digits and letters ends when a Latin word
    /// is run into it (某某城 L1044Dior, 355annakiki, 9F1040tanni, 853OPPO
    /// 体验店): three or more letters straight after a short number are a
    /// brand or a shop's name, not part of the room or doorplate, which ends
    /// at the digit. The corpus labels the number apart from the word in ten
    /// of the thirteen lines with this shape; in two the whole is a shop's
    /// name (214ACE), in one a long code (a tracking number of twenty digits
    /// and letters), which a number of more than six digits keeps whole here.
    /// One or two letters (12F, 2B, 4S, B1108) stay in the number. `end` is
    /// where the run of digits and letters starting at `start` ends.
    static func numberEndBeforeLatinWord(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Int {
        var wordStart = end
        while wordStart > start, isLatin(s[wordStart - 1]) { wordStart -= 1 }
        guard end - wordStart >= 3, wordStart > start, isDigit(s[wordStart - 1]) else { return end }
        var digits = wordStart
        while digits > start, isDigit(s[digits - 1]) { digits -= 1 }
        guard wordStart - digits <= 6 else { return end }
        return wordStart
    }
}
