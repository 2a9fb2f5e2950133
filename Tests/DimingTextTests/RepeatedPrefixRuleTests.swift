import DimingText
import Testing

@Suite("Rule: repeated division prefix")
struct RepeatedPrefixRuleTests {
    static let rule = Tables.only(.spaces, .repeatedPrefix)

    @Test(arguments: [
        ("浙江省 台州市 黄岩区 浙江省 台州市 黄岩区 东城街道", "浙江省台州市黄岩区东城街道"),
        ("浙江省杭州市滨江区浙江省杭州市滨江区长河街道", "浙江省杭州市滨江区长河街道"),
        ("台州市台州市黄岩区", "台州市黄岩区"),
        // The repeat may start after a division that is not repeated.
        ("浙江省台州市黄岩区台州市黄岩区东城街道", "浙江省台州市黄岩区东城街道"),
        // Three copies are kept once.
        ("黄岩区黄岩区黄岩区劳动北路", "黄岩区劳动北路"),
        ("东城街道 东城街道 劳动北路118号", "东城街道劳动北路118号"),
    ])
    func repeatsAreKeptOnce(input: String, expected: String) {
        #expect(Self.rule.normalize(input).text == expected)
    }

    @Test(arguments: [
        // Not a division run: no generic at the end of the repeated part.
        "黄岩黄岩劳动北路",
        // Repeated road names are not a prefix.
        "劳动北路劳动北路118号",
        // One character is not a run (市市 does not happen in names but 区区 might).
        "区区路",
        // Different divisions.
        "浙江省台州市浙江省杭州市",
        // Digits are not division names.
        "1区1区",
    ])
    func otherTextStays(input: String) {
        #expect(Self.rule.normalize(input).text == input)
    }

    @Test func aWarningNamesWhatWasRemoved() {
        let result = Self.rule.normalize("浙江省台州市浙江省台州市黄岩区")
        #expect(result.warnings == [.repeatedPrefix(removed: "浙江省台州市")])
        #expect(result.firedRules == [.repeatedPrefix])
    }

    /// The kept copy is the first one, so its offsets are where the clerk's
    /// line starts, and what follows maps past the removed copy.
    @Test func offsetsSkipTheRemovedCopy() {
        let result = Self.rule.normalize("台州市 台州市 黄岩区")
        #expect(result.text == "台州市黄岩区")
        #expect(result.offsets.sourceRange(of: 0..<3) == 0..<3)
        #expect(result.offsets.sourceRange(of: 3..<6) == 8..<11)
    }
}
