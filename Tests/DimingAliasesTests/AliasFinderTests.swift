@testable import DimingAliases
import DimingParse
import DimingText
import Testing

/// A small road-name lexicon, enough to take names apart the way the
/// gazetteer's road-generics.tsv does.
let analyzer = RoadNameAnalyzer(
    generics: ["路": 1, "街": 1, "大道": 1, "巷": 1, "大街": 1], segments: ["段"], keep: [])

func road(_ id: Int64, _ name: String, _ start: String = "", _ end: String = "") -> AliasRoad {
    AliasRoad(id: id, divisionCode: "331002", name: name, startDescription: start, endDescription: end)
}

func finder() -> AliasFinder { AliasFinder(analyzer: analyzer, pinyin: nil) }

@Suite struct AliasCollectorTests {
    @Test func registeredFormerNameStillARoadLinks() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路"), road(3, "人民路")],
            registered: [AliasRegisteredName(roadID: 1, name: "淮海东路", kind: "former")]))
        #expect(groups.count == 1)
        #expect(groups[0].names == ["和平路", "淮海东路"])
        #expect(groups[0].roadIDs == [1, 2])
        #expect(groups[0].evidence.map(\.kind) == [.registeredName])
    }

    @Test func registeredNameThatIsNoRoadProposesNothing() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "和平路")], registered: [AliasRegisteredName(roadID: 1, name: "淮海东路", kind: "former")],
            legacyLines: [AliasLegacyLine(batchID: 1, lineNumber: 2, text: "和平路12号(原淮海东路)", roadID: 1)]))
        #expect(groups.isEmpty)
    }

    @Test func legacyTextDeclaresFormerName() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路")],
            legacyLines: [AliasLegacyLine(batchID: 1, lineNumber: 2, text: "椒江区和平路12号(原淮海东路18号)", roadID: 1)]))
        #expect(groups.map(\.names) == [["和平路", "淮海东路"]])
        #expect(groups[0].evidence.first?.kind == .legacyText)
        #expect(groups[0].evidence.first?.detail.contains("batch 1 line 2") == true)
    }

    @Test func legacyTextNamesARoadTheRegistryDoesNotKnow() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "和平路")],
            legacyLines: [AliasLegacyLine(batchID: 1, lineNumber: 3, text: "和平路8号又名解放街", roadID: 1)]))
        #expect(groups.map(\.names) == [["和平路", "解放街"]])
        #expect(groups[0].roadIDs == [1])
    }

    @Test func markerInsideANameIsNotAMarker() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "太原路"), road(2, "平安路")],
            legacyLines: [AliasLegacyLine(batchID: 1, lineNumber: 2, text: "太原路12号", roadID: 1)]))
        #expect(groups.isEmpty)
    }

    @Test func oneSharedEstateIsNotEnoughButSharedBuildingsAre() {
        let corner = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "解放街")],
            placeUses: [
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "1幢"),
                AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: "2幢"),
            ]))
        #expect(corner.isEmpty)
        let split = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路")],
            placeUses: [
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "1幢"),
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "2幢"),
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "3幢"),
                AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: "2幢"),
                AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: "3幢"),
            ]))
        #expect(split.map(\.names) == [["和平路", "淮海东路"]])
        let cornerBuilding = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "解放街")],
            placeUses: [
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "1幢"),
                AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: "1幢"),
            ]))
        #expect(cornerBuilding.isEmpty)
        #expect(Set(split[0].evidence.map(\.kind)) == [.sameEstate, .sameBuilding])
    }

    @Test func segmentsOfOneLineStayApartEvenWithASharedBuilding() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "长江北路"), road(2, "长江路"), road(3, "长江南路")],
            placeUses: [
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "江景苑", building: "1幢"),
                AliasPlaceUse(roadID: 2, estateID: 7, estateName: "江景苑", building: "1幢"),
            ]))
        #expect(groups.isEmpty)
        let compared = SimilarityCollector(analyzer: analyzer, pinyin: nil).compare("长江北路", "长江路")
        #expect(compared.map(\.kind) == [.segmentNames])
    }

    @Test func sameExtentLinksAbuttingDoesNot() {
        let same = finder().find(AliasInput(
            roads: [road(1, "和平路", "东门桥", "西站"), road(2, "淮海东路", "西站", "东门桥")],
            placeUses: [
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: ""),
                AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: ""),
            ]))
        #expect(same.map(\.names) == [["和平路", "淮海东路"]])
        #expect(ExtentCollector.trimmed("\u{3000} 东门桥 ") == "东门桥")
        let abutting = finder().find(AliasInput(
            roads: [road(1, "长江北路", "北门", "中山桥"), road(2, "长江路", "中山桥", "南门")]))
        #expect(abutting.isEmpty)
    }

    @Test func similarityAloneNeverGroups() {
        let groups = finder().find(AliasInput(roads: [road(1, "和平路"), road(2, "和平街"), road(3, "和萍路")]))
        #expect(groups.isEmpty)
    }
}

@Suite struct AliasGroupingTests {
    @Test func fiveNamesOneGroup() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路"), road(3, "胜利街"), road(4, "解放街"), road(9, "人民路")],
            registered: [AliasRegisteredName(roadID: 1, name: "淮海东路", kind: "former")],
            placeUses: [
                AliasPlaceUse(roadID: 2, estateID: 5, estateName: "东苑", building: "1幢"),
                AliasPlaceUse(roadID: 3, estateID: 5, estateName: "东苑", building: "1幢"),
                AliasPlaceUse(roadID: 3, estateID: 5, estateName: "东苑", building: "2幢"),
                AliasPlaceUse(roadID: 2, estateID: 5, estateName: "东苑", building: "2幢"),
            ],
            legacyLines: [
                AliasLegacyLine(batchID: 1, lineNumber: 2, text: "解放街3号(即和平路)", roadID: 4),
                AliasLegacyLine(batchID: 1, lineNumber: 3, text: "和平路5号，俗称老街", roadID: 1),
            ]))
        #expect(groups.count == 1)
        #expect(groups[0].names == ["和平路", "淮海东路", "老街", "胜利街", "解放街"].sorted())
        #expect(groups[0].roadIDs == [1, 2, 3, 4])
        #expect(groups[0].score > 0.5 && groups[0].score <= 1)
    }

    @Test func decidedGroupIsNotProposedAgain() {
        let input = AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路")],
            registered: [AliasRegisteredName(roadID: 1, name: "淮海东路", kind: "former")],
            decided: [AliasGroup.decisionKey(["淮海东路", "和平路"])])
        #expect(finder().find(input).isEmpty)
    }

    @Test func sameNameInTwoCountiesIsTwoRoads() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "和平路"), AliasRoad(id: 2, divisionCode: "331003", name: "淮海东路")],
            registered: [AliasRegisteredName(roadID: 1, name: "淮海东路", kind: "former")]))
        #expect(groups.isEmpty)
    }
}

@Suite struct AliasSimilarityTests {
    @Test func lookAlikeNamesDoNotCompleteAWeakLink() {
        // A corner building with a plate on each of two look-alike roads.
        let groups = finder().find(AliasInput(
            roads: [road(1, "玉碧街"), road(2, "育碧街")],
            placeUses: [
                AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "1幢"),
                AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: "1幢"),
            ]))
        #expect(groups.isEmpty)
    }

    @Test func lookAlikeNamesRaiseTheScoreOfALink() {
        let uses = [
            AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "1幢"),
            AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: "1幢"),
            AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: "2幢"),
            AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: "2幢"),
        ]
        let alike = finder().find(AliasInput(roads: [road(1, "玉碧街"), road(2, "育碧街")], placeUses: uses))
        let unlike = finder().find(AliasInput(roads: [road(1, "玉碧街"), road(2, "胜利路")], placeUses: uses))
        #expect(alike.count == 1 && unlike.count == 1)
        #expect(alike[0].score > unlike[0].score)
        #expect(alike[0].evidence.contains { $0.kind == .similarName })
    }

    @Test func currentNameMarkerLinksTheOldName() {
        let groups = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路")],
            legacyLines: [AliasLegacyLine(batchID: 2, lineNumber: 9, text: "淮海东路18号(现和平路)", roadID: 2)]))
        #expect(groups.map(\.names) == [["和平路", "淮海东路"]])
    }
}

@Suite struct AliasCleanupPlaceTests {
    @Test func buildingWrittenUnderAnotherRoadInCleanupLinesAddsUp() {
        func line(_ n: Int, _ text: String, _ building: String) -> AliasLegacyLine {
            AliasLegacyLine(batchID: 4, lineNumber: n, text: text, roadID: 1, estateName: "阳光小区", building: building)
        }
        // One line: the weak match plus one building, below a link.
        let one = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路")],
            legacyLines: [line(2, "淮海东路阳光小区1幢301室", "1幢")]))
        #expect(one.isEmpty)
        let two = finder().find(AliasInput(
            roads: [road(1, "和平路"), road(2, "淮海东路")],
            legacyLines: [line(2, "淮海东路阳光小区1幢301室", "1幢"), line(3, "淮海东路阳光小区2幢101室", "2幢")]))
        #expect(two.map(\.names) == [["和平路", "淮海东路"]])
        #expect(two.first?.evidence.contains { $0.kind == .sameBuilding && $0.detail.contains("batch 4 line 3") } == true)
    }
}

@Suite struct AliasGeometryTests {
    func line(_ id: Int64, _ name: String, _ points: [(Double, Double)]) -> AliasRoad {
        let coordinates = points.map { "[\($0.0),\($0.1)]" }.joined(separator: ",")
        return AliasRoad(id: id, divisionCode: "331002", name: name, geometry: "{\"type\":\"LineString\",\"coordinates\":[\(coordinates)]}")
    }

    @Test func linesRunningAlongEachOtherAreEvidenceCrossingLinesAreNot() {
        let along = (0..<10).map { (121.40 + Double($0) * 0.0005, 28.60) }
        let alongAgain = (0..<8).map { (121.4001 + Double($0) * 0.0005, 28.60005) }
        let crossing = (0..<10).map { (121.402, 28.598 + Double($0) * 0.0005) }
        let uses = [
            AliasPlaceUse(roadID: 1, estateID: 7, estateName: "阳光小区", building: ""),
            AliasPlaceUse(roadID: 2, estateID: 7, estateName: "阳光小区", building: ""),
            AliasPlaceUse(roadID: 3, estateID: 7, estateName: "阳光小区", building: ""),
        ]
        let groups = finder().find(AliasInput(
            roads: [line(1, "和平路", along), line(2, "淮海东路", alongAgain), line(3, "解放街", crossing)], placeUses: uses))
        #expect(groups.map(\.names) == [["和平路", "淮海东路"]])
        #expect(groups.first?.evidence.contains { $0.kind == .sameGeometry } == true)
        #expect(GeometryCollector.points("LINESTRING(121.4 28.6, 121.5 28.7)").count == 2)
    }
}
