import DimingParse
import Testing

/// The province written again inside a chain, on invented addresses.
@Suite("Address parser: the province again inside the chain")
struct AddressParserProvinceAgainTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theProvinceAgainBeforeATownIsTheRepetition() {
        #expect(Self.labels("浙江省杭州市西湖区浙江省西溪街道文三路8号")
            == ["prov:浙江省", "city:杭州市", "district:西湖区", "redundant:浙江省", "town:西溪街道", "road:文三路", "roadno:8号"])
    }

    @Test func theProvinceAgainBeforeACountyOfTheCityIsTheRepetition() {
        #expect(Self.labels("浙江省温州市浙江省永嘉县阳光路8号")
            == ["prov:浙江省", "city:温州市", "redundant:浙江省", "district:永嘉县", "road:阳光路", "roadno:8号"])
    }

    @Test func theChainWrittenAgainStillStandsLater() {
        #expect(Self.labels("浙江省金华市浙江省金华市永康市阳光路8号")
            == ["redundant:浙江省", "redundant:金华市", "prov:浙江省", "city:金华市", "district:永康市", "road:阳光路", "roadno:8号"])
    }
}
