import DimingText
import Testing

@Suite("Sub-numbers")
struct SubNumberTests {
    @Test(arguments: [
        ("118-1号", 118, SubNumber.Sub.number(1), SubNumber.Style.dash, false),
        ("118号-1", 118, .number(1), .dashAfterHao, false),
        ("118号之一", 118, .number(1), .zhiYi, true),
        ("118号之1", 118, .number(1), .zhiYi, false),
        ("118号之十二", 118, .number(12), .zhiYi, true),
        ("12之3号", 12, .number(3), .zhiYiBeforeHao, false),
        ("118号附1", 118, .number(1), .fu, false),
        ("118号附1号", 118, .number(1), .fuHao, false),
        ("118号附二", 118, .number(2), .fu, true),
        ("118甲号", 118, .stem("甲"), .jiaYi, false),
        ("18号乙", 18, .stem("乙"), .jiaYiAfterHao, false),
    ])
    func everyStyleIsOneStructure(text: String, base: Int, sub: SubNumber.Sub, style: SubNumber.Style, chinese: Bool) {
        let parsed = SubNumber.parse(text)
        #expect(parsed == SubNumber(base: base, sub: sub, style: style, chineseSub: chinese, range: 0..<text.unicodeScalars.count))
        // Written back in the style it came in.
        #expect(parsed?.written == text)
    }

    @Test(arguments: ["118号", "118", "221-223号", "118-0号", "0118-1号", "3号乙楼", "118号之", "118号附", "A8-1号", "118-1"])
    func otherDesignationsAreNotSubNumbers(text: String) {
        #expect(SubNumber.parse(text) == nil)
    }

    /// The normalizer keeps the style and reports the structure with the
    /// position of the designation in the normalized text.
    @Test func theNormalizerKeepsTheStyle() {
        for (input, expected) in [
            ("劳动北路118号之一", "劳动北路118号之一"), ("劳动北路118－1號", "劳动北路118-1号"),
            ("劳动北路118号附1", "劳动北路118号附1"), ("劳动北路118甲號", "劳动北路118甲号"),
        ] {
            let result = Tables.normalizer.normalize(input)
            #expect(result.text == expected)
            #expect(result.subNumbers.count == 1)
            #expect(result.subNumbers.first?.base == 118)
            #expect(result.subNumbers.first?.range.lowerBound == 4)
            #expect(result.subNumbers.first?.range.upperBound == expected.unicodeScalars.count)
        }
    }

    @Test func severalInOneLine() {
        let result = Tables.normalizer.normalize("劳动北路118-1号和120号附2号")
        #expect(result.subNumbers.map(\.written) == ["118-1号", "120号附2号"])
    }

    @Test func aVillageDoorplateCanHaveASubNumber() {
        let result = Tables.normalizer.normalize("沿山村五组六号附一号")
        #expect(result.text == "沿山村5组6号附1号")
        #expect(result.villageGroups == [VillageGroupNumber(group: 5, number: 6, range: 3..<7)])
        #expect(result.subNumbers == [SubNumber(base: 6, sub: .number(1), style: .fuHao, range: 5..<10)])
    }
}
