import DimingParse
import Testing

/// Where a place ends and a part of it (a wing, a gate, an office) starts,
/// on invented addresses.
@Suite("Address parser: parts of a place")
struct AddressParserPlacePartsTests {
    static func labels(_ line: String) -> [String] {
        AddressParserTailTests.labels(line)
    }

    @Test func directionalWingAfterALongNameIsAPart() {
        #expect(Self.labels("某某路5号新天地尚座东楼1480室")
            == ["road:某某路", "roadno:5号", "poi:新天地尚座", "subpoi:东楼", "roomno:1480室"])
        // After two characters the wing names the building.
        #expect(Self.labels("某某路5号商会南楼") == ["road:某某路", "roadno:5号", "poi:商会南楼"])
    }

    @Test func directionalMainGateIsAPart() {
        #expect(Self.labels("杭州市萧山区某某机场东大门") == ["city:杭州市", "district:萧山区", "poi:某某机场", "subpoi:东大门"])
    }

    @Test func estateOfficeAfterANameIsAPart() {
        #expect(Self.labels("杭州市西湖区翠竹山庄物业") == ["city:杭州市", "district:西湖区", "poi:翠竹山庄", "subpoi:物业"])
        #expect(Self.labels("某某路5号阳光家居客服中心") == ["road:某某路", "roadno:5号", "poi:阳光家居", "subpoi:客服中心"])
        #expect(Self.labels("某某路5号阳光广场营销中心") == ["road:某某路", "roadno:5号", "poi:阳光广场", "subpoi:营销中心"])
        // Inside a longer name 物业 goes on naming it.
        #expect(Self.labels("某某路1号阳光物业公司") == ["road:某某路", "roadno:1号", "poi:阳光物业公司"])
    }

    @Test func branchOfAFirmNamesTheFirm() {
        #expect(Self.labels("某某路5号中国某某有限公司某某分公司")
            == ["road:某某路", "roadno:5号", "poi:中国某某有限公司某某分公司"])
        #expect(Self.labels("某某路5号某某大厦某某分公司")
            == ["road:某某路", "roadno:5号", "poi:某某大厦", "subpoi:某某分公司"])
    }

    @Test func numberedBranchIsPartOfTheName() {
        #expect(Self.labels("杭州市某某路18号某某汽车4S店") == ["city:杭州市", "road:某某路", "roadno:18号", "poi:某某汽车4S店"])
        #expect(Self.labels("某某路759号某某168酒店9321")
            == ["road:某某路", "roadno:759号", "poi:某某168酒店", "roomno:9321"])
    }
}

extension AddressParserPlacePartsTests {
    @Test func genericCharacterStartingAWordStaysInTheName() {
        #expect(Self.labels("某某路5号某某园林建设有限公司") == ["road:某某路", "roadno:5号", "poi:某某园林建设有限公司"])
        #expect(Self.labels("某某路5号和顺门业有限公司") == ["road:某某路", "roadno:5号", "poi:和顺门业有限公司"])
    }

    @Test func hallNamedBySideIsAPart() {
        #expect(Self.labels("某某路862号某某饭店西厅") == ["road:某某路", "roadno:862号", "poi:某某饭店", "subpoi:西厅"])
    }
}

extension AddressParserPlacePartsTests {
    @Test func basementFloorKeepsItsSign() {
        #expect(Self.labels("某某路5号某某广场负一楼") == ["road:某某路", "roadno:5号", "poi:某某广场", "floorno:负一楼"])
    }
}

extension AddressParserPlacePartsTests {
    @Test func towerNamedBySideIsABuilding() {
        #expect(Self.labels("某某路5号某某大厦西座") == ["road:某某路", "roadno:5号", "poi:某某大厦", "houseno:西座"])
    }
}
