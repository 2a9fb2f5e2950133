import DimingParse
import Testing

/// A doorplate written with 路 for 号 right after its road, on invented addresses.
@Suite("Address parser: doorplate written with 路")
struct AddressParserRoadNumberWithLuTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func longNumberWithLuAfterARoadIsItsDoorplate() {
        #expect(Self.labels("杭州市西湖区某某镇某某路1043路某某冷库").suffix(3) == ["road:某某路", "roadno:1043路", "poi:某某冷库"])
    }

    @Test func numberedLaneWithADoorplateStaysALane() {
        #expect(Self.labels("杭州市西湖区某某道12路805号").suffix(2) == ["subroad:12路", "subroadno:805号"])
    }
}
