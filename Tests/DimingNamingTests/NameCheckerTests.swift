import DimingNaming
import Testing

@Suite("Naming rules on a name alone")
struct NameCheckerTests {
    let checker = NamingFixture.checker
    /// 黄岩区, 台州市, 浙江省.
    let county = "331003"

    func rules(_ name: String, _ c: NameClass = .road, division: String = "331003", facts: SizeFacts = SizeFacts()) -> Set<String> {
        Set(checker.check(name, nameClass: c, divisionCode: division, facts: facts).map(\.rule))
    }

    @Test(arguments: ["人民路", "劳动北路", "中山东一路", "解放大道", "长江南路三段", "北京路", "东风路", "青龙街", "南锣鼓巷"])
    func ordinaryRoadsPass(name: String) {
        #expect(rules(name).isEmpty)
    }

    @Test(arguments: [("阳光花园", NameClass.residential), ("春风里", .residential), ("幸福家园", .residential), ("金融大厦", .building), ("沿山村", .village), ("东城街道", .township)])
    func ordinaryPlacesPass(name: String, c: NameClass) {
        #expect(rules(name, c).isEmpty)
    }

    /// The official examples of the 2018 campaign (DOMAIN.md section 2).
    @Test(arguments: [
        ("宇宙城", NameClass.residential, "da.word"), ("中央首府", .residential, "da.word"), ("龙御天下", .residential, "da.word"),
        ("金科世界城", .residential, "da.word"), ("欧洲花园", .residential, "da.word"),
        ("马可波罗大厦", .building, "yang.foreign"), ("曼哈顿社区", .residential, "yang.foreign"),
        ("香榭丽舍小区", .residential, "yang.foreign"), ("维多利亚酒店", .building, "yang.foreign"),
        ("阳光巴洛克", .residential, "yang.foreign"), ("MOMOPARK", .building, "guai.latin"),
        ("99大厦", .building, "guai.numeric"), ("加州1886", .residential, "guai.digits"), ("BOBO自由城", .residential, "guai.latin"),
        ("24克拉", .residential, "guai.digits"), ("8哩岛", .residential, "guai.digits"), ("24米路", .road, "guai.digits"),
        ("哑巴路", .road, "guai.vulgar"), ("黄泉路", .road, "guai.vulgar"), ("皇庭御景", .residential, "feudal.word"),
        ("御府花园", .residential, "feudal.word"),
    ])
    func campaignExamplesAreFound(name: String, c: NameClass, rule: String) {
        #expect(rules(name, c).contains(rule))
    }

    @Test func allowListProtectsHarbinsCentralStreet() {
        // 230102 道里区, 哈尔滨市.
        #expect(!rules("中央大街", division: "230102").contains("da.word"))
        #expect(rules("中央大街", division: county).contains("da.word"))
    }

    @Test func commemorativeDatesAreExempt() {
        #expect(rules("五一路").isEmpty)
        #expect(rules("八一路").isEmpty)
        #expect(rules("一路").contains("guai.numeric"))
        #expect(rules("二环路").isEmpty)
    }

    @Test func homophonesOfListedWords() {
        let f = checker.check("天按门路", nameClass: .road, divisionCode: county)
        #expect(f.contains { $0.rule == "da.homophone" && $0.evidence == "天按门" })
    }

    @Test func divisionNamesAreNotFlagged() {
        // 克拉玛依 is a city (not a transliteration to reject); 皇姑 a district.
        #expect(!rules("克拉玛依路").contains("yang.transliteration"))
        #expect(!rules("克拉玛依路").contains("yang.foreign"))
        #expect(!rules("皇姑路").contains("feudal.word"))
        #expect(rules("亚特兰蒂斯小区", .residential).contains("yang.transliteration"))
    }

    @Test func genericRules() {
        #expect(rules("路").contains("generic.alone"))
        #expect(rules("金城大厦广场", .building).contains("generic.stacked"))
        #expect(rules("阳光苑公寓", .residential).contains("generic.stacked"))
        #expect(!rules("翠苑小区", .residential).contains("generic.stacked"))
        #expect(rules("青山", .residential).contains("generic.missing"))
        #expect(rules("万达广场", .road).contains("generic.class"))
    }

    @Test func sizeRulesOnlyOnStatedFacts() {
        #expect(!rules("振兴大道").contains("da.size"))
        #expect(rules("振兴大道", facts: SizeFacts([.width: 30, .length: 2000])).contains("da.size"))
        #expect(!rules("振兴大道", facts: SizeFacts([.width: 80, .length: 9000])).contains("da.size"))
        #expect(rules("金融大厦", .building, facts: SizeFacts([.floors: 6])).contains("da.size"))
        #expect(!rules("金融大厦", .building, facts: SizeFacts([.floors: 12])).contains("da.size"))
        #expect(rules("时代广场", .building, facts: SizeFacts([.landArea: 5000, .floorArea: 30000])).contains("da.size"))
        // Land area missing: 广场 may still be earned by floor area, so no finding.
        #expect(!rules("时代广场", .building, facts: SizeFacts([.landArea: 5000])).contains("da.size"))
    }

    /// 大桥 claims a long bridge (东风大桥 was renamed 东风桥 in the 2018
    /// campaign): without a length the review asks for it, with one it decides.
    @Test func bridgeSize() {
        #expect(rules("东风大桥", .other) == ["da.size-unstated"])
        let asked = checker.check("东风大桥", nameClass: .other, divisionCode: county)
        #expect(NamingVerdict(findings: asked) == .revise)
        #expect(asked.first?.category == .exaggerated)
        #expect(asked.first?.message.contains("--length") == true)
        #expect(rules("东风大桥", .other, facts: SizeFacts([.length: 60])) == ["da.size"])
        #expect(rules("东风大桥", .other, facts: SizeFacts([.length: 450])).isEmpty)
        // A width says nothing of length: still asked.
        #expect(rules("东风大桥", .other, facts: SizeFacts([.width: 30])) == ["da.size-unstated"])
        #expect(rules("东风桥", .other).isEmpty)
        // Generics without ask keep judging only stated facts.
        #expect(rules("金融大厦", .building).isEmpty)
    }

    @Test func scriptRules() {
        #expect(rules("人民路·东段").contains("guai.symbol"))
        #expect(rules("愛民路").contains("guai.traditional"))
        #expect(rules("愛国路").contains("guai.mixed-script"))
        #expect(rules("\u{20000}山路").contains("guai.rare"))
    }

    @Test func verdicts() {
        #expect(NamingVerdict(findings: []) == .ok)
        #expect(NamingVerdict(findings: checker.check("宇宙城", nameClass: .residential, divisionCode: county)) == .reject)
        #expect(NamingVerdict(findings: checker.check("青山", nameClass: .residential, divisionCode: county)) == .revise)
    }

    @Test func spelling() {
        #expect(checker.spelling(of: "劳动北路", nameClass: .road) == "Laodong Beilu")
        #expect(checker.spelling(of: "阳光花园", nameClass: .residential) == "Yangguang Huayuan")
        #expect(checker.spelling(of: "厦门路", nameClass: .road) == "Xiamen Lu")
    }
}

@Suite("Duplicates and homophones")
struct DuplicateIndexTests {
    let checker = NamingFixture.checker

    var reviewer: NamingReviewer {
        NamingReviewer(
            checker: checker,
            registered: [
                RegisteredName(ref: "road:1", name: "人民路", nameClass: .road, divisionCode: "331003"),
                RegisteredName(ref: "road:2", name: "青龙路", nameClass: .road, divisionCode: "331003"),
                RegisteredName(ref: "road:3", name: "台州路", nameClass: .road, divisionCode: "331003"),
                RegisteredName(ref: "road:4", name: "新华路", nameClass: .road, divisionCode: "331003"),
                RegisteredName(ref: "road:5", name: "单桥路", nameClass: .road, divisionCode: "331003"),
                RegisteredName(ref: "road:6", name: "沿河西路", nameClass: .road, divisionCode: "331002"),
                RegisteredName(ref: "road:7", name: "前进路", nameClass: .road, divisionCode: "331004"),
                RegisteredName(ref: "road:8", name: "胜利新村路", nameClass: .road, divisionCode: "331003"),
                RegisteredName(ref: "place:1", name: "青龙路", nameClass: .residential, divisionCode: "331003"),
                RegisteredName(ref: "road:9", name: "长乐路", nameClass: .road, divisionCode: "331003"),
            ])
    }

    func rules(_ name: String, scope: NamingScope = .county) -> [String] {
        reviewer.review(name, nameClass: .road, divisionCode: "331003", scope: scope).findings.map(\.rule)
    }

    @Test func identical() {
        #expect(rules("人民路") == ["chong.identical"])
        #expect(reviewer.review("人民路", nameClass: .road, divisionCode: "331003").verdict == .reject)
    }

    @Test func ownRowIsNotADuplicate() {
        #expect(reviewer.review("人民路", nameClass: .road, divisionCode: "331003", excluding: "road:1").findings.isEmpty)
    }

    @Test func identicalAfterDroppingCityNameOrPrefix() {
        #expect(rules("台州人民路").contains("chong.reduced"))
        #expect(rules("大青龙路").contains("chong.reduced"))
        // 新华路 keeps its 新: 华路 would be a one-character name.
        #expect(!rules("华路").contains("chong.reduced"))
    }

    @Test func sameSpecificOtherGeneric() {
        #expect(rules("青龙街") == ["chong.generic"])
    }

    @Test func homophone() {
        #expect(rules("清龙路") == ["chong.homophone"])
        // 单 read chán (its second reading): 蝉桥路 may sound like 单桥路.
        #expect(rules("蝉桥路").contains("chong.homophone"))
        // 长乐 is fixed by the place lexicon (cháng lè): no zhǎng reading.
        #expect(rules("涨乐路").isEmpty)
    }

    @Test func oneCharacterApart() {
        #expect(rules("胜利新街路").contains("chong.near"))
        // Short 专名: 人和路 vs 人民路 is not reported.
        #expect(rules("人和路").isEmpty)
    }

    @Test func scope() {
        #expect(rules("前进路").isEmpty)
        #expect(rules("前进路", scope: .city) == ["chong.identical"])
        #expect(rules("沿河西路", scope: .city) == ["chong.identical"])
    }

    @Test func ordinaryNameInACountyWithoutItPasses() {
        #expect(reviewer.review("建设路", nameClass: .road, divisionCode: "331003").verdict == .ok)
    }
}
