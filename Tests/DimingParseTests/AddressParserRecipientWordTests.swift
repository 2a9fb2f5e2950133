import DimingParse
import Testing

/// Words for the recipient, a contact or a staff number written into the
/// address, on invented addresses.
@Suite("Address parser: the word for the recipient")
struct AddressParserRecipientWordTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theWordForTheRecipientIsMeaningless() {
        #expect(Self.labels("杭州市西湖区文三路8号某某大厦6楼收件人").suffix(2) == ["floorno:6楼", "redundant:收件人"])
    }

    @Test func contactAndStaffNumberWordsAreMeaningless() {
        #expect(Self.labels("金华市义乌市阳光小区8栋2单元工号").suffix(2) == ["cellno:2单元", "redundant:工号"])
        #expect(Self.labels("宁波市宁海县长街镇阳光路8号_手机号").suffix(1) == ["redundant:手机号"])
        #expect(Self.labels("温州市瑞安市某某食铺-微信号").suffix(1) == ["redundant:微信号"])
    }
}
