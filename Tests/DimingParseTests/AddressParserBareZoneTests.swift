import DimingParse
import Testing

/// A development-zone word written bare after the county or city, on invented addresses.
@Suite("Address parser: a bare zone word after a division")
struct AddressParserBareZoneTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func bareZoneAfterTheCountyIsItsZone() {
        #expect(Self.labels("嘉兴市海盐县开发区阳光路8号")
            == ["city:嘉兴市", "district:海盐县", "devzone:开发区", "road:阳光路", "roadno:8号"])
    }

    @Test func firmAfterABareZoneIsThePlace() {
        #expect(Self.labels("浙江省温州市开发区某某电器有限公司")
            == ["prov:浙江省", "city:温州市", "devzone:开发区", "poi:某某电器有限公司"])
    }

    @Test func bareZoneAfterATownStaysAPlace() {
        #expect(Self.labels("湖州市德清县某某镇开发区阳光路8号")
            == ["city:湖州市", "district:德清县", "town:某某镇", "poi:开发区", "road:阳光路", "roadno:8号"])
    }
}
