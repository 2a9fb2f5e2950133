import DimingText
import Testing

@Suite("Rule: building-unit-room")
struct BuildingUnitRoomRuleTests {
    static let rule = Tables.only(.buildingUnitRoom)

    @Test(arguments: [
        ("竹海水韵春风里12-3-1001", "竹海水韵春风里12幢3单元1001室"),
        ("阳光小区3-2-502", "阳光小区3幢2单元502室"),
        ("阳光小区3-2-502室", "阳光小区3幢2单元502室"),
        ("东城街道阳光花园5-1-301张三", "东城街道阳光花园5幢1单元301室张三"),
        ("劳动北路118号12-3-1001", "劳动北路118号12幢3单元1001室"),
        ("阳光小区12栋3-1001", "阳光小区12栋3单元1001室"),
        ("阳光小区12号楼3-1001", "阳光小区12号楼3单元1001室"),
        ("阳光小区12幢3-1001室", "阳光小区12幢3单元1001室"),
        ("国贸大厦A座2-1203", "国贸大厦A座2单元1203室"),
    ])
    func compressedNumbersAreSpelledOut(input: String, expected: String) {
        #expect(Self.rule.normalize(input).text == expected)
    }

    @Test(arguments: [
        // After a road: a doorplate and its sub-number.
        "劳动北路118-1号",
        "劳动北路12-3-1001",
        "世纪大道12-3-1001",
        // Not three parts, or parts of the wrong size.
        "阳光小区12-1001",
        "阳光小区12-3-1001-5",
        "阳光小区1234-3-1001",
        "阳光小区12-345-1001",
        "阳光小区12-3-10",
        "阳光小区12-3-100100",
        // Something number-like follows.
        "阳光小区12-3-1001号",
        "阳光小区12-3-1001A",
        // Nothing names the estate.
        "12-3-1001",
        // A doorplate is not a building.
        "阳光小区118号3-502",
    ])
    func otherNumbersStay(input: String) {
        #expect(Self.rule.normalize(input).text == input)
    }

    @Test func insertedWordsMapToTheDashesAndTheRoomEnd() {
        let result = Self.rule.normalize("春风里12-3-1001")
        #expect(result.text == "春风里12幢3单元1001室")
        let map = result.offsets
        #expect(map.sourceRange(ofScalar: 5) == 5..<6)  // 幢 ← the first dash
        #expect(map.sourceRange(ofScalar: 7) == 7..<8)  // 单 ← the second dash
        #expect(map.sourceRange(ofScalar: 8) == 7..<8)  // 元 ← the second dash
        #expect(map.sourceRange(ofScalar: 13) == 12..<12)  // 室 was inserted after 1001
        #expect(map.sourceRange(of: 9..<14) == 8..<12)  // 1001室 covers 1001
    }
}
