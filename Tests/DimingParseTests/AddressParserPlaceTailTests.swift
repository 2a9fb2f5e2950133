import DimingParse
import Testing

/// Rules for what follows a place's name (its parts, tenants and the text
/// glued to it), on invented addresses.
@Suite("Address parser: after a place")
struct AddressParserPlaceTailTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func twoCharactersAfterAnEstateAreAPartOfIt() {
        #expect(Self.labels("杭州市西湖区文三路99号金桂花园丹枫3幢")
            == ["city:杭州市", "district:西湖区", "road:文三路", "roadno:99号", "poi:金桂花园", "subpoi:丹枫", "houseno:3幢"])
        #expect(Self.labels("宁波市鄞州区天童路88号红星医院急诊5楼")
            == ["city:宁波市", "district:鄞州区", "road:天童路", "roadno:88号", "poi:红星医院", "subpoi:急诊", "floorno:5楼"])
        // After 城 they go on naming it; one character always does.
        #expect(Self.labels("杭州市江干区德胜路金沙城印象3幢")
            == ["city:杭州市", "district:江干区", "road:德胜路", "poi:金沙城印象", "houseno:3幢"])
        #expect(Self.labels("杭州市余杭区文一西路88号星光科技园金")
            == ["city:杭州市", "district:余杭区", "road:文一西路", "roadno:88号", "poi:星光科技园金"])
    }

    @Test func aPlaceAfterATenantIsATenantToo() {
        #expect(Self.labels("金华市义乌市小商品城三期27号门某某百货店")
            == ["city:金华市", "district:义乌市", "poi:小商品城", "subpoi:三期", "person:27号门", "person:某某百货店"])
    }

    @Test func aPlaceAfterATownIsAPlaceOfItsOwn() {
        #expect(Self.labels("杭州市萧山区钱江世纪城宁围街道金色家园3幢")
            == ["city:杭州市", "district:萧山区", "poi:钱江世纪城", "town:宁围街道", "poi:金色家园", "houseno:3幢"])
        #expect(Self.labels("金华市义乌市佛堂镇某某工业区某某村超市").suffix(2) == ["community:某某村", "poi:超市"])
    }

    @Test func collegeStudentIsOneWord() {
        #expect(Self.labels("杭州市下城区体育场路88号某某大学生创业园")
            == ["city:杭州市", "district:下城区", "road:体育场路", "roadno:88号", "poi:某某大学生创业园"])
    }
}
