import DimingParse
import Testing

/// A village with numbered buildings after it is an estate of blocks under
/// the village's name. Invented addresses.
@Suite("Address parser: a village with numbered buildings")
struct AddressParserVillageBuildingsTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func villageWithABuildingIsAnEstate() {
        #expect(Self.labels("金华市义乌市青山街道东山村12幢3单元501").suffix(4)
            == ["poi:东山村", "houseno:12幢", "cellno:3单元", "roomno:501"])
        #expect(Self.labels("宁波市鄞州区东山二村5栋").suffix(2) == ["poi:东山二村", "houseno:5栋"])
    }

    @Test func villageWithADoorplateOrGroupStaysTheVillage() {
        #expect(Self.labels("湖州市吴兴区八里店镇东山村18号").suffix(2) == ["community:东山村", "roadno:18号"])
        #expect(Self.labels("湖州市吴兴区八里店镇东山村5组").suffix(2) == ["community:东山村", "road:5组"])
    }

    @Test func compressedNumbersAfterAVillageLeaveItTheVillage() {
        // 12-3-501 is spelled out as a building by the normalizer, not written so.
        #expect(Self.labels("金华市义乌市青山街道东山村12-3-501").contains("community:东山村"))
    }
}
