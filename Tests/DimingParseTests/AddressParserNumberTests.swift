import DimingParse
import Testing

/// Rules for doorplates, buildings, units and rooms, on invented addresses.
@Suite("Address parser: numbers")
struct AddressParserNumberTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func stretchOfDoorplatesOfOneLengthIsOneDoorplate() {
        #expect(Self.labels("杭州市西湖区某某路151-195号").suffix(2) == ["road:某某路", "roadno:151-195号"])
        #expect(Self.labels("杭州市西湖区某某路1151-1195号").last == "roadno:1151-1195号")
        // A short number after the doorplate is a building behind it.
        #expect(Self.labels("杭州市西湖区某某路82-11号").suffix(3) == ["roadno:82", "redundant:-", "houseno:11号"])
        #expect(Self.labels("杭州市西湖区某某路15-95号").suffix(3) == ["roadno:15", "redundant:-", "houseno:95号"])
    }

    @Test func longSecondOfTwoBareNumbersIsARoom() {
        #expect(Self.labels("上海市浦东新区某某路639-2014").suffix(3) == ["roadno:639", "redundant:-", "roomno:2014"])
        #expect(Self.labels("上海市浦东新区某某路639-12").suffix(3) == ["roadno:639", "redundant:-", "houseno:12"])
        // After a village, building and room of an estate named after it.
        #expect(Self.labels("宁波市江北区某某一村123-1077").suffix(3) == ["houseno:123", "redundant:-", "roomno:1077"])
        #expect(Self.labels("宁波市江北区某某村12-3").suffix(3) == ["roadno:12", "redundant:-", "houseno:3"])
    }

    @Test func unitNamedByItsSideIsAUnit() {
        #expect(Self.labels("杭州市西湖区某某小区3幢西单元502").suffix(3) == ["houseno:3幢", "cellno:西单元", "roomno:502"])
        #expect(Self.labels("杭州市西湖区某某大厦东单元1201").suffix(3) == ["poi:某某大厦", "cellno:东单元", "roomno:1201"])
    }

    @Test func doorplateWithASecondNumberBeforeABuildingIsOneDoorplate() {
        #expect(Self.labels("杭州市西湖区某某路31-2号9幢7楼").suffix(4) == ["road:某某路", "roadno:31-2号", "houseno:9幢", "floorno:7楼"])
        #expect(Self.labels("杭州市西湖区某某路31-2号").suffix(3) == ["roadno:31", "redundant:-", "houseno:2号"])
    }

    @Test func buildingNumberWithADashIsOneBuilding() {
        #expect(Self.labels("杭州市西湖区某某小区1-18栋").last == "houseno:1-18栋")
        #expect(Self.labels("杭州市西湖区某某小区A-6幢").last == "houseno:A-6幢")
    }

    @Test func twoNumbersWithHaoAfterAnEstateAreTwoNumbers() {
        #expect(Self.labels("杭州市西湖区某某小区13-11号").suffix(3) == ["houseno:13", "redundant:-", "roomno:11号"])
        #expect(Self.labels("杭州市西湖区某某小区5幢47-18号").suffix(4) == ["houseno:5幢", "cellno:47", "redundant:-", "roomno:18号"])
        // A place in a village takes the village's doorplates.
        #expect(Self.labels("杭州市余杭区某某镇某某村某某湾90-6号").suffix(3) == ["roadno:90", "redundant:-", "houseno:6号"])
    }

    @Test func numberWithHaoBeforeARoomIsABuilding() {
        #expect(Self.labels("上海市嘉定区某某镇某某新村161号407").suffix(2) == ["houseno:161号", "roomno:407"])
        #expect(Self.labels("上海市嘉定区某某镇某某新村161号").last == "roadno:161号")
    }

    @Test func shortRunOfStallsInAMarketIsOneRoom() {
        #expect(Self.labels("杭州市西湖区某某市场32-38号").suffix(2) == ["poi:某某市场", "roomno:32-38号"])
        #expect(Self.labels("杭州市西湖区某某市场5-10号").last == "roomno:5-10号")
    }

    @Test func letteredBuildingWithLouIsABuilding() {
        #expect(Self.labels("杭州市西湖区某某大厦A楼15楼").suffix(2) == ["houseno:A楼", "floorno:15楼"])
        #expect(Self.labels("杭州市西湖区某某园E8楼1308室").suffix(2) == ["houseno:E8楼", "roomno:1308室"])
        // After a building it is a floor.
        #expect(Self.labels("杭州市西湖区某某路12号3号楼b楼").suffix(2) == ["houseno:3号楼", "floorno:b楼"])
    }

    @Test func stemPrefixBeforeADoorplateOnARoad() {
        #expect(Self.labels("北京市朝阳区某某东街甲3号").suffix(2) == ["road:某某东街", "roadno:甲3号"])
        #expect(Self.labels("北京市某某路乙155号").last == "roadno:乙155号")
    }
}
