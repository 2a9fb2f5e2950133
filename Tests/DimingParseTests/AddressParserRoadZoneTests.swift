import DimingParse
import Testing

/// Roads next to towns and development zones (AddressParser+TownBeforeRoadWord).
@Suite("Address parser: roads, towns and zones")
struct AddressParserRoadZoneTests {
    static func labels(_ line: String) -> [String] {
        AddressParserTailTests.labels(line)
    }

    @Test func roadWordStartingTheNextNameEndsTheTown() {
        #expect(Self.labels("浙江省杭州市萧山区城厢街道道源路66号")
            == ["prov:浙江省", "city:杭州市", "district:萧山区", "town:城厢街道", "road:道源路", "roadno:66号"])
        #expect(Self.labels("宁波市鄞州区某某镇路西村8号").prefix(4)
            == ["city:宁波市", "district:鄞州区", "town:某某镇", "community:路西村"])
    }

    @Test func roadNamedAfterATownStaysOneRoad() {
        #expect(Self.labels("宁波市镇海区龙镇大道12号")
            == ["city:宁波市", "district:镇海区", "road:龙镇大道", "roadno:12号"])
        #expect(Self.labels("桐乡市濮院镇大道南路8号")
            == ["district:桐乡市", "road:濮院镇大道南路", "roadno:8号"])
    }
}
