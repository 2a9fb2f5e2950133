import DimingParse
import Testing

/// Roads next to towns and development zones (AddressParser+TownBeforeRoadWord).
@Suite("Address parser: roads, towns and zones")
struct AddressParserRoadZoneTests {
    static func labels(_ line: String) -> [String] {
        AddressParserTailTests.labels(line)
    }

    @Test func roadWordStartingTheNextNameEndsTheTown() {
        #expect(Self.labels("浙江省杭州市萧山区城厢街道道源路66号")
            == ["prov:浙江省", "city:杭州市", "district:萧山区", "town:城厢街道", "road:道源路", "roadno:66号"])
        #expect(Self.labels("宁波市鄞州区某某镇路西村8号").prefix(4)
            == ["city:宁波市", "district:鄞州区", "town:某某镇", "community:路西村"])
    }

    @Test func roadNamedAfterATownStaysOneRoad() {
        #expect(Self.labels("宁波市镇海区龙镇大道12号")
            == ["city:宁波市", "district:镇海区", "road:龙镇大道", "roadno:12号"])
        #expect(Self.labels("桐乡市濮院镇大道南路8号")
            == ["district:桐乡市", "road:濮院镇大道南路", "roadno:8号"])
    }

    @Test func zoneWrittenRightBeforeItsRoadIsItsOwnPiece() {
        #expect(Self.labels("浙江省温州市平阳县某某工业园区中路12号")
            == ["prov:浙江省", "city:温州市", "district:平阳县", "poi:某某工业园区", "road:中路", "roadno:12号"])
        #expect(Self.labels("天台县坦头镇某某工业区市场路99号")
            == ["district:天台县", "town:坦头镇", "poi:某某工业区", "road:市场路", "roadno:99号"])
        // Named after a zone with no name of its own before it: one road.
        #expect(Self.labels("杭州市西湖区科技园区中路5号")
            == ["city:杭州市", "district:西湖区", "road:科技园区中路", "roadno:5号"])
    }

    @Test func laneRightBeforeABuildingNumberIsTheEstate() {
        #expect(Self.labels("杭州市上城区某某巷12幢3单元")
            == ["city:杭州市", "district:上城区", "poi:某某巷", "houseno:12幢", "cellno:3单元"])
        #expect(Self.labels("杭州市上城区某某路12幢3单元")
            == ["city:杭州市", "district:上城区", "road:某某路", "houseno:12幢", "cellno:3单元"])
        #expect(Self.labels("温州市龙湾区某某花园三街5栋")
            == ["city:温州市", "district:龙湾区", "poi:某某花园", "road:三街", "houseno:5栋"])
    }

    @Test func townStemBeforeALongerRoadIsTheTown() {
        #expect(Self.labels("温州市乐清市柳市车站路8号")
            == ["city:温州市", "district:乐清市", "town:柳市", "road:车站路", "roadno:8号"])
        #expect(Self.labels("温州市乐清市柳市东大道8号")
            == ["city:温州市", "district:乐清市", "road:柳市东大道", "roadno:8号"])
    }

    @Test func roadWordThenLuIsOneRoad() {
        #expect(Self.labels("浙江省台州市黄岩区某某街路12号")
            == ["prov:浙江省", "city:台州市", "district:黄岩区", "road:某某街路", "roadno:12号"])
        #expect(Self.labels("浙江省台州市黄岩区某某巷路12号")
            == ["prov:浙江省", "city:台州市", "district:黄岩区", "road:某某巷路", "roadno:12号"])
        #expect(Self.labels("浙江省金华市磐安县某某街弄58号")
            == ["prov:浙江省", "city:金华市", "district:磐安县", "road:某某街弄", "roadno:58号"])
    }

    @Test func directionAndLuStartingARoadNameAreTheName() {
        #expect(Self.labels("台州市路桥区东路某大道99号")
            == ["city:台州市", "district:路桥区", "road:东路某大道", "roadno:99号"])
        #expect(Self.labels("台州市路桥区东路8号")
            == ["city:台州市", "district:路桥区", "road:东路", "roadno:8号"])
    }

    @Test func villagersGroupIsOneRoad() {
        #expect(Self.labels("安徽省阜南县某某镇某某村东头村民组5号")
            == ["prov:安徽省", "district:阜南县", "town:某某镇", "community:某某村", "road:东头村民组", "roadno:5号"])
    }
}
