import DimingParse
import Testing

/// 号 written with no number, on invented addresses.
@Suite("Address parser: a stray 号")
struct AddressParserStrayNumberWordTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func aStrayNumberWordBeforeAPlaceIsMeaningless() {
        #expect(Self.labels("金华市东阳市阳光大街号某某学院")
            == ["city:金华市", "district:东阳市", "road:阳光大街", "redundant:号", "poi:某某学院"])
        #expect(Self.labels("宁波市象山县阳光路46号号某某塑料有限公司").suffix(3)
            == ["roadno:46号", "redundant:号", "poi:某某塑料有限公司"])
    }

    @Test func aStrayNumberWordEndingTheLineIsMeaningless() {
        #expect(Self.labels("台州市路桥区阳光大道12号某某银行号").suffix(2) == ["poi:某某银行", "redundant:号"])
    }
}
