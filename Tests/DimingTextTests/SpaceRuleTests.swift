import DimingText
import Testing

@Suite("Rule: spaces")
struct SpaceRuleTests {
    static let rule = Tables.only(.spaces)

    @Test func spacesNextToHanTextGo() {
        #expect(Self.rule.normalize("浙江省 台州市  黄岩区").text == "浙江省台州市黄岩区")
        #expect(Self.rule.normalize("劳动北路 118 号").text == "劳动北路118号")
        #expect(Self.rule.normalize("100号 A座").text == "100号A座")
    }

    @Test func spacesNextToPunctuationGo() {
        #expect(Self.rule.normalize("黄岩区 (原黄岩县) ").text == "黄岩区(原黄岩县)")
        #expect(Self.rule.normalize("118 - 1号").text == "118-1号")
    }

    @Test func oneSpaceBetweenSpacedWordsSurvives() {
        #expect(Self.rule.normalize("Block  A").text == "Block A")
        #expect(Self.rule.normalize("12\u{A0}3").text == "12 3")
        #expect(Self.rule.normalize("Straße 5").text == "Straße 5")
    }

    @Test func edgesAreTrimmed() {
        #expect(Self.rule.normalize("  \u{3000}劳动北路 ").text == "劳动北路")
        #expect(Self.rule.normalize("   ").text == "")
    }

    @Test func aKeptSpaceMapsToTheWholeRun() {
        let result = Self.rule.normalize("A   B")
        #expect(result.text == "A B")
        #expect(result.offsets.sourceRange(ofScalar: 1) == 1..<4)
        #expect(result.offsets.sourceRange(ofScalar: 2) == 4..<5)
    }

    @Test func nothingToDoFiresNothing() {
        #expect(Self.rule.normalize("Block A").firedRules.isEmpty)
    }
}
