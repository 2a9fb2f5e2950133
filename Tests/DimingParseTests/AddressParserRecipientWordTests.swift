import DimingParse
import Testing

/// 收件人 written into the address, on invented addresses.
@Suite("Address parser: the word for the recipient")
struct AddressParserRecipientWordTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theWordForTheRecipientIsMeaningless() {
        #expect(Self.labels("杭州市西湖区文三路8号某某大厦6楼收件人").suffix(2) == ["floorno:6楼", "redundant:收件人"])
    }
}
