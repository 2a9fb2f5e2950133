import DimingParse
import Testing

/// A lettered wing (A座) written after a numbered building, on invented addresses.
@Suite("Address parser: wing after a building")
struct AddressParserWingAfterBuildingTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func wingBeforeAFloorIsAUnit() {
        #expect(Self.labels("杭州市西湖区某某路5号某某园9栋A座17楼").suffix(3) == ["houseno:9栋", "cellno:A座", "floorno:17楼"])
        #expect(Self.labels("杭州市西湖区某某路5号某某园一号楼A座6楼").suffix(3) == ["houseno:一号楼", "cellno:A座", "floorno:6楼"])
    }

    @Test func wingBeforeARoomIsALocatingWord() {
        #expect(Self.labels("杭州市西湖区某某路5号某某园43栋B座1535").suffix(3) == ["houseno:43栋", "assist:B座", "roomno:1535"])
    }

    @Test func wingAfterADoorplateStaysTheBuilding() {
        #expect(Self.labels("杭州市西湖区某某路62号C座31层").suffix(2) == ["houseno:C座", "floorno:31层"])
    }
}
