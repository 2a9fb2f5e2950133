import DimingText
import Testing

@Suite("Rule: Chinese numerals")
struct ChineseNumeralRuleTests {
    static let rule = Tables.only(.numerals)

    @Test(arguments: [
        ("一百一十八号", "118号"),
        ("二单元", "2单元"),
        ("十二幢", "12幢"),
        ("三楼", "3楼"),
        ("三楼302室", "3楼302室"),
        ("一千零五号", "1005号"),
        ("二九八号", "298号"),
        ("一〇〇一室", "1001室"),
        ("两百号", "200号"),
        ("三号楼二单元五〇二室", "3号楼2单元502室"),
        ("一号院", "1号院"),
        ("第三层", "第3层"),
        ("五组六号", "5组6号"),
        ("第五村民小组六号", "第5村民小组6号"),
        ("一百一十八号之一", "118号之一"),
        ("一号附二号", "1号附2号"),
        ("柳营路六百六十九弄十四号", "柳营路669弄14号"),
        ("中山一路一百一十八号二单元", "中山一路118号2单元"),
    ])
    func numbersBeforeUnitWordsBecomeDigits(input: String, expected: String) {
        #expect(Self.rule.normalize(input).text == expected)
    }

    @Test(arguments: [
        "中山一路", "经二路", "八一路", "三元里", "五星村", "十里堡", "六安市", "七星路", "千岛湖镇",
        // Names ending in a unit word that something name-like follows.
        "三号桥", "五楼村", "三座门",
        // Lane ordinals are names; only lane numbers under a road convert.
        "东风三巷", "三弄",
        // Not well-formed numbers.
        "一百五号", "两号", "十十号",
    ])
    func numeralsInNamesStay(input: String) {
        #expect(Self.rule.normalize(input).text == input)
    }

    @Test func aNumeralAfterADigitIsLeftAlone() {
        #expect(Self.rule.normalize("1十号").text == "1十号")
    }

    @Test func theDigitsMapToTheWholeNumeral() {
        let result = Self.rule.normalize("路一百一十八号")
        #expect(result.text == "路118号")
        for i in 1...3 { #expect(result.offsets.sourceRange(ofScalar: i) == 1..<6) }
        #expect(result.offsets.sourceRange(ofScalar: 4) == 6..<7)
        #expect(result.offsets.sourceRange(of: 1..<5) == 1..<7)
    }
}
