import DimingParse
import Testing

/// A floor written the English way (12F) run into the room after it, on
/// invented addresses.
@Suite("Address parser: floor mark before a room")
struct AddressParserFloorMarkTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func floorWithFKeepsTheFloorBeforeADashedRoom() {
        #expect(Self.labels("杭州市西湖区某某路88号某某大厦12F-1205").suffix(3) == ["floorno:12F", "redundant:-", "roomno:1205"])
    }

    @Test func floorWithFKeepsTheFloorBeforeDigitsRunIn() {
        #expect(Self.labels("杭州市西湖区某某路88号某某大厦9F1145").suffix(2) == ["floorno:9F", "roomno:1145"])
        // The bare floor stays as it was.
        #expect(Self.labels("杭州市西湖区某某路88号某某大厦12F").last == "floorno:12F")
    }
}
