import DimingText
import Testing

/// The rules together: order, offsets and reporting across the whole line.
@Suite("Normalizer pipeline")
struct PipelineTests {
    @Test func rulesRunInTheirOwnOrderWhateverTheCallerLists() {
        let normalizer = Normalizer(tables: Tables.shipped, rules: [.numerals, .fullWidth])
        #expect(normalizer.rules == [.fullWidth, .numerals])
        #expect(Normalizer(tables: Tables.shipped).rules == NormalizationRule.allCases)
    }

    @Test func aDisabledRuleDoesNothing() {
        let normalizer = Normalizer(tables: Tables.shipped, rules: NormalizationRule.allCases.filter { $0 != .traditional })
        #expect(normalizer.normalize("乾貨市場１號").text == "乾貨市場1號")
    }

    @Test func theFiredRulesAreListedInOrder() {
        let result = Tables.normalizer.normalize("\u{200B}黃岩區 東城街道　勞動北路一百一十八號")
        #expect(result.text == "黄岩区东城街道劳动北路118号")
        #expect(result.firedRules == [.invisibleCharacters, .fullWidth, .spaces, .traditional, .numerals])
        #expect(result.firedRules.map(\.summary).first == "removed invisible or control characters")
    }

    @Test func offsetsPointIntoTheOriginalLine() {
        let input = "\u{200B}黃岩區 勞動北路 一百一十八號"
        let result = Tables.normalizer.normalize(input)
        #expect(result.text == "黄岩区劳动北路118号")
        let original = Array(input.unicodeScalars)
        func source(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(original[result.offsets.sourceRange(of: range)]))
        }
        #expect(source(0..<3) == "黃岩區")
        #expect(source(3..<7) == "勞動北路")
        #expect(source(7..<11) == "一百一十八號")
        #expect(result.offsets.inputLength == original.count)
    }

    @Test func anEmptyLineIsAnEmptyResult() {
        let result = Tables.normalizer.normalize("")
        #expect(result.text == "")
        #expect(result.scalars.isEmpty)
        #expect(result.offsets.sourceRange(of: 0..<0) == 0..<0)
        #expect(!result.changed)
    }

    @Test func aSubstringIsNormalizedOnItsOwn() {
        let line = "id,劳动北路１１８号,x"
        let field = line.split(separator: ",")[1]
        let result = Tables.normalizer.normalize(field)
        #expect(result.text == "劳动北路118号")
        #expect(result.offsets.sourceRange(of: 0..<4) == 0..<4)
    }

    @Test func normalizedTextIsStable() {
        for line in ["台州黄岩劳动北路１１８號之一", "竹海水韵春风里12-3-1001", "沿山村第五村民小组六号", "乾隆路8號"] {
            let once = Tables.normalize(line)
            #expect(Tables.normalize(once) == once)
        }
    }
}
