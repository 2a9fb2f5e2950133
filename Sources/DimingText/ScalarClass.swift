/// Character classes the rules test, as code-point ranges.
///
/// Range tests instead of `Unicode.Scalar.Properties` lookups: they run for
/// every character of every address, and the classes needed here (Han, the
/// invisible characters) are fixed blocks.
enum ScalarClass {
    /// Han ideographs in every block, radicals and the ideographic marks that
    /// stand in for them (々 〆 〇).
    static func isHan(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x3FFFF, 0xF900...0xFAFF,
            0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x31C0...0x31EF:
            return true
        default:
            return false
        }
    }

    static func isASCIIDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }

    /// Every space character an address may carry between words.
    static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Letters and digits of scripts that separate words with spaces (Latin,
    /// Greek, Cyrillic …). A space between two of them carries meaning
    /// ("Block A", "12 3"); a space next to Han text or punctuation does not.
    static func isSpacedWordCharacter(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIIDigit(v) || isASCIILetter(v) }
        if v >= 0x2E80 { return false }
        guard let scalar = Unicode.Scalar(v) else { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true  // é written e + U+0301
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    /// Private-use code points: glyphs of some old font or input system that
    /// mean nothing to anyone else. Kept (they may be the only trace of a rare
    /// character) but reported.
    static func isPrivateUse(_ v: UInt32) -> Bool {
        (v >= 0xE000 && v <= 0xF8FF) || (v >= 0xF0000 && v <= 0x10FFFD && v & 0xFFFE != 0xFFFE)
    }

    enum Invisible {
        case none
        /// Tab, line and paragraph breaks: they separate words like a space.
        case space
        /// C0 and C1 control codes.
        case control
        /// Bidirectional overrides and marks (U+202E can make text display in
        /// an order other than the one stored).
        case direction
        /// Zero-width characters, byte-order marks, variation selectors, tags,
        /// noncharacters: they change no meaning an address can have.
        case format
    }

    static func invisible(_ v: UInt32) -> Invisible {
        if v >= 0x20 && v < 0x7F { return .none }
        if v < 0x20 { return v >= 0x09 && v <= 0x0D ? .space : .control }
        if v <= 0x9F { return v == 0x85 ? .space : .control }
        if v < 0x2000 {
            switch v {
            case 0xAD, 0x180E: return .format
            case 0x61C: return .direction
            default: return .none
            }
        }
        switch v {
        case 0x200B...0x200D, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0xFE00...0xFE0F, 0xFFF9...0xFFFB,
            0xE0000...0xE007F, 0xE0100...0xE01EF, 0xFDD0...0xFDEF:
            return .format
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return .direction
        case 0x2028, 0x2029:
            return .space
        default:
            return v & 0xFFFE == 0xFFFE ? .format : .none
        }
    }
}
