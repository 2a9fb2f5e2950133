import DimingCore
import DimingMatch
import DimingParse
import DimingText
import Foundation
import Testing

/// A small registry in two counties of 台州, matched with the project's own
/// gazetteer tables (normalization, divisions, pinyin).
enum Fixture {
    static let gazetteer = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../gazetteer").standardized

    static func read(_ path: String) -> String {
        (try? String(contentsOf: gazetteer.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static let resolver: DivisionResolver = {
        let g = try! Gazetteer.parse(
            divisions: read("divisions.tsv"), towns: read("towns.tsv"), changes: read("division-changes.tsv"))
        return DivisionResolver(gazetteer: g)
    }()

    static let normalizer: Normalizer = {
        var files: [String: String] = [:]
        for name in NormalizationTables.fileNames { files[name] = read("normalization/" + name) }
        return Normalizer(tables: try! NormalizationTables.parse(files: files))
    }()

    static let pinyin: PinyinTable = {
        var files: [String: String] = [:]
        for name in PinyinTable.fileNames { files[name] = read("pinyin/" + name) }
        return try! PinyinTable.parse(files: files)
    }()

    static let roadGenerics: RoadGeneric = {
        let lexicon = try! RoadNameAnalyzer.parse(read("parsing/road-generics.tsv"))
        return RoadGeneric(lexicon: lexicon)
    }()

    static let catalog = MatchCatalog(
        counties: [
            .init(code: "331002", names: ["浙江省", "台州市", "椒江区"], codes: ["331002", "331000", "330000"]),
            .init(code: "331003", names: ["浙江省", "台州市", "黄岩区"], codes: ["331003", "331000", "330000"]),
        ],
        towns: [
            .init(id: 1, countyCode: "331003", name: "东城街道"),
            .init(id: 2, countyCode: "331003", name: "西城街道"),
            .init(id: 3, countyCode: "331002", name: "海门街道"),
        ],
        communities: [.init(id: 1, countyCode: "331003", name: "前进村", isVillage: true)],
        roads: [
            .init(id: 1, countyCode: "331003", name: "劳动北路"),
            .init(id: 2, countyCode: "331003", name: "人民路"),
            .init(id: 3, countyCode: "331002", name: "人民路"),
            .init(id: 4, countyCode: "331003", name: "和平路", otherNames: [.init(name: "淮海东路", kind: .former)]),
            .init(id: 5, countyCode: "331003", name: "青龙路"),
            .init(id: 6, countyCode: "331003", name: "劳动南路"),
        ],
        places: [.init(id: 1, countyCode: "331003", name: "阳光小区")])

    static let addresses: [MatchCatalog.Address] = [
        .init(id: 1, countyCode: "331003", townID: 1, roadID: 1, number: "118号"),
        .init(id: 2, countyCode: "331003", townID: 1, roadID: 1, number: "118号之一"),
        .init(id: 3, countyCode: "331003", townID: 1, roadID: 2, number: "5号"),
        .init(id: 4, countyCode: "331002", townID: 3, roadID: 3, number: "5号"),
        .init(id: 5, countyCode: "331003", townID: 2, roadID: 4, number: "20号"),
        .init(id: 6, countyCode: "331003", townID: 1, roadID: 2, number: "7号", estateID: 1, building: "12幢", unit: "3单元", room: "1001室"),
        .init(id: 7, countyCode: "331003", townID: 1, roadID: 2, number: "7号", estateID: 1, building: "12幢", unit: "3单元", room: "1002室"),
        .init(id: 8, countyCode: "331003", townID: 1, communityID: 1, number: "5组6号"),
        .init(id: 9, countyCode: "331003", townID: 2, roadID: 5, number: "8号"),
        .init(id: 10, countyCode: "331003", townID: 1, roadID: 1, number: "119号", retired: true),
    ]

    static let matcher: AddressMatcher = {
        var index = MatchIndex(catalog: catalog, roadGenerics: roadGenerics, phonetic: PinyinKeying(table: pinyin))
        for address in addresses { index.add(address) }
        return AddressMatcher(index: index, normalizer: normalizer, resolver: resolver)
    }()
}

@Suite("Address matcher")
struct AddressMatcherTests {
    let m = Fixture.matcher

    @Test func fullStandardAddressMatchesWithFullConfidence() {
        let r = m.match("浙江省台州市黄岩区东城街道劳动北路118号")
        #expect(r.addressID == 1)
        #expect(r.verdict == .matched)
        #expect(r.confidence == 1)
        #expect(r.reasons.isEmpty)
        #expect(r.standard == "浙江省台州市黄岩区东城街道劳动北路118号")
    }

    @Test func abbreviationsFullWidthTraditionalAndSubNumberStyles() {
        for line in ["台州黄岩劳动北路１１８號之一", "黄岩区劳动北路118-1号", "黄岩劳动北路118号附1", "黄岩區勞動北路一百一十八号之一"] {
            let r = m.match(line)
            #expect(r.addressID == 2, "\(line)")
            #expect(r.verdict == .matched, "\(line)")
        }
    }

    @Test func missingLevelsAreNamedButStillMatch() {
        let r = m.match("劳动北路118号")
        #expect(r.addressID == 1)
        #expect(r.verdict == .matched)
        #expect(r.reasons.contains(.missingLevel))
    }

    @Test func aRoadNameInTwoCountiesWithoutDivisionIsAmbiguous() {
        let r = m.match("人民路5号")
        #expect(r.verdict == .review)
        #expect(r.reasons.contains(.ambiguous))
        #expect(m.match("椒江区人民路5号").addressID == 4)
        #expect(m.match("黄岩人民路5号").addressID == 3)
        // The town decides when the county is not written.
        let byTown = m.match("海门街道人民路5号")
        #expect(byTown.addressID == 4)
        #expect(byTown.verdict == .matched)
    }

    @Test func formerRoadNamesLeadToTheCurrentRoad() {
        let r = m.match("黄岩区淮海东路20号")
        #expect(r.addressID == 5)
        #expect(r.verdict == .matched)
        #expect(r.reasons.contains(.formerRoadName))
        #expect(r.standard.contains("和平路20号"))
    }

    @Test func typoInRoadIsFoundByKeyAndNamed() {
        let r = m.match("黄岩区劳动比路118号")
        #expect(r.addressID == 1)
        #expect(r.reasons.contains(.typoInRoad))
        #expect(r.verdict == .matched)
    }

    @Test func homophoneRoad() {
        let r = m.match("黄岩区青隆路8号")
        #expect(r.addressID == 9)
        #expect(r.reasons.contains(.homophoneRoad))
        #expect(r.verdict == .matched)
    }

    @Test func anotherGenericGoesToReview() {
        let r = m.match("黄岩区青龙街8号")
        #expect(r.addressID == 9)
        #expect(r.reasons.contains(.genericDiffers))
        #expect(r.verdict == .review)
    }

    @Test func estateInsteadOfRoadAndRoomForms() {
        let a = m.match("黄岩区阳光小区12幢3单元1001室")
        #expect(a.addressID == 6)
        #expect(a.verdict == .matched)
        #expect(a.reasons.contains(.estateInsteadOfRoad))
        #expect(m.match("阳光小区12-3-1002").addressID == 7)
        #expect(m.match("黄岩区人民路7号阳光小区12栋3单元1001室").addressID == 6)
        let unit = m.match("黄岩阳光小区12幢1001室")
        #expect(unit.addressID == 6)
        #expect(unit.reasons.contains(.unitMissing))
    }

    @Test func villageGroupNumbers() {
        let r = m.match("黄岩区前进村五组六号")
        #expect(r.addressID == 8)
        #expect(r.verdict == .matched)
    }

    @Test func aNumberNotInTheRegistryIsNotMatched() {
        let r = m.match("黄岩区劳动北路999号")
        #expect(r.addressID == nil)
        #expect(r.level == .road)
        #expect(r.roadID == 1)
        #expect(r.verdict != .matched)
        #expect(r.reasons.contains(.numberNotFound))
        let room = m.match("黄岩区阳光小区12幢3单元9901室")
        #expect(room.verdict != .matched)
        #expect(room.level == .estate)
    }

    @Test func aSubNumberTheRegistryLacksIsNotTakenForTheWholeNumber() {
        let r = m.match("黄岩区劳动北路118-3号")
        #expect(r.verdict != .matched)
        #expect(r.reasons.contains(.subNumberMismatch))
    }

    @Test func retiredAddressesGoToReview() {
        let r = m.match("黄岩区劳动北路119号")
        #expect(r.addressID == 10)
        #expect(r.verdict == .review)
        #expect(r.reasons.contains(.retiredAddress))
    }

    @Test func aRoadOutsideTheWrittenCountyIsDoubted() {
        let r = m.match("椒江区劳动北路118号")
        #expect(r.addressID == 1)
        #expect(r.reasons.contains(.divisionMismatch))
        #expect(r.verdict == .review)
    }

    @Test func phoneNumbersAreSetAside() {
        let r = m.match("黄岩区劳动北路118号 联系电话13812345678")
        #expect(r.addressID == 1)
        #expect(r.reasons.contains(.noiseRemoved))
        #expect(r.verdict == .matched)
    }

    @Test func emptyAndGarbageLinesAreUnmatched() {
        for line in ["", "   ", "@@@", "\u{202E}\u{0000}abc", "上海市浦东新区世纪大道100号"] {
            let r = m.match(line)
            #expect(r.verdict == .unmatched, "\(line)")
            #expect(r.addressID == nil)
        }
    }

    @Test func anyTextGivesAnAnswerWithConfidenceInRange() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["黄岩", "劳动", "北路", "118", "号", "之一", "-", "幢", "单元", "室", "组", "𠀀", "😀", "\u{0}", "\u{202E}", "１", "人民路", "阳光小区", " "]
        for _ in 0..<3_000 {
            var line = ""
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                if Bool.random(using: &rng) {
                    line += pieces.randomElement(using: &rng)!
                } else {
                    line.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0x20...0x2FFFF, using: &rng)) ?? " ")
                }
            }
            let r = m.match(line)
            #expect((0...1).contains(r.confidence))
            if r.verdict == .matched { #expect(r.addressID != nil) }
        }
    }
}

@Suite("Doorplate and room keys")
struct KeyTests {
    @Test func doorplateStylesShareAKey() {
        let keys = ["118-1号", "118号之一", "118号附1", "118号之1", "118之1号"].map(DoorplateKey.parse)
        #expect(Set(keys.compactMap { $0 }).count == 1)
        #expect(keys.allSatisfy { $0 != nil })
        #expect(DoorplateKey.parse("118号") == DoorplateKey(base: 118))
        #expect(DoorplateKey.parse("5组6号") == DoorplateKey(group: 5, base: 6))
        #expect(DoorplateKey.parse("118甲号") != DoorplateKey.parse("118-1号"))
        #expect(DoorplateKey.parse("12号楼") == nil)
    }

    @Test func roomKeysIgnoreTheWordsUsed() {
        #expect(RoomKey.registry(building: "12幢", unit: "3单元", room: "1001室") == RoomKey(building: 12, unit: 3, room: 1001))
        #expect(RoomKey.registry(building: "A座", unit: "", room: "") == RoomKey.registry(building: "A座", unit: "", room: ""))
        #expect(RoomKey.registry(building: "A座", unit: "", room: "") != RoomKey.registry(building: "B座", unit: "", room: ""))
    }

    @Test func editDistanceCountsCharacters() {
        #expect(EditDistance.between("劳动北路".unicodeScalars, "劳动比路".unicodeScalars) == 1)
        #expect(EditDistance.between("劳动路".unicodeScalars, "劳动北路".unicodeScalars) == 1)
        #expect(EditDistance.between("".unicodeScalars, "路".unicodeScalars) == 1)
    }
}
