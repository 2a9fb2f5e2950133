import DimingParse
import Testing

/// A numbered store or hall (5号库, 10号馆, 7号厂房) is one place, on invented addresses.
@Suite("Address parser: numbered stores")
struct AddressParserNumberedStoreTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func aNumberedStoreOrHallIsOnePlace() {
        #expect(Self.labels("宁波市北仑区明州路88号宏达国际会展中心9号馆12楼")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:88号", "poi:宏达国际会展中心", "subpoi:9号馆", "floorno:12楼"])
        #expect(Self.labels("宁波市北仑区明州路88号宏达针织7号厂房").suffix(2) == ["poi:宏达针织", "subpoi:7号厂房"])
    }

    @Test func aDoorplateBeforeAStoreStaysApart() {
        // 26号 is the road's doorplate; the factory building is a place after it.
        #expect(Self.labels("宁波市北仑区明州路26号厂房8楼")
            == ["city:宁波市", "district:北仑区", "road:明州路", "roadno:26号", "poi:厂房", "floorno:8楼"])
    }
}
