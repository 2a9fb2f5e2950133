/// One Mandarin syllable as written in Hanyu Pinyin, with its tone.
///
/// Kept as three spellings because each use needs a different one: signs and
/// naming opinions print `toneless` (GB/T 16159 drops tone marks on maps and
/// signs), dictionaries and review screens print `marked`, and homophone
/// comparison wants `key`, plain ASCII in which ü is `v` and ê is `e`, so two
/// names that sound alike compare equal byte for byte.
public struct PinyinSyllable: Hashable, Sendable, CustomStringConvertible {
    /// With its tone mark: `lǜ`, `zhōng`, `ma` (neutral tone).
    public let marked: String
    /// Without the tone mark, keeping ü and ê: `lü`, `zhong`.
    public let toneless: String
    /// ASCII, for keys: `lv`, `zhong`.
    public let key: String
    /// 1–4; 0 for the neutral tone (and for syllables written without a mark).
    public let tone: Int

    /// Reads a syllable as Unihan and the place lexicon write it (NFC or with
    /// combining tone marks). Nil when the text is not one pinyin syllable.
    public init?(_ text: some StringProtocol) {
        var toneless = ""
        var key = ""
        var tone = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if let (base, t) = PinyinSyllable.toned[v] {
                if tone != 0 { return nil }  // two tone marks
                tone = t
                toneless.unicodeScalars.append(Unicode.Scalar(base)!)
                key.unicodeScalars.append(Unicode.Scalar(PinyinSyllable.ascii(base))!)
            } else if let t = PinyinSyllable.combining[v] {
                if tone != 0 || toneless.isEmpty { return nil }
                tone = t
            } else if (v >= 0x61 && v <= 0x7A) || v == 0xFC || v == 0xEA {
                toneless.unicodeScalars.append(scalar)
                key.unicodeScalars.append(Unicode.Scalar(PinyinSyllable.ascii(v))!)
            } else if v >= 0x41 && v <= 0x5A {
                toneless.unicodeScalars.append(Unicode.Scalar(v | 0x20)!)
                key.unicodeScalars.append(Unicode.Scalar(v | 0x20)!)
            } else {
                return nil
            }
        }
        if toneless.isEmpty || toneless.unicodeScalars.count > 7 { return nil }
        self.toneless = toneless
        self.key = key
        self.tone = tone
        self.marked = PinyinSyllable.placeMark(toneless, tone: tone)
    }

    public var description: String { marked }

    /// Starts with a, o or e: such a syllable inside a word takes an
    /// apostrophe in front (Xi'an, Tian'anmen), so it cannot be misread.
    public var startsWithVowelAOE: Bool {
        guard let first = key.unicodeScalars.first else { return false }
        return first == "a" || first == "o" || first == "e"
    }

    private static func ascii(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xFC: return 0x76  // ü → v
        case 0xEA: return 0x65  // ê → e
        default: return v
        }
    }

    /// Precomposed vowels with tone marks → (vowel without the mark, tone).
    private static let toned: [UInt32: (UInt32, Int)] = {
        var map: [UInt32: (UInt32, Int)] = [:]
        // (vowel, its four toned forms; 0 where Unicode has no precomposed form)
        let rows: [(UInt32, [UInt32])] = [
            (0x61, [0x101, 0xE1, 0x1CE, 0xE0]), (0x65, [0x113, 0xE9, 0x11B, 0xE8]),
            (0x69, [0x12B, 0xED, 0x1D0, 0xEC]), (0x6F, [0x14D, 0xF3, 0x1D2, 0xF2]),
            (0x75, [0x16B, 0xFA, 0x1D4, 0xF9]), (0xFC, [0x1D6, 0x1D8, 0x1DA, 0x1DC]),
            (0xEA, [0, 0x1EBF, 0, 0x1EC1]), (0x6E, [0, 0x144, 0x148, 0x1F9]), (0x6D, [0, 0x1E3F, 0, 0]),
        ]
        for (base, forms) in rows {
            for (i, v) in forms.enumerated() where v != 0 { map[v] = (base, i + 1) }
        }
        return map
    }()

    /// Combining tone marks after a plain letter (m̀, ê̄).
    private static let combining: [UInt32: Int] = [0x304: 1, 0x301: 2, 0x30C: 3, 0x300: 4]

    /// Puts the tone mark where pinyin orthography puts it: on a or e; on the
    /// o of ou; otherwise on the last vowel (liú, guì).
    static func placeMark(_ toneless: String, tone: Int) -> String {
        guard (1...4).contains(tone) else { return toneless }
        let scalars = Array(toneless.unicodeScalars)
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "ü", "ê"]
        var at: Int?
        if let i = scalars.firstIndex(where: { $0 == "a" || $0 == "e" || $0 == "ê" }) {
            at = i
        } else if let i = scalars.firstIndex(of: "o"), i + 1 < scalars.count, scalars[i + 1] == "u" {
            at = i
        } else if let i = scalars.lastIndex(where: { vowels.contains($0) }) {
            at = i
        } else if let i = scalars.firstIndex(where: { $0 == "m" || $0 == "n" }) {
            at = i  // syllabic m, n, ng
        }
        guard let at else { return toneless }
        let marks: [Unicode.Scalar: [UInt32]] = [
            "a": [0x101, 0xE1, 0x1CE, 0xE0], "e": [0x113, 0xE9, 0x11B, 0xE8], "i": [0x12B, 0xED, 0x1D0, 0xEC],
            "o": [0x14D, 0xF3, 0x1D2, 0xF2], "u": [0x16B, 0xFA, 0x1D4, 0xF9], "ü": [0x1D6, 0x1D8, 0x1DA, 0x1DC],
            "n": [0, 0x144, 0x148, 0x1F9], "m": [0, 0x1E3F, 0, 0],
        ]
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            if i == at, let row = marks[s], row[tone - 1] != 0 {
                out.append(Unicode.Scalar(row[tone - 1])!)
            } else {
                out.append(s)
                if i == at {
                    out.append(Unicode.Scalar([0x304, 0x301, 0x30C, 0x300][tone - 1] as UInt32)!)
                }
            }
        }
        return String(out)
    }
}
