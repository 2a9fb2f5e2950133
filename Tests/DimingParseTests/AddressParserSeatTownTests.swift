import DimingParse
import Testing

/// A county named after its seat town lately (gazetteer/parsing/seat-towns.tsv):
/// its bare name at the head of an address is the town.
@Suite("Address parser: a bare county name that is its seat town")
struct AddressParserSeatTownTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theBareNameAtTheHeadIsTheTownInTheCounty() {
        let parsed = AddressParserTests.parser.parse("临平藕花洲大街300号")
        #expect(AddressParserTests.labels(parsed) == ["town:临平", "road:藕花洲大街", "roadno:300号"])
        #expect(parsed.components.first?.value == "临平街道")
        // The town lies in the county: the line keeps the county's code.
        #expect(parsed.division?.code == "330113")
        #expect(parsed.warnings.contains("临平 read as 临平街道 of 临平区"))
    }

    @Test func writtenWithItsGenericOrAfterItsCityItIsTheCounty() {
        #expect(Self.labels("临平区藕花洲大街300号").first == "district:临平区")
        #expect(Self.labels("杭州临平藕花洲大街300号").starts(with: ["city:杭州", "district:临平"]))
    }

    @Test func countiesNotListedKeepTheirBareName() {
        // 柯桥区 has long been written bare for the county.
        #expect(Self.labels("柯桥万商路100号").first == "district:柯桥")
    }
}
