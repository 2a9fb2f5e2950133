import DimingParse
import Testing

/// A prefecture written by the name of its seat city, with another county of
/// that prefecture after it.
@Suite("Address parser: the seat city standing for its prefecture")
struct AddressParserSeatCityTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theSeatBeforeASiblingCountyIsThePrefecture() {
        #expect(Self.labels("湖南省吉首市凤凰县沱江镇阳光路8号")
            == ["prov:湖南省", "city:吉首市", "district:凤凰县", "town:沱江镇", "road:阳光路", "roadno:8号"])
        let parsed = AddressParserTests.parser.parse("湖南省吉首市凤凰县沱江镇阳光路8号")
        // The address lies in the county, not in the seat city.
        #expect(parsed.division?.code == "433123")
        #expect(parsed.components.first { $0.label == .city }?.value == "湘西土家族苗族自治州")
    }

    @Test func separatorsBetweenTheSeatAndTheCountyDoNotMatter() {
        let parsed = AddressParserTests.parser.parse("新疆 阿克苏市 新和县 阳光小区3幢")
        #expect(parsed.division?.code == "652925")
        #expect(AddressParserTests.labels(parsed).starts(with: ["prov:新疆", "city:阿克苏市"]))
    }

    @Test func aNamedPrefectureKeepsTheSeatACounty() {
        // With the prefecture written, two counties follow each other: the
        // chain is not rewritten.
        let parsed = AddressParserTests.parser.parse("湘西州吉首市凤凰县沱江镇")
        #expect(AddressParserTests.labels(parsed).starts(with: ["city:湘西州", "district:吉首市"]))
    }

    @Test func twoDistrictsOfOneCityAreNotASeatAndItsCounty() {
        // 黄岩区 is a district (区), not a seat city: it stays the county.
        let parsed = AddressParserTests.parser.parse("浙江省台州市黄岩区椒江区阳光路8号")
        #expect(parsed.division?.code == "331003")
    }
}
