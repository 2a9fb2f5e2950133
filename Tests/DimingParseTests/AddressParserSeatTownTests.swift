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

/// A county's bare name with a one-character estate generic and the estate's
/// buildings after it names the estate.
@Suite("Address parser: an estate named after the county")
struct AddressParserCountyEstateTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func aBuildingNumberAfterTheGenericMakesItAnEstate() {
        #expect(Self.labels("余杭汇3幢1单元502") == ["poi:余杭汇", "houseno:3幢", "cellno:1单元", "roomno:502"])
    }

    @Test func aNameGoingOnAfterTheCharacterLeavesTheCounty() {
        #expect(Self.labels("余杭汇金大厦") == ["district:余杭", "poi:汇金大厦"])
    }
}

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

/// A known slip inside an autonomous county's name.
@Suite("Address parser: a misspelt autonomous county")
struct AddressParserMisspeltAutonomousCountyTests {
    @Test func theSlipReadsAsTheCountyWithAWarning() {
        let parsed = AddressParserTests.parser.parse("云南省澜沧拉沽族自治县勐朗镇")
        #expect(AddressParserTests.labels(parsed) == ["prov:云南省", "district:澜沧拉沽族自治县", "town:勐朗镇"])
        #expect(parsed.division?.code == "530828")
        #expect(parsed.warnings.contains("misspelt division name: 澜沧拉沽族自治县 read as 澜沧拉祜族自治县"))
    }
}

/// A town's bare name after its city, then a road named 区… or 县….
@Suite("Address parser: a town's stem before a road named after the district")
struct AddressParserTownBeforeDistrictRoadTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func theStemIsTheTownAndTheGenericStartsTheRoad() {
        #expect(Self.labels("浙江省湖州市织里县前街8号")
            == ["prov:浙江省", "city:湖州市", "town:织里", "road:县前街", "roadno:8号"])
    }

    @Test func aFormerDistrictStaysADistrict() {
        // 江东 is no town of 宁波: 江东区 is the district merged into 鄞州区.
        let parsed = AddressParserTests.parser.parse("浙江省宁波市江东区百丈路8号")
        #expect(AddressParserTests.labels(parsed).starts(with: ["prov:浙江省", "city:宁波市", "district:江东区", "road:百丈路"]))
        #expect(parsed.division?.code == "330212")
    }
}
