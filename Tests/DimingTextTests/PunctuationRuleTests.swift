import DimingText
import Testing

@Suite("Rule: dashes, tildes and brackets")
struct PunctuationRuleTests {
    static let rule = Tables.only(.punctuation)

    @Test(arguments: ["118\u{2014}1号", "118\u{2013}1号", "118\u{2015}1号", "118\u{2010}1号", "118\u{2011}1号", "118\u{2212}1号", "118\u{FF0D}1号", "118\u{FE63}1号"])
    func dashesBecomeHyphens(input: String) {
        #expect(Self.rule.normalize(input).text == "118-1号")
    }

    @Test func tildesBecomeTildes() {
        #expect(Self.rule.normalize("1\u{301C}5号").text == "1~5号")
        #expect(Self.rule.normalize("1\u{FF5E}5号").text == "1~5号")
    }

    @Test func everyBracketBecomesRound() {
        #expect(Self.rule.normalize("（原黄岩县）").text == "(原黄岩县)")
        #expect(Self.rule.normalize("【原】〔原〕［原］[原]〖原〗").text == "(原)(原)(原)(原)(原)")
    }

    @Test func quotesAndTitleMarksStay() {
        let text = "「原」《原》“原”。、"
        #expect(Self.rule.normalize(text).text == text)
    }

    @Test func hyphenRunsAreSeparators() {
        #expect(Self.rule.normalize("杭州市----滨江区").text == "杭州市 滨江区")
        #expect(Self.rule.normalize("杭州市——滨江区").text == "杭州市 滨江区")
        #expect(Tables.normalize("浙江省杭州市----滨江区") == "浙江省杭州市滨江区")
        let result = Self.rule.normalize("市--区")
        #expect(result.offsets.sourceRange(ofScalar: 1) == 1..<3)
    }

    @Test func hyphenRunBetweenDigitsIsOneHyphen() {
        let result = Self.rule.normalize("三区7--1557号")
        #expect(result.text == "三区7-1557号")
        #expect(result.offsets.sourceRange(ofScalar: 3) == 3..<5)
        // With a space inside, or a word on either side, it is a separator.
        #expect(Self.rule.normalize("7- -15").text == "7 15")
        #expect(Self.rule.normalize("7号--15").text == "7号 15")
    }

    @Test func middleDotsBecomeOne() {
        #expect(Self.rule.normalize("阿凡提・路").text == "阿凡提·路")
    }
}
