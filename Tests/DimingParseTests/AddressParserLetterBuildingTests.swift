import DimingParse
import Testing

/// A doorplate with a building letter after a dash, on invented addresses.
@Suite("Address parser: doorplate and lettered building")
struct AddressParserLetterBuildingTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func letterAfterADoorplateAndADashIsABuilding() {
        #expect(Self.labels("湖州市吴兴区某某镇某某路1100-A").suffix(3) == ["roadno:1100", "redundant:-", "houseno:A"])
    }

    @Test func letterInAnEstateChainStaysAUnit() {
        #expect(Self.labels("杭州市西湖区某某花园12-B-836").suffix(5)
            == ["houseno:12", "redundant:-", "cellno:B", "redundant:-", "roomno:836"])
    }
}
