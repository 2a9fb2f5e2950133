import DimingParse
import Testing

/// A line that starts with a town's bare name run together with a long
/// place name: the town first, then the place. Invented addresses.
@Suite("Address parser: a town's bare name before a long place name")
struct AddressParserLeadingTownLongPlaceTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func townBeforeALongPlaceNameIsReadFirst() {
        // 店口 (店口镇 of 诸暨), 濮院 (濮院镇 of 桐乡): five characters or more after them.
        #expect(Self.labels("店口东山五金机电市场8幢") == ["town:店口", "poi:东山五金机电市场", "houseno:8幢"])
        #expect(Self.labels("濮院青山羊绒服装城3楼") == ["town:濮院", "poi:青山羊绒服装城", "floorno:3楼"])
    }

    @Test func fourCharactersAfterTheTownAreAPlaceOfItsOwn() {
        #expect(Self.labels("店口东山超市5楼") == ["town:店口", "poi:东山超市", "floorno:5楼"])
        #expect(Self.labels("店口山口新村3幢").first == "town:店口")
    }

    @Test func shortInternationalOrWorksAreaNamesStayWhole() {
        #expect(Self.labels("店口大厦5楼") == ["poi:店口大厦", "floorno:5楼"])
        // A works area with no name of its own is named after the town.
        #expect(Self.labels("店口工业小区8幢") == ["poi:店口工业小区", "houseno:8幢"])
        // 国际 goes on naming the place with the town's name.
        #expect(Self.labels("店口国际商务中心5楼") == ["poi:店口国际商务中心", "floorno:5楼"])
    }
}
