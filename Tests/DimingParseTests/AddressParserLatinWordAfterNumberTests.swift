import DimingParse
import Testing

/// A Latin word (a brand or a shop's name) run into a room number or a
/// doorplate, on invented addresses.
@Suite("Address parser: Latin word after a number")
struct AddressParserLatinWordAfterNumberTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func latinWordAfterARoomIsTheTenant() {
        #expect(Self.labels("杭州市西湖区某某路88号某某城八楼L85ABC").suffix(2) == ["roomno:L85", "person:ABC"])
        #expect(Self.labels("杭州市西湖区某某路88号某某城L1244XYZW").suffix(2) == ["roomno:L1244", "person:XYZW"])
    }

    @Test func latinWordAfterADoorplateStartsTheName() {
        #expect(Self.labels("杭州市西湖区某某路853ABCD体验店").suffix(2) == ["roadno:853", "poi:ABCD体验店"])
    }

    @Test func shortLettersAndLongCodesStayInTheNumber() {
        #expect(Self.labels("杭州市西湖区某某路88号某某城B1108").last == "roomno:B1108")
        #expect(Self.labels("杭州市西湖区某某路88号某某大厦12F").last == "floorno:12F")
        #expect(Self.labels("杭州市西湖区某某路88号某某城L12345678ABCD").last == "roomno:L12345678ABCD")
    }
}
