import DimingText
import Testing

@Suite("Rule: radical and compatibility forms")
struct RadicalRuleTests {
    static let rule = Tables.only(.radicals)

    @Test func radicalsSupplementFormsBecomeIdeographs() {
        // U+2EC4 ⻄ and U+2ED3 ⻓, as PDF extraction produces them.
        #expect(Self.rule.normalize("陕西省\u{2EC4}安市\u{2ED3}安区").text == "陕西省西安市长安区")
        #expect(Self.rule.normalize("\u{2EE9}岩区").text == "黄岩区")
    }

    @Test func kangxiRadicalsBecomeIdeographs() {
        #expect(Self.rule.normalize("\u{2FA6}华").text == "金华")  // ⾦
        #expect(Self.rule.normalize("\u{2F00}\u{2F06}").text == "一二")
    }

    @Test func compatibilityIdeographsBecomeUnified() {
        let result = Self.rule.normalize("\u{F900}\u{2F800}")
        #expect(result.scalars.map(\.value) == [0x8C48, 0x4E3D])
        #expect(Self.rule.normalize("\u{FA11}").text == "崎")
    }

    /// A radical that stands for a traditional form ends up simplified,
    /// because the radical rule runs first.
    @Test func radicalsOfTraditionalFormsEndUpSimplified() {
        #expect(Tables.normalize("\u{2FA8}牌") == "门牌")  // ⾨ → 門 → 门
    }

    @Test func ordinaryTextIsUntouched() {
        #expect(Self.rule.normalize("西湖区文三路").firedRules.isEmpty)
    }
}
