/// Something in the input a clerk should know about, beyond the fact that a
/// rule changed the text.
///
/// Invisible characters are counted, not listed one by one: a damaged line
/// can hold thousands, and one message per kind tells the clerk what to look
/// for. Offsets are Unicode scalars into the original line, counted from 0.
public enum NormalizationWarning: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// C0/C1 control codes (other than tab and line breaks) were removed.
    case removedControlCharacters(count: Int, firstOffset: Int)
    /// Bidirectional marks and overrides (U+202E …) were removed: they can
    /// make a line display differently from what it says.
    case removedDirectionMarks(count: Int, firstOffset: Int)
    /// Zero-width characters, byte-order marks, variation selectors, tags or
    /// noncharacters were removed.
    case removedInvisibleCharacters(count: Int, firstOffset: Int)
    /// The line holds U+FFFD: it was damaged (wrong encoding) before it
    /// reached the normalizer. Kept, since the original character is lost.
    case damagedText(count: Int, firstOffset: Int)
    /// The line holds private-use characters, usually a rare character typed
    /// with a local font or input system. Kept; someone must identify them.
    case privateUseCharacters(count: Int, firstOffset: Int)
    /// A leading run of divisions appeared more than once and was kept once.
    case repeatedPrefix(removed: String)

    public var description: String {
        switch self {
        case .removedControlCharacters(let count, let first):
            "removed \(count) control character(s), the first at character \(first + 1)"
        case .removedDirectionMarks(let count, let first):
            "removed \(count) text-direction mark(s), the first at character \(first + 1); check the address reads as intended"
        case .removedInvisibleCharacters(let count, let first):
            "removed \(count) invisible character(s), the first at character \(first + 1)"
        case .damagedText(let count, let first):
            "\(count) character(s) were damaged before import (shown as \u{FFFD}), the first at character \(first + 1); check the source file's encoding"
        case .privateUseCharacters(let count, let first):
            "\(count) private-use character(s), the first at character \(first + 1): a rare character typed with a local font; identify it and enter the standard character"
        case .repeatedPrefix(let removed):
            "\"\(removed)\" was written more than once at the start; kept once"
        }
    }
}
