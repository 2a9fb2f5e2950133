import DimingParse
import Testing

/// Where a village stops being the village: a numbered village named after
/// a town, a village written after the village or community already given.
/// Invented addresses.
@Suite("Address parser: villages and the places in them")
struct AddressParserCommunityTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func ordinalVillageAfterATownsStemIsOneName() {
        // 东柳 (东柳街道 of 鄞州区) and 一村: the numbered village is named after the town.
        // (With a numbered building after it, it is an estate of blocks.)
        #expect(Self.labels("宁波市鄞州区东柳一村5幢").suffix(2) == ["poi:东柳一村", "houseno:5幢"])
        #expect(Self.labels("宁波市鄞州区东柳一村18号").suffix(2) == ["community:东柳一村", "roadno:18号"])
        // A village with a name of its own after the stem stays apart.
        #expect(Self.labels("宁波市鄞州区东柳东山村5号").suffix(3) == ["town:东柳", "community:东山村", "roadno:5号"])
    }

    @Test func villageAfterAVillageOrCommunityIsAPlaceInIt() {
        #expect(Self.labels("杭州市余杭区良渚街道青山社区东山村18号").suffix(3)
            == ["community:青山社区", "poi:东山村", "roadno:18号"])
        #expect(Self.labels("湖州市吴兴区八里店镇青山村东山村5号").suffix(3)
            == ["community:青山村", "poi:东山村", "roadno:5号"])
        // 自然村 says its level outright.
        #expect(Self.labels("湖州市吴兴区八里店镇青山村东山自然村5号").suffix(2) == ["community:东山自然村", "roadno:5号"])
    }

    @Test func countyWrittenBeforeATownIsAPieceOfItsOwn() {
        // 苍县 is no county of the gazetteer: the town after it is still read.
        #expect(Self.labels("浙江省温州市苍县白水镇东山路8号")
            == ["prov:浙江省", "city:温州市", "district:苍县", "town:白水镇", "road:东山路", "roadno:8号"])
        // A works area ending in 区 stays one name.
        #expect(Self.labels("浙江省温州市苍县东山工业区8号").contains("district:苍县") == false)
    }

    @Test func townDecidesAnAmbiguousCounty() {
        // 江北区 is 宁波's or 重庆's; 洪塘 is a town of 宁波's.
        #expect(Self.labels("江北区洪塘阳光花园5幢") == ["district:江北区", "town:洪塘", "poi:阳光花园", "houseno:5幢"])
        #expect(Self.labels("普陀区沈家门东山路8号") == ["district:普陀区", "town:沈家门", "road:东山路", "roadno:8号"])
        #expect(Self.labels("江北区阳光花园5幢") == ["district:江北区", "poi:阳光花园", "houseno:5幢"])
    }

    @Test func farmsThemedTownsAndRuralBanksArePlaces() {
        // 小镇 (a themed 特色小镇) and 农场 name places, not townships.
        #expect(Self.labels("杭州市余杭区仓前街道良睦路12号青山小镇").last == "poi:青山小镇")
        #expect(Self.labels("宁波市鄞州区古林镇东山村青山农场").last == "poi:青山农场")
        // 农村 inside a rural bank's or health station's name is no village.
        #expect(Self.labels("杭州市余杭区文一路12号余杭农村商业银行").last == "poi:余杭农村商业银行")
        #expect(Self.labels("宁波市海曙区文一路12号青山社区卫生服务站").last == "poi:青山社区卫生服务站")
    }

    @Test func newVillageWithADoorplateAfterTheTownIsTheVillage() {
        #expect(Self.labels("湖州市吴兴区八里店镇东山新村18号").suffix(2) == ["community:东山新村", "roadno:18号"])
        // With numbered buildings it is an estate.
        #expect(Self.labels("湖州市吴兴区八里店镇东山新村5幢").suffix(2) == ["poi:东山新村", "houseno:5幢"])
    }
}
