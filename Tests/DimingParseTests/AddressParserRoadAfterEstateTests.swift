import DimingParse
import Testing

/// Roads written right after an estate's name, buildings named after their
/// lane, and Latin letters that are names (AddressParser+RoadAfterEstate).
@Suite("Address parser: roads after estates")
struct AddressParserRoadAfterEstateTests {
    static func labels(_ line: String) -> [String] {
        AddressParserTailTests.labels(line)
    }

    @Test func extendingEstateWordBeforeARoadWordStartsTheRoad() {
        #expect(Self.labels("宁波市江北区某某工业区新城路16号")
            == ["city:宁波市", "district:江北区", "poi:某某工业区", "road:新城路", "roadno:16号"])
        #expect(Self.labels("宁波市江北区阳光小区金城路8号")
            == ["city:宁波市", "district:江北区", "poi:阳光小区", "road:金城路", "roadno:8号"])
    }

    @Test func numberedRoadTakesTheNameAfterTheEstateWord() {
        #expect(Self.labels("温州市龙湾区某某工业园区纬5路12号")
            == ["city:温州市", "district:龙湾区", "poi:某某工业园区", "road:纬5路", "roadno:12号"])
        #expect(Self.labels("温州市龙湾区某某园区滨海3路12号")
            == ["city:温州市", "district:龙湾区", "poi:某某园区", "road:滨海3路", "roadno:12号"])
        // A generic word after the estate's is the estate's own.
        #expect(Self.labels("杭州市西湖区某某新村3巷8号")
            == ["city:杭州市", "district:西湖区", "poi:某某新村", "road:3巷", "roadno:8号"])
    }

    @Test func buildingNamedAfterItsLaneIsOnePlace() {
        #expect(Self.labels("杭州市西湖区文三路青石巷小区5幢")
            == ["city:杭州市", "district:西湖区", "road:文三路", "poi:青石巷小区", "houseno:5幢"])
        #expect(Self.labels("杭州市西湖区文三路12号和平街大厦1203室")
            == ["city:杭州市", "district:西湖区", "road:文三路", "roadno:12号", "poi:和平街大厦", "roomno:1203室"])
    }

    @Test func latinLettersThatAreNames() {
        #expect(Self.labels("杭州市西湖区文三路12号ABC时代大厦5楼")
            == ["city:杭州市", "district:西湖区", "road:文三路", "roadno:12号", "poi:ABC时代大厦", "floorno:5楼"])
        #expect(Self.labels("杭州市西湖区文三路12号华星大厦3楼ABC").last == "person:ABC")
        // A single letter at the end stays a code.
        #expect(Self.labels("杭州市西湖区文三路12号华星大厦3楼A").last == "roomno:A")
    }

    @Test func districtGenericBeforeARoadEndsTheNameBeforeIt() {
        // 金港 is read on its own; 区 ends it (a district the gazetteer lacks).
        #expect(Self.labels("广东省中山市沙溪镇金港区新华路83号")
            == ["prov:广东省", "city:中山市", "town:沙溪镇", "district:金港区", "road:新华路", "roadno:83号"])
    }

    @Test func numberedStreetAfterAnEstateName() {
        #expect(Self.labels("广东省梅州市丰顺县汤坑镇某某花园三街5栋1408")
            == ["prov:广东省", "city:梅州市", "district:丰顺县", "town:汤坑镇", "poi:某某花园", "road:三街", "houseno:5栋",
                "roomno:1408"])
        // After a single character the estate word is part of the road's name.
        #expect(Self.labels("杭州市西湖区西园三路37号") == ["city:杭州市", "district:西湖区", "road:西园三路", "roadno:37号"])
    }

    @Test func numberedAvenueKeepsTheAreaBeforeIt() {
        #expect(Self.labels("杭州市钱塘区金沙6号大街88号某某大厦")
            == ["city:杭州市", "district:钱塘区", "town:金沙", "road:6号大街", "roadno:88号", "poi:某某大厦"])
    }
}
