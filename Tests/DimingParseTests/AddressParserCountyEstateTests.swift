import DimingParse
import Testing

/// A county's bare name with a one-character estate generic and the estate's
/// buildings after it names the estate.
@Suite("Address parser: an estate named after the county")
struct AddressParserCountyEstateTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func aBuildingNumberAfterTheGenericMakesItAnEstate() {
        #expect(Self.labels("余杭汇3幢1单元502") == ["poi:余杭汇", "houseno:3幢", "cellno:1单元", "roomno:502"])
    }

    @Test func aNameGoingOnAfterTheCharacterLeavesTheCounty() {
        #expect(Self.labels("余杭汇金大厦") == ["district:余杭", "poi:汇金大厦"])
    }
}
