/// How a name is read, character by character, as the pinyin table decided.
///
/// Kept as tokens tied to positions in the name, not as one string, so the
/// GB/T 16159 speller can group the syllables of 专名 and 通名 into words and
/// a review screen can show which character reads how.
public struct PinyinReading: Sendable, Equatable {
    public struct Token: Sendable, Equatable {
        /// The characters of the name this token covers.
        public var text: String
        /// Offsets in Unicode scalars into the name.
        public var range: Range<Int>
        /// The reading of a Han character; nil for digits, letters and other
        /// characters passed through.
        public var syllable: PinyinSyllable?
    }

    public var tokens: [Token]

    public init(tokens: [Token]) { self.tokens = tokens }

    /// Toneless syllables separated by spaces: "chang an".
    public var toneless: String {
        tokens.map { $0.syllable?.toneless ?? $0.text }.joined(separator: " ")
    }

    /// Tone-marked syllables separated by spaces: "cháng ān".
    public var toneMarked: String {
        tokens.map { $0.syllable?.marked ?? $0.text }.joined(separator: " ")
    }

    /// The tokens written as one word by pinyin orthography: syllables run
    /// together, an apostrophe before a, o, e after the first (Xi'an), first
    /// letter capitalised when asked.
    public func word(capitalised: Bool, toneMarks: Bool = false) -> String {
        var out = ""
        for token in tokens {
            guard let syllable = token.syllable else {
                out += token.text
                continue
            }
            if !out.isEmpty, syllable.startsWithVowelAOE, let last = out.unicodeScalars.last,
                !(last.value >= 0x30 && last.value <= 0x39)
            {
                out += "'"
            }
            out += toneMarks ? syllable.marked : syllable.toneless
        }
        if capitalised, let first = out.first {
            return first.uppercased() + out.dropFirst()
        }
        return out
    }

    /// The number of Han syllables (GB/T 16159 attaches single-syllable
    /// modifiers and writes longer ones apart).
    public var syllableCount: Int { tokens.filter { $0.syllable != nil }.count }
}
