import DimingParse
import Testing

/// 办事处 after a short name is an office named as a place; after 街 or
/// 街道 it is the town. Invented addresses.
@Suite("Address parser: a town's office")
struct AddressParserTownOfficeTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func shortNamedOfficeIsAPlace() {
        #expect(Self.labels("东山办事处青山花园5幢") == ["poi:东山办事处", "subpoi:青山花园", "houseno:5幢"])
    }

    @Test func townWrittenWithItsOfficeStaysTheTown() {
        #expect(Self.labels("杭州市余杭区东山街道办事处").last == "town:东山街道办事处")
        #expect(Self.labels("东山街办事处文一路8号") == ["town:东山街办事处", "road:文一路", "roadno:8号"])
    }
}
