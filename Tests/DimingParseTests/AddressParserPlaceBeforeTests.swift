import DimingParse
import Testing

/// What comes right before a place's name: a doorplate, a village, a
/// town or the county's name written again. Invented addresses.
@Suite("Address parser: what comes before a place")
struct AddressParserPlaceBeforeTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func doorplateInChineseNumeralsBeforeAPlace() {
        #expect(Self.labels("杭州市西湖区文三路五号华星大厦8楼")
            == ["city:杭州市", "district:西湖区", "road:文三路", "roadno:五号", "poi:华星大厦", "floorno:8楼"])
        #expect(Self.labels("杭州市西湖区文三路二百零八号阳光便利店").suffix(2) == ["roadno:二百零八号", "poi:阳光便利店"])
        // After a branch road the number is the branch's.
        #expect(Self.labels("深圳市宝安区建设路东一巷九号阳光便利店").suffix(2) == ["subroadno:九号", "poi:阳光便利店"])
        // A road word after 号 names a road.
        #expect(Self.labels("台州市温岭市东海大道十号路5号").suffix(2) == ["subroad:十号路", "subroadno:5号"])
    }

    @Test func villageWhoseNameEndsInVillage() {
        #expect(Self.labels("衢州市开化县某某镇石村村上屋12号").suffix(3) == ["community:石村村", "poi:上屋", "roadno:12号"])
        // Villagers' words and the committee after the village stay apart.
        #expect(Self.labels("衢州市开化县某某镇石村村民中心").suffix(2) == ["community:石村", "poi:村民中心"])
        #expect(Self.labels("湖州市吴兴区八里店镇青山村村委会").suffix(2) == ["community:青山村", "poi:村委会"])
    }

    @Test func villageNamedByItsOffice() {
        #expect(Self.labels("台州市玉环县青山村部阳光超市").suffix(2) == ["community:青山村部", "poi:阳光超市"])
        #expect(Self.labels("湖州市吴兴区八里店镇青山村村部").suffix(2) == ["community:青山村", "poi:村部"])
    }

    @Test func countysShortNameRightAfterItStartsAPlace() {
        #expect(Self.labels("台州市椒江区椒江阳光花园10幢")
            == ["city:台州市", "district:椒江区", "poi:椒江阳光花园", "houseno:10幢"])
        // Before a road it stays a repeat of the county.
        #expect(Self.labels("杭州市滨江区滨江阳光路8号")
            == ["city:杭州市", "district:滨江区", "redundant:滨江", "road:阳光路", "roadno:8号"])
    }

    @Test func townWrittenAfterARoadWithNoDoorplate() {
        #expect(Self.labels("杭州市拱墅区某某路某某街道阳光花园3幢").suffix(4)
            == ["road:某某路", "town:某某街道", "poi:阳光花园", "houseno:3幢"])
        // After a doorplate the town's name starts an institution's name.
        #expect(Self.labels("温州市鹿城区某某路8号某某镇人民政府").suffix(3)
            == ["road:某某路", "roadno:8号", "poi:某某镇人民政府"])
        // 乡 inside a name (某某水乡) is no town.
        #expect(Self.labels("杭州市拱墅区某某路都市水乡清水苑2幢").contains("town:都市水乡") == false)
    }

    @Test func divisionNameBeforeAnOfficeOrCompanyIsItsName() {
        #expect(Self.labels("金华市武义县某某路8号武义县图书馆").last == "poi:武义县图书馆")
        #expect(Self.labels("台州市椒江区某某街道台州市看守所").last == "poi:台州市看守所")
        #expect(Self.labels("湖州市德清县某某镇青山村湖州市某某纸业有限公司").last == "poi:湖州市某某纸业有限公司")
        // A clubhouse is no office.
        #expect(Self.labels("宁波市鄞州区某某路8号宁波市阳光会所").suffix(2) == ["redundant:宁波市", "poi:阳光会所"])
    }

    @Test func zhiAfterADoorplateStartsAPlacesName() {
        #expect(Self.labels("杭州市西湖区某某路1155号之江花园3幢").suffix(4)
            == ["road:某某路", "roadno:1155号", "poi:之江花园", "houseno:3幢"])
        // A sub-number after 之 stays the doorplate's.
        #expect(Self.labels("杭州市西湖区某某路118号之3").last == "roadno:118号之3")
    }
}
