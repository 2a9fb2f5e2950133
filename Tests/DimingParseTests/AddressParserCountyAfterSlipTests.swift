import DimingParse
import Testing

/// A county and one of its towns, both in full, after a few characters of slip.
@Suite("Address parser: a county and its town after a slip")
struct AddressParserCountyAfterSlipTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theSlipIsRedundantAndTheCountyResolves() {
        let parsed = AddressParserTests.parser.parse("台市黄岩区东城街道劳动北路118号")
        #expect(AddressParserTests.labels(parsed)
            == ["redundant:台市", "district:黄岩区", "town:东城街道", "road:劳动北路", "roadno:118号"])
        #expect(parsed.division?.code == "331003")
    }

    @Test func aCountyWithoutItsTownAfterItIsNotAChainStart() {
        // 长兴县 is not 黄岩区's town: nothing before the county is dropped.
        #expect(!Self.labels("台市黄岩区长兴县").contains("redundant:台市"))
    }
}
