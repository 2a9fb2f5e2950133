extension PinyinTable {
    /// The romanised name by the rules of GB/T 16159-2012 for place names:
    /// 专名 and 通名 written as separate words, each capitalised; a direction
    /// or ordinal of one syllable joined to the term it modifies, a longer one
    /// written apart; syllables inside a word joined, with an apostrophe before
    /// a syllable starting with a, o or e (Xi'an). Signs and maps print it
    /// without tone marks, which is the default.
    ///
    ///     劳动 | 北 | 路       → "Laodong Beilu"
    ///     中山 | 东 | 一 | 路  → "Zhongshan Dongyilu"
    ///     解放 | 大道          → "Jiefang Dadao"
    ///     长江 | 南 | 路 | 三段 → "Changjiang Nanlu Sanduan"
    public func spelling(of parts: [PlaceNamePart], toneMarks: Bool = false) -> String {
        var words: [String] = []
        var pending: [PinyinReading] = []  // modifiers waiting for their term

        func word(_ r: PinyinReading) -> String { r.word(capitalised: true, toneMarks: toneMarks) }
        func flushPending() {
            for r in pending { words.append(word(r)) }
            pending = []
        }
        // Whole-name reading, so lexicon words that span parts (长江 in
        // 长江南路) are read as in the full name.
        let full = parts.map(\.text).joined()
        let reading = self.reading(of: full)
        var offset = 0
        for part in parts where !part.text.isEmpty {
            let count = part.text.unicodeScalars.count
            let range = offset..<offset + count
            offset += count
            let tokens = reading.tokens.filter { range.contains($0.range.lowerBound) }
            let r = PinyinReading(tokens: tokens)
            switch part.kind {
            case .specific, .suffix:
                flushPending()
                words.append(word(r))
            case .direction, .ordinal:
                pending.append(r)
            case .generic:
                var joined: [PinyinReading.Token] = []
                for m in pending {
                    let monosyllabic = m.syllableCount == 1 && m.tokens.count == 1
                    if monosyllabic {
                        joined += m.tokens
                    } else {
                        if !joined.isEmpty { words.append(word(PinyinReading(tokens: joined))) }
                        joined = []
                        words.append(word(m))
                    }
                }
                pending = []
                words.append(word(PinyinReading(tokens: joined + r.tokens)))
            }
        }
        flushPending()
        return words.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
