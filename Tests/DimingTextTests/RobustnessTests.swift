import DimingCore
@testable import DimingText
import Testing

/// Whatever a clerk pastes, normalizing returns a value, the offset map is
/// sound, the output is clean, and normalizing again changes nothing.
@Suite("Robustness")
struct RobustnessTests {
    /// Seeded, so a failure can be replayed.
    typealias Generator = SplitMix64

    /// Pieces that make the rules fire, mixed with noise.
    static let fragments: [String] = [
        "浙江省", "台州市", "黄岩区", "东城街道", "劳动北路", "中山一路", "春风里", "阳光小区", "沿山村", "第", "村民小组",
        "号", "號", "之", "附", "甲", "乙", "单元", "幢", "栋", "号楼", "楼", "层", "室", "组", "弄", "巷", "路", "大道",
        "一", "二", "三", "十", "百", "千", "万", "两", "零", "〇", "○", "一百一十八", "二九八",
        "乾隆", "於潛", "乾", "於", "區", "縣", "⻄", "\u{2FA8}", "\u{F900}", "\u{FA11}",
        "12-3-1001", "118-1", "-", "--", "——", "~", "(", ")", "（", "）", "【", "】", "·", "・", "。", "、",
        " ", "  ", "\u{3000}", "\t", "\n", "１１８", "Ａ", "－", "～", "12", "3", "1001", "0", "A", "b",
    ]

    static let ranges: [ClosedRange<UInt32>] = [
        0x4E00...0x9FFF,  // Han
        0x30...0x39,  // digits
        0x20...0x7E,  // ASCII
        0xFF01...0xFF5E,  // full-width
        0x3000...0x303F,  // CJK punctuation
        0x2010...0x2015,  // dashes
        0x2E80...0x2FDF,  // radicals
        0xF900...0xFAFF,  // compatibility ideographs
        0x20000...0x2FFFF,  // Han beyond the BMP
        0x1F300...0x1F6FF,  // emoji
        0x0...0x1F,  // C0 controls
        0x7F...0x9F,  // DEL and C1
        0x200B...0x200F,  // zero-width and direction marks
        0x202A...0x202E,  // direction overrides
        0x2066...0x2069,  // direction isolates
        0xFE00...0xFE0F,  // variation selectors
        0xE000...0xF8FF,  // private use
        0xFFF0...0xFFFF,  // specials and noncharacters
        0x0...0x10FFFF,  // anything (surrogates are skipped)
    ]

    static func randomLine(_ g: inout Generator) -> String {
        var line = String.UnicodeScalarView()
        let pieces = g.below(16)
        for _ in 0..<pieces {
            if g.below(2) == 0 {
                line.append(contentsOf: g.pick(fragments).unicodeScalars)
            } else {
                let range = g.pick(ranges)
                for _ in 0...g.below(3) { line.append(g.scalar(in: range)) }
            }
        }
        if g.below(8) == 0 {
            let copy = line
            line.append(contentsOf: copy)  // repeated prefixes
        }
        return String(line)
    }

    static func isForbiddenInOutput(_ v: UInt32) -> Bool {
        switch v {
        case 0x0...0x1F, 0x7F...0x9F, 0xFF01...0xFF5E, 0x3000, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// What every result must satisfy; returns the first broken invariant.
    static func problem(input: String, result: NormalizedText, normalizer: Normalizer) -> String? {
        let inputLength = input.unicodeScalars.count
        let map = result.offsets
        let starts = map.starts
        let ends = map.ends
        guard map.inputLength == inputLength, starts.count == result.scalars.count, ends.count == result.scalars.count
        else { return "offset map has the wrong size" }
        guard Array(result.text.unicodeScalars) == result.scalars else { return "text and scalars differ" }
        var lastStart = 0
        var lastEnd = 0
        for i in result.scalars.indices {
            let start = starts[i]
            let end = ends[i]
            guard 0 <= start, start <= end, end <= inputLength else { return "scalar \(i) maps outside the input" }
            guard start >= lastStart, end >= lastEnd else { return "offset map goes backwards at \(i)" }
            lastStart = start
            lastEnd = end
        }
        if let bad = result.scalars.first(where: { isForbiddenInOutput($0.value) }) {
            return "output holds U+\(String(bad.value, radix: 16, uppercase: true))"
        }
        let again = normalizer.normalize(result.text)
        guard again.scalars == result.scalars else { return "not idempotent: \(result.text.debugDescription) → \(again.text.debugDescription)" }
        for sub in result.subNumbers where sub.range.upperBound > result.scalars.count { return "sub-number out of range" }
        return nil
    }

    @Test("skipping the rules a line has no character for changes nothing")
    func skippingUnconcernedRules() {
        var everyRule = Tables.normalizer
        everyRule.skipsUnconcernedRules = false
        var g = Generator(state: 7_654_321)
        var lines = Self.fragments
        for _ in 0..<20_000 { lines.append(Self.randomLine(&g)) }
        for line in lines {
            #expect(Tables.normalizer.normalize(line) == everyRule.normalize(line), "\(line.debugDescription)")
        }
    }

    @Test func twoHundredThousandGeneratedLines() async {
        let normalizer = Tables.normalizer
        let chunks = 4
        let perChunk = 50_000
        let failures = await withTaskGroup(of: [String].self) { group in
            for chunk in 0..<chunks {
                group.addTask {
                    var g = Generator(state: 20_261_122 &+ UInt64(chunk) &* 1_000_003)
                    var failures: [String] = []
                    for _ in 0..<perChunk {
                        let line = Self.randomLine(&g)
                        let result = normalizer.normalize(line)
                        if let problem = Self.problem(input: line, result: result, normalizer: normalizer), failures.count < 5 {
                            failures.append("\(line.debugDescription): \(problem)")
                        }
                    }
                    return failures
                }
            }
            var all: [String] = []
            for await failures in group { all += failures }
            return all
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Long lines of every shape that could make a rule do more than linear
    /// work: each must come back (the suite would hang, not fail, otherwise).
    @Test(arguments: [
        "浙江省台州市", "江省江", "一百一十八号", "春风里12-3-1001", "118号之一", "第5村民小组6号", "1", "- ", "乾隆號",
        "\u{202E}\u{3000}", "𪨷",
    ])
    func aHundredKilobyteLine(piece: String) {
        let count = 100_000 / max(1, piece.utf8.count)
        let line = String(repeating: piece, count: count)
        let result = Tables.normalizer.normalize(line)
        #expect(Self.problem(input: line, result: result, normalizer: Tables.normalizer) == nil)
    }

    @Test func aHundredKilobyteLineOfNoise() {
        var g = Generator(state: 7)
        var line = ""
        while line.utf8.count < 100_000 { line += Self.randomLine(&g) }
        let result = Tables.normalizer.normalize(line)
        #expect(Self.problem(input: line, result: result, normalizer: Tables.normalizer) == nil)
    }

    @Test func invalidUTF8ArrivesAsReplacementCharacters() {
        let bytes: [UInt8] = [0xE5, 0x8F, 0xB7, 0xFF, 0xC0, 0x80, 0xE5, 0x8F]
        let line = String(decoding: bytes, as: UTF8.self)
        let result = Tables.normalizer.normalize(line)
        #expect(result.text.hasPrefix("号"))
        #expect(result.warnings.contains { if case .damagedText = $0 { true } else { false } })
    }

    @Test func emojiAndCombiningMarksAreKept() {
        #expect(Tables.normalize("劳动北路🏠118号") == "劳动北路🏠118号")
        #expect(Tables.normalize("Cafe\u{301} 5") == "Cafe\u{301} 5")
    }
}

extension SplitMix64 {
    /// A scalar in `range`, skipping the surrogate gap.
    mutating func scalar(in range: ClosedRange<UInt32>) -> Unicode.Scalar {
        while true {
            let v = range.lowerBound + UInt32(next() % UInt64(range.upperBound - range.lowerBound + 1))
            if let scalar = Unicode.Scalar(v) { return scalar }
        }
    }
}
