import DimingText
import Testing

@Suite("Rule: traditional and variant characters")
struct TraditionalRuleTests {
    static let rule = Tables.only(.traditional)

    @Test(arguments: [
        ("黃巖區東城街道勞動北路118號", "黄岩区东城街道劳动北路118号"),
        ("臺灣省臺北市", "台湾省台北市"),
        ("長樂坊3衖5號", "长乐坊3巷5号"),
        ("新邨裏弄", "新村里弄"),
        ("華興大廈2棟3單元4層", "华兴大厦2栋3单元4层"),
        ("鳳凰莊", "凤凰庄"),
        ("瀋陽市", "沈阳市"),
    ])
    func convertsCharacters(input: String, expected: String) {
        #expect(Self.rule.normalize(input).text == expected)
    }

    @Test func exceptionWordsKeepTheirCharacters() {
        #expect(Self.rule.normalize("乾隆路8號").text == "乾隆路8号")
        #expect(Self.rule.normalize("乾县").text == "乾县")
        #expect(Self.rule.normalize("乾貨市場").text == "干货市场")
    }

    /// The exception holds whatever form the rest of the word came in, and
    /// the word is written as the exceptions table lists it.
    @Test func exceptionWordsMatchInAnyForm() {
        #expect(Self.rule.normalize("臨安區於潛鎮").text == "临安区於潜镇")
        #expect(Self.rule.normalize("於潜镇").text == "於潜镇")
        #expect(Self.rule.normalize("於是").text == "于是")
    }

    /// Spaces go before this rule runs, so a spaced-out exception word is
    /// still recognised.
    @Test func aSpacedExceptionWordIsStillKept() {
        #expect(Tables.normalize("乾 隆路8號") == "乾隆路8号")
    }

    /// 干 is not turned back into 乾: only the characters as written are kept.
    @Test func exceptionsNeverRestoreACharacter() {
        #expect(Self.rule.normalize("干隆").text == "干隆")
    }

    @Test func firesOnlyWhenSomethingChanged() {
        #expect(Self.rule.normalize("乾隆路").firedRules.isEmpty)
        #expect(Self.rule.normalize("乾隆路8號").firedRules == [.traditional])
    }

    /// The characters registers are known to carry in traditional or variant
    /// form must all be in the shipped table.
    @Test func theShippedTableCoversAddressCharacters() {
        let expected: [(String, String)] = [
            ("號", "号"), ("衖", "巷"), ("邨", "村"), ("裏", "里"), ("裡", "里"), ("廈", "厦"), ("黃", "黄"), ("巖", "岩"),
            ("區", "区"), ("縣", "县"), ("鎮", "镇"), ("鄉", "乡"), ("樓", "楼"), ("棟", "栋"), ("單", "单"), ("層", "层"),
            ("門", "门"), ("東", "东"), ("們", "们"), ("莊", "庄"), ("灣", "湾"), ("橋", "桥"), ("廣", "广"), ("場", "场"),
            ("園", "园"), ("華", "华"), ("興", "兴"), ("寧", "宁"), ("陽", "阳"), ("龍", "龙"), ("鳳", "凤"), ("電", "电"),
            ("車", "车"), ("豐", "丰"), ("馬", "马"), ("濱", "滨"), ("義", "义"), ("與", "与"), ("爲", "为"), ("為", "为"),
            ("衛", "卫"), ("國", "国"), ("蘇", "苏"),
        ]
        for (from, to) in expected {
            #expect(Tables.shipped.traditional[from.unicodeScalars.first!] == to.unicodeScalars.first!, "\(from)")
        }
        // Characters that are the same in both scripts are not listed.
        #expect(Tables.shipped.traditional["室"] == nil)
        #expect(Tables.shipped.traditional["站"] == nil)
    }

    @Test func simplifiedTextIsUntouched() {
        let text = "浙江省台州市黄岩区东城街道劳动北路118号"
        #expect(Self.rule.normalize(text).text == text)
    }
}
