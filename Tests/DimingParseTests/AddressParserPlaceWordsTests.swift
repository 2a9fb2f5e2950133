import DimingParse
import Testing

/// The roles of place generics in gazetteer/parsing/words.tsv (where a
/// place's name ends, where a part of it starts), on invented addresses.
@Suite("Address parser: place generics")
struct AddressParserPlaceWordsTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func anEstateNamedAfterItsHouseholdsEndsThere() {
        // 人家 ends the estate's name; a court named after it is a part of it.
        #expect(Self.labels("杭州市萧山区江南人家丹桂苑3幢")
            == ["city:杭州市", "district:萧山区", "poi:江南人家", "subpoi:丹桂苑", "houseno:3幢"])
    }

    @Test func aNamedSectionAfterAPlaceIsAPartOfIt() {
        // 区 after a place's generic with a name of its own: a hall or section of the place.
        #expect(Self.labels("杭州市余杭区临平大道88号华星商城五金材料区")
            == ["city:杭州市", "district:余杭区", "road:临平大道", "roadno:88号", "poi:华星商城", "subpoi:五金材料区"])
        // A hospital's campus (院区) is a part of the hospital, not 院 and a scrap.
        #expect(Self.labels("温州市鹿城区学院路88号仁爱医院东山院区门诊楼")
            == ["city:温州市", "district:鹿城区", "road:学院路", "roadno:88号", "poi:仁爱医院", "subpoi:东山院区", "person:门诊楼"])
        // Numbered sections after a short name still name the estate.
        #expect(Self.labels("台州市椒江区柳岸七区12幢") == ["city:台州市", "district:椒江区", "poi:柳岸七区", "houseno:12幢"])
    }

    @Test func aFactoryCompoundIsOneWord() {
        #expect(Self.labels("宁波市北仑区明州路88号宏达电器厂区")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:88号", "poi:宏达电器厂区"])
        #expect(Self.labels("宁波市北仑区明州路88号宏达工业园南厂区")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:88号", "poi:宏达工业园", "subpoi:南厂区"])
    }

    @Test func aNamedEstateAfterAPlaceIsAPartOfIt() {
        // 小区 with a name of its own after a place's generic: an estate inside it.
        #expect(Self.labels("宁波市北仑区明州路88号宏达工业区阳光小区3幢")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:88号", "poi:宏达工业区", "subpoi:阳光小区", "houseno:3幢"])
        #expect(Self.labels("宁波市北仑区明州路88号金桂花园二小区3幢")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:88号", "poi:金桂花园", "subpoi:二小区", "houseno:3幢"])
    }

    @Test func anOfficeTowerOrWarehouseAfterAPlaceIsAPartOfIt() {
        #expect(Self.labels("宁波市北仑区明州路88号宏达大厦写字楼9楼")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:88号", "poi:宏达大厦", "subpoi:写字楼", "floorno:9楼"])
        #expect(Self.labels("宁波市北仑区明州路88号宏达建材市场仓库3幢")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:88号", "poi:宏达建材市场", "subpoi:仓库", "houseno:3幢"])
        // On its own a warehouse is a place.
        #expect(Self.labels("宁波市北仑区明州路88号宏达仓库").last == "poi:宏达仓库")
    }

    @Test func aTeachingHospitalIsOnePlace() {
        // 医院 after a university's or school's generic goes on naming the place.
        #expect(Self.labels("杭州市上城区学士路6号江南医学院附属第二医院8楼")
            == ["city:杭州市", "district:上城区", "road:学士路", "roadno:6号", "poi:江南医学院附属第二医院", "floorno:8楼"])
        #expect(Self.labels("杭州市上城区学士路6号江南大学国际医院").last == "poi:江南大学国际医院")
    }
}
