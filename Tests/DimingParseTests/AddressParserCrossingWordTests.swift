import DimingParse
import Testing

/// Words for a kind of crossing (丁字路口, 三叉路口, 交汇口), on invented addresses.
@Suite("Address parser: crossing words")
struct AddressParserCrossingWordTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func aCrossingWordIsOneLocatingWord() {
        #expect(Self.labels("杭州市西湖区阳光花园丁字路口某某超市").suffix(3)
            == ["poi:阳光花园", "assist:丁字路口", "subpoi:某某超市"])
        #expect(Self.labels("杭州市西湖区文三路与学院路交汇口").suffix(2) == ["subroad:学院路", "assist:交汇口"])
        #expect(Self.labels("杭州市西湖区某某巷三叉路口").suffix(1) == ["assist:三叉路口"])
    }
}
