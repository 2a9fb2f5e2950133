import DimingParse
import Testing

/// The chain, its town, and the chain written again after the town, on
/// invented addresses.
@Suite("Address parser: the chain again after its town")
struct AddressParserChainAfterTownTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theLaterChainStandsAfterATown() {
        #expect(Self.labels("浙江省杭州市西湖区西溪街道杭州市西湖区文三路8号")
            == [
                "prov:浙江省", "redundant:杭州市", "redundant:西湖区", "redundant:西溪街道", "city:杭州市", "district:西湖区",
                "road:文三路", "roadno:8号",
            ])
        // Written again in full, the province is the repetition too.
        #expect(Self.labels("浙江省杭州市西湖区西溪街道浙江省杭州市西湖区文三路8号")
            == [
                "redundant:浙江省", "redundant:杭州市", "redundant:西湖区", "redundant:西溪街道", "prov:浙江省", "city:杭州市",
                "district:西湖区", "road:文三路", "roadno:8号",
            ])
        // A municipality stands where a city does.
        #expect(Self.labels("重庆市渝中区解放碑街道重庆市渝中区民族路8号")
            == ["redundant:重庆市", "redundant:渝中区", "redundant:解放碑街道", "city:重庆市", "district:渝中区", "road:民族路", "roadno:8号"])
    }

    @Test func theTownWrittenAgainAfterTheLaterChainIsTheTown() {
        #expect(Self.labels("杭州市西湖区西溪街道杭州市西湖区西溪街道阳光小区3幢")
            == [
                "redundant:杭州市", "redundant:西湖区", "redundant:西溪街道", "city:杭州市", "district:西湖区", "town:西溪街道",
                "poi:阳光小区", "houseno:3幢",
            ])
    }

    @Test func aLoneNameAgainIsTheRepetition() {
        #expect(Self.labels("杭州市西湖区西溪街道西湖区文三路8号")
            == ["city:杭州市", "district:西湖区", "town:西溪街道", "redundant:西湖区", "road:文三路", "roadno:8号"])
    }
}
