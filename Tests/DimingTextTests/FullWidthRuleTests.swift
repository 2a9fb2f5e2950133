import DimingText
import Testing

@Suite("Rule: full-width forms")
struct FullWidthRuleTests {
    static let rule = Tables.only(.fullWidth)

    @Test func asciiFormsBecomeAscii() {
        #expect(Self.rule.normalize("１１８号Ａ座ｂ－＃！～").text == "118号A座b-#!~")
        #expect(Self.rule.normalize("\u{FF01}\u{FF5E}").text == "!~")
    }

    @Test func ideographicSpaceBecomesASpace() {
        #expect(Self.rule.normalize("大道　１００号").text == "大道 100号")
    }

    /// Foundation's transform would turn these into half-width katakana
    /// punctuation; they are ordinary Chinese punctuation and must stay.
    @Test func cjkPunctuationIsUntouched() {
        let text = "。、「」『』《》〈〉【】〔〕・｟"
        #expect(Self.rule.normalize(text).text == text)
        #expect(Self.rule.normalize(text).firedRules.isEmpty)
    }

    @Test func halfWidthKatakanaAndOtherWideSignsAreNotThisRulesBusiness() {
        #expect(Self.rule.normalize("｡､￥").text == "｡､￥")
    }

    @Test func offsetsAreOneToOne() {
        let result = Self.rule.normalize("号１１８")
        #expect(result.offsets.starts == [0, 1, 2, 3])
        #expect(result.offsets.ends == [1, 2, 3, 4])
    }
}
