import DimingParse
import Testing

/// A town's bare name after its city, then a road named 区… or 县….
@Suite("Address parser: a town's stem before a road named after the district")
struct AddressParserTownBeforeDistrictRoadTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theStemIsTheTownAndTheGenericStartsTheRoad() {
        #expect(Self.labels("浙江省湖州市织里县前街8号")
            == ["prov:浙江省", "city:湖州市", "town:织里", "road:县前街", "roadno:8号"])
    }

    @Test func aFormerDistrictStaysADistrict() {
        // 江东 is no town of 宁波: 江东区 is the district merged into 鄞州区.
        let parsed = AddressParserTests.parser.parse("浙江省宁波市江东区百丈路8号")
        #expect(AddressParserTests.labels(parsed).starts(with: ["prov:浙江省", "city:宁波市", "district:江东区", "road:百丈路"]))
        #expect(parsed.division?.code == "330212")
    }
}
