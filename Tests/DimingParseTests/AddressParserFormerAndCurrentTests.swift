import DimingParse
import Testing

/// A former name and the current one written side by side.
@Suite("Address parser: a county's former and current names together")
struct AddressParserFormerAndCurrentTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theCurrentNameStandsWhicheverComesFirst() {
        #expect(Self.labels("浙江省杭州市临安市临安区锦城街道钱王街8号").starts(
            with: ["prov:浙江省", "city:杭州市", "redundant:临安市", "district:临安区", "town:锦城街道"]))
        #expect(Self.labels("浙江省杭州市临安区临安市锦城街道钱王街8号").starts(
            with: ["prov:浙江省", "city:杭州市", "district:临安区", "redundant:临安市", "town:锦城街道"]))
    }

    @Test func theSameNameTwiceStillKeepsTheFirst() {
        #expect(Self.labels("浙江省杭州市临安区临安区锦城街道").starts(
            with: ["prov:浙江省", "city:杭州市", "district:临安区", "redundant:临安区"]))
    }
}
