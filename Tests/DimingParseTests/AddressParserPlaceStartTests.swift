import DimingParse
import Testing

/// Where a place starts after the town: a town's bare name before a works
/// area or a village, a weak generic inside a place's name, a village named
/// by its committee. Invented addresses.
@Suite("Address parser: where a place starts")
struct AddressParserPlaceStartTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func lineStartingWithATownsBareNameBeforeAWorksArea() {
        // 店口 (店口镇 of 诸暨) before a two-character name and a long generic.
        #expect(Self.labels("店口东山工业区8幢") == ["town:店口", "poi:东山工业区", "houseno:8幢"])
        // Right before a generic the name is the estate's own (with four
        // characters or more after the town, see AddressParserLeadingTownLongPlaceTests).
        #expect(Self.labels("店口新村3幢").first == "poi:店口新村")
        // Before a zone's generic the two characters are the generic's first word.
        #expect(Self.labels("下沙经济技术开发区5号大街").first == "devzone:下沙经济技术开发区")
    }

    @Test func lineStartingWithATownsBareNameBeforeAVillage() {
        #expect(Self.labels("店口东山村12号") == ["town:店口", "community:东山村", "roadno:12号"])
        #expect(Self.labels("千岛湖南山社区5幢") == ["town:千岛湖", "community:南山社区", "houseno:5幢"])
    }

    @Test func weakGenericInsideTheNameAfterATownsStem() {
        // 港 inside 金港工业区 does not make 江北金港 one estate's name.
        #expect(Self.labels("浙江省东阳市江北金港工业区5号").contains("town:江北"))
    }

    @Test func characteristicTownIsAPlace() {
        // 特色小镇 are development projects named like towns, not townships.
        #expect(Self.labels("杭州市余杭区青禾小镇3号楼") == ["city:杭州市", "district:余杭区", "poi:青禾小镇", "houseno:3号楼"])
        // A township written in full stays a town.
        #expect(Self.labels("杭州市余杭区青禾镇3号").contains("town:青禾镇"))
    }

    @Test func sharedShortNameAloneBeforeAPlaceIsThePlaces() {
        // 黄龙 starts many towns' names elsewhere (黄龙镇, 黄龙乡): alone at the
        // head of a line before a market it is the market's name.
        #expect(Self.labels("黄龙青禾市场5号").first == "poi:黄龙青禾市场")
        #expect(Self.labels("西湖青禾人家3幢").first == "poi:西湖青禾人家")
        // A short name no other town starts with stays the county.
        #expect(Self.labels("义乌青禾市场5号").first == "district:义乌")
        // After its province, or before a town of its own, it is the county.
        #expect(Self.labels("陕西黄龙青禾市场5号").contains("district:黄龙"))
        #expect(Self.labels("滨江长河街道青禾路5号").first == "district:滨江")
    }

    @Test func villageNamedByItsCommittee() {
        #expect(Self.labels("湖州市吴兴区八里店镇青山村委会").last == "community:青山村委会")
        #expect(Self.labels("湖州市吴兴区八里店镇青山村委会旁").suffix(2) == ["community:青山村委会", "assist:旁"])
        // After the village written in full the committee is a place.
        #expect(Self.labels("湖州市吴兴区八里店镇青山村村委会").suffix(2) == ["community:青山村", "poi:村委会"])
    }

    @Test func divisionNameBeforeAnInstitutionIsItsName() {
        #expect(Self.labels("杭州市西湖区文三路99号西湖区教育局").last == "poi:西湖区教育局")
        #expect(Self.labels("杭州市西湖区文三路99号杭州市第一人民医院").last == "poi:杭州市第一人民医院")
        // Before an estate or building the name written again stays redundant.
        #expect(Self.labels("杭州市西湖区文三路99号西湖区华星大厦").suffix(2) == ["redundant:西湖区", "poi:华星大厦"])
        // The chain written again before the institution stays the chain.
        #expect(Self.labels("浙江省宁波市象山县丹城路8号浙江省象山县民政局").suffix(3)
            == ["redundant:浙江省", "redundant:象山县", "poi:民政局"])
    }

    @Test func latinLettersBeforeAPlacesNameArePartOfIt() {
        #expect(Self.labels("杭州市西湖区文三路99号UDC时代大厦8楼").suffix(2) == ["poi:UDC时代大厦", "floorno:8楼"])
        // Letters after the place, with nothing after them, stay a number.
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦B").last == "roomno:B")
    }

    @Test func roadOrTownNamedAfterAVillage() {
        #expect(Self.labels("金华市义乌市青山村路18号").suffix(2) == ["road:青山村路", "roadno:18号"])
        #expect(Self.labels("青山村街道阳光小区5幢").first == "town:青山村街道")
        // 路口 after the village is its crossing.
        #expect(Self.labels("金华市义乌市青山村路口").suffix(2) == ["community:青山村", "assist:路口"])
    }
}
