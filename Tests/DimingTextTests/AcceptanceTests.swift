import DimingText
import Testing

/// The examples the normalization engine was specified with: the whole
/// pipeline, from what clerks paste to what the registry writes.
@Suite("Acceptance examples")
struct AcceptanceTests {
    @Test(arguments: [
        ("台州黄岩劳动北路１１８號之一", "台州黄岩劳动北路118号之一"),
        ("浙江省 台州市 黄岩区 浙江省 台州市 黄岩区 东城街道", "浙江省台州市黄岩区东城街道"),
        ("竹海水韵春风里12-3-1001", "竹海水韵春风里12幢3单元1001室"),
        ("⻄湖区文三路", "西湖区文三路"),
        ("乾隆路8號", "乾隆路8号"),
        ("中山一路一百一十八号二单元", "中山一路118号2单元"),
        ("五组六号", "5组6号"),
        ("黄岩区（原黄岩县）东城街道", "黄岩区(原黄岩县)东城街道"),
        // Full-width digits, letters and the ideographic space: the space
        // stands between 号 (Han) and A, so it goes; see SpaceRule.
        ("上海市浦东新区世纪大道１００号　Ａ座", "上海市浦东新区世纪大道100号A座"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(Tables.normalize(input) == expected)
    }

    @Test func subNumberStructureOfTheFirstExample() {
        let result = Tables.normalizer.normalize("台州黄岩劳动北路１１８號之一")
        #expect(result.subNumbers.count == 1)
        let sub = result.subNumbers[0]
        #expect(sub.base == 118)
        #expect(sub.sub == .number(1))
        #expect(sub.style == .zhiYi)
        #expect(sub.chineseSub)
        #expect(sub.written == "118号之一")
        // 118号之一 spans output 8..<14 and, in the input, １１８號之一 at 8..<14.
        #expect(sub.range == 8..<14)
        #expect(result.offsets.sourceRange(of: sub.range) == 8..<14)
        #expect(result.firedRules == [.fullWidth, .traditional])
    }

    @Test func spacesBetweenLatinWordsSurvive() {
        #expect(Tables.normalize("世纪大道１００号　Ｂｌｏｃｋ　Ａ") == "世纪大道100号Block A")
        #expect(Tables.normalize("12  3号") == "12 3号")
    }
}
