import DimingParse
import Testing

/// Doorplates written in other shapes (Chinese numerals, a sub-number after
/// 号), on invented addresses.
@Suite("Address parser: number shapes")
struct AddressParserNumberShapeTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func doorplateInChineseNumeralsAfterARoad() {
        #expect(Self.labels("杭州市西湖区某某路五号某某商店").suffix(3) == ["road:某某路", "roadno:五号", "poi:某某商店"])
        #expect(Self.labels("杭州市西湖区某某大道二百四十八号某某大厦").suffix(2) == ["roadno:二百四十八号", "poi:某某大厦"])
        #expect(Self.labels("杭州市西湖区某某路某某巷二号某某商店").suffix(3) == ["subroad:某某巷", "subroadno:二号", "poi:某某商店"])
        // A generic word after 号 makes the number part of a name.
        #expect(!Self.labels("杭州市西湖区某某路十号路口").contains("roadno:十号"))
        #expect(!Self.labels("杭州市西湖区某某路八号桥某某商店").contains("roadno:八号"))
    }

    @Test func subNumberAfterHaoAndADashIsABuilding() {
        #expect(Self.labels("杭州市西湖区某某路9号-7").suffix(3) == ["roadno:9号", "redundant:-", "houseno:7"])
        #expect(Self.labels("杭州市西湖区某某路118号-10某某商店").suffix(4) == ["roadno:118号", "redundant:-", "houseno:10", "poi:某某商店"])
        // 号之一 stays one doorplate.
        #expect(Self.labels("杭州市西湖区某某路118号之一").last == "roadno:118号之一")
    }

    @Test func zhiAfterADoorplateStartsTheNextName() {
        #expect(Self.labels("杭州市西湖区某某路1155号之江某某学院").suffix(2) == ["roadno:1155号", "poi:之江某某学院"])
    }

    @Test func numberedCourtyardIsAPlace() {
        #expect(Self.labels("北京市朝阳区某某路4号院8号楼").suffix(3) == ["road:某某路", "poi:4号院", "houseno:8号楼"])
    }

    @Test func stallWordAfterItsNumberIsPartOfTheRoom() {
        #expect(Self.labels("杭州市某某商城1131铺某某生活馆").suffix(2) == ["roomno:1131铺", "person:某某生活馆"])
        #expect(Self.labels("某某市场9层1区6街20427商位").last == "roomno:20427商位")
        #expect(Self.labels("某某商城4区4楼41间").last == "roomno:41间")
        // 档口 stays a word of its own; so does a stall word after no place.
        #expect(!Self.labels("杭州市某某市场2072档口").contains("roomno:2072档"))
        #expect(!Self.labels("杭州市某某路12间").contains("roomno:12间"))
    }
}
