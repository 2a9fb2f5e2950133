import DimingParse
import Testing

/// Tenants after a floor, locating words and meaningless material after the
/// address proper, on invented addresses.
@Suite("Address parser: tenants, locating words, filler")
struct AddressParserTenantTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func tenantNameCutByAGenericWordIsOnePiece() {
        // 园 inside 园林 cut the company's name in two.
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦12楼东方园林工程有限公司").last == "person:东方园林工程有限公司")
        // 组 read as a village group inside the tenant's name.
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦8楼星光旗舰店售后组").last == "person:星光旗舰店售后组")
        // A counter in a store is a piece of its own.
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦3楼大华商场金鹰专柜").suffix(2) == ["person:大华商场", "person:金鹰专柜"])
        // So is a bare name after a hotel: another tenant.
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦8楼新华宾馆王大明利").suffix(2) == ["person:新华宾馆", "person:王大明利"])
    }

    @Test func villageNameWrittenAgainBeforeANumberIsRedundant() {
        #expect(Self.labels("台州市路桥区金清镇新桥村新桥58号").suffix(3) == ["community:新桥村", "redundant:新桥", "roadno:58号"])
    }

    @Test func urbanAreaAfterTheCountyIsRedundant() {
        #expect(Self.labels("台州市黄岩区城区东风路8号") == ["city:台州市", "district:黄岩区", "redundant:城区", "road:东风路", "roadno:8号"])
        // With a generic word right after it, 城区 names the place or town.
        #expect(Self.labels("台州市黄岩区城区中学").last == "poi:城区中学")
        #expect(Self.labels("台州市黄岩区城区街道东风路8号").contains("town:城区街道"))
    }

    @Test func villageEntranceAndVillageNamedAfterALocatingWord() {
        #expect(Self.labels("诸暨市阮市镇新华村口").suffix(2) == ["community:新华村", "assist:口"])
        #expect(Self.labels("金华市义乌市楼下村3区5幢").contains("community:楼下村"))
    }

    @Test func sideAndCornerWordsAreLocatingWords() {
        #expect(Self.labels("义乌市四海大道9号光明大厦左侧4号楼").suffix(3) == ["poi:光明大厦", "assist:左侧", "houseno:4号楼"])
        #expect(Self.labels("杭州市西湖区文三路与学院路交叉口东南角华星大厦").suffix(2) == ["assist:东南角", "poi:华星大厦"])
    }

    @Test func crossingWordAndSelfNumberingMark() {
        #expect(Self.labels("杭州市江干区华丰路和笕丁路交叉星河花园").suffix(2) == ["assist:交叉", "poi:星河花园"])
        // 自编 (a number the occupants gave themselves) says nothing of the place.
        #expect(Self.labels("广州市白云区江高镇振华北路70号自编4号楼").suffix(2) == ["redundant:自编", "houseno:4号楼"])
    }

    @Test func distanceAfterASideWordOrWithYi() {
        #expect(Self.labels("杭州市余杭区文一西路荆长路以东200米").last == "assist:以东200米")
        #expect(Self.labels("杭州市拱墅区石祥路与通益路交叉口西北侧100米").last == "assist:西北侧100米")
    }
}
