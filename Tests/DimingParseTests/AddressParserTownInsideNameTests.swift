import DimingParse
import Testing

/// A town written in full with other text glued in front of it: the town
/// alone is the town. Invented addresses.
@Suite("Address parser: a town's full name after glued text")
struct AddressParserTownInsideNameTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func textGluedBeforeATownIsAPieceOfItsOwn() {
        // 西店镇 (of 宁海县) after a company's name.
        #expect(Self.labels("宁波市东山物流西店镇望海路8号")
            == ["city:宁波市", "poi:东山物流", "town:西店镇", "road:望海路", "roadno:8号"])
        // A town's bare name before another town's full name is written again.
        #expect(Self.labels("下沙白杨街道六号大街8号").prefix(2) == ["redundant:下沙", "town:白杨街道"])
    }

    @Test func aTownsOwnNameStaysWhole() {
        #expect(Self.labels("宁波市宁海县西店镇望海路8号")
            == ["city:宁波市", "district:宁海县", "town:西店镇", "road:望海路", "roadno:8号"])
    }
}
