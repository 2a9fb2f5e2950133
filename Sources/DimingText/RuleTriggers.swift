/// Which of the character-for-character rules a line can concern, found with
/// one table lookup per character while the line is decoded.
///
/// Most lines have no traditional form, radical, full-width character,
/// dash variant, odd space or control character, yet each of those rules
/// made a pass over every line; together they were about a third of the
/// normalizer's work. A rule whose characters are all absent from a line
/// leaves it unchanged, so the normalizer skips that rule (until an earlier
/// rule has changed the text, after which every rule runs).
struct RuleTriggers: Sendable {
    static let invisible: UInt8 = 1 << 0
    static let fullWidth: UInt8 = 1 << 1
    static let punctuation: UInt8 = 1 << 2
    static let spaces: UInt8 = 1 << 3
    static let radicals: UInt8 = 1 << 4
    static let traditional: UInt8 = 1 << 5
    /// Every rule: what a character outside the Basic Multilingual Plane gets.
    static let all: UInt8 = 0xFF

    /// The rules each Basic Multilingual Plane character concerns.
    private let table: [UInt8]

    init(punctuation: PunctuationRule, radicals: RadicalRule, traditional: TraditionalRule) {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in UInt32(0)..<0x10000 {
            var flags: UInt8 = 0
            if InvisibleCharacterRule.concerns(v) { flags |= Self.invisible }
            if FullWidthRule.concerns(v) { flags |= Self.fullWidth }
            if punctuation.concerns(v) { flags |= Self.punctuation }
            if SpaceRule.concerns(v) { flags |= Self.spaces }
            if radicals.concerns(v) { flags |= Self.radicals }
            if traditional.concerns(v) { flags |= Self.traditional }
            table[Int(v)] = flags
        }
        self.table = table
    }

    @inline(__always)
    func flags(_ v: UInt32) -> UInt8 {
        v < 0x10000 ? table.withUnsafeBufferPointer { $0[Int(v)] } : Self.all
    }
}
