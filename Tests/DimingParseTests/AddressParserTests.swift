import DimingCore
import DimingParse
import DimingText
import Foundation
import Testing

/// The parser against the project's own gazetteer, normalization tables and
/// parsing word list, on hand-written addresses.
@Suite("Address parser")
struct AddressParserTests {
    static let parser: AddressParser = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../gazetteer").standardized
        func read(_ name: String) -> String {
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let gazetteer = try! Gazetteer.parse(
            divisions: read("divisions.tsv"), towns: read("towns.tsv"), changes: read("division-changes.tsv"))
        var normalization: [String: String] = [:]
        for name in NormalizationTables.fileNames { normalization[name] = read("normalization/" + name) }
        var parsing: [String: String] = [:]
        for name in ParsingLexicon.fileNames { parsing[name] = read("parsing/" + name) }
        return AddressParser(
            gazetteer: gazetteer, tables: try! NormalizationTables.parse(files: normalization),
            lexicon: try! ParsingLexicon.parse(files: parsing))
    }()

    /// The input's scalars start..<end.
    static func slice(_ line: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        return text
    }

    /// Offsets valid, spelling `text`, ordered and not overlapping.
    static func checkSpans(_ line: String, _ parsed: ParsedAddress) {
        let count = line.unicodeScalars.count
        var last = 0
        for c in parsed.components {
            #expect(c.start >= last && c.start < c.end && c.end <= count, "\(line): \(c)")
            if c.start >= 0 && c.start < c.end && c.end <= count {
                #expect(slice(line, c.start, c.end) == c.text)
            }
            last = c.end
        }
    }

    static func labels(_ parsed: ParsedAddress) -> [String] {
        parsed.components.map { "\($0.label.rawValue):\($0.text)" }
    }

    @Test func abbreviationsAndTraditionalSubNumber() {
        let line = "台州黄岩劳动北路１１８號之一"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(Self.labels(p) == ["city:台州", "district:黄岩", "road:劳动北路", "roadno:１１８號之一"])
        #expect(p.components.map(\.value) == ["台州市", "黄岩区", "劳动北路", "118号之一"])
        #expect(p.components.map(\.start) == [0, 2, 4, 8])
        #expect(p.components.map(\.end) == [2, 4, 8, 14])
        #expect(p.division == ParsedDivision(code: "331003", names: ["浙江省", "台州市", "黄岩区"]))
        #expect(p.standard == "浙江省台州市黄岩区劳动北路118号之一")
    }

    @Test func fullChainWithTownRoadAndNumber() {
        let line = "浙江省台州市黄岩区东城街道劳动北路118号"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(Self.labels(p) == ["prov:浙江省", "city:台州市", "district:黄岩区", "town:东城街道", "road:劳动北路", "roadno:118号"])
        #expect(p.division?.code == "331003")
        #expect(p.standard == line)
    }

    @Test func aShortNameBeforeATownGenericIsATown() {
        // 东城 is also the short name of 北京市东城区; followed by 街道 it is a town.
        let p = Self.parser.parse("黄岩区东城街道")
        #expect(Self.labels(p) == ["district:黄岩区", "town:东城街道"])
        #expect(p.division?.code == "331003")
    }

    @Test func compressedBuildingUnitRoomAfterAnEstate() {
        let line = "竹海水韵春风里12-3-1001"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(Self.labels(p) == ["poi:竹海水韵春风里", "houseno:12", "redundant:-", "cellno:3", "redundant:-", "roomno:1001"])
        #expect(p.components.map(\.value) == ["竹海水韵春风里", "12幢", "-", "3单元", "-", "1001室"])
        #expect(p.division == nil)
        #expect(p.standard == "竹海水韵春风里12幢3单元1001室")
    }

    @Test func anOldPrefectureLeadsToItsSuccessor() {
        let line = "柳州地区忻城县"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(Self.labels(p) == ["city:柳州地区", "district:忻城县"])
        #expect(p.components.map(\.value) == ["来宾市", "忻城县"])
        #expect(p.division == ParsedDivision(code: "451321", names: ["广西壮族自治区", "来宾市", "忻城县"]))
        #expect(p.warnings.contains("柳州地区 is now 来宾市"))
    }

    @Test func anAmbiguousDistrictIsNotGuessed() {
        let p = Self.parser.parse("朝阳区建国路1号")
        #expect(Self.labels(p) == ["district:朝阳区", "road:建国路", "roadno:1号"])
        #expect(p.division == nil)
        #expect(p.warnings.contains { $0.contains("ambiguous") })
        let decided = Self.parser.parse("北京朝阳区建国路1号")
        #expect(decided.division?.code == "110105")
        #expect(decided.components.first?.value == "北京市")
    }

    @Test func repeatedChainsAreRedundant() {
        let line = "浙江省台州市黄岩区浙江省台州市黄岩区东城街道"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(p.components.filter { $0.label == .redundant }.map(\.text) == ["浙江省", "台州市", "黄岩区"])
        #expect(p.components.filter { $0.label == .prov }.map(\.start) == [9])
        #expect(p.division?.code == "331003")
        #expect(p.standard == "浙江省台州市黄岩区东城街道")
    }

    @Test(arguments: [
        // A name written twice in a row: the fuller second writing stands.
        ("台州台州市黄岩区劳动北路118号", "redundant:台州 city:台州市 district:黄岩区 road:劳动北路 roadno:118号"),
        // The same full name twice: the second is the slip.
        ("浙江省台州市黄岩区黄岩区东城街道", "prov:浙江省 city:台州市 district:黄岩区 redundant:黄岩区 town:东城街道"),
        // Short names with a generic the gazetteer does not spell that way.
        ("广西省百色市隆林县新州镇", "prov:广西省 city:百色市 district:隆林县 town:新州镇"),
        ("云南省怒江州泸水县六库镇", "prov:云南省 city:怒江州 district:泸水县 town:六库镇"),
        // A town written before the full chain.
        ("东城街道浙江省台州市黄岩区劳动北路5号", "redundant:东城街道 prov:浙江省 city:台州市 district:黄岩区 road:劳动北路 roadno:5号"),
        // A short city name before a district whose name starts like a town word.
        ("宁波镇海区骆驼街道", "city:宁波 district:镇海区 town:骆驼街道"),
        // A doorplate range stays one number; a smaller second number is a building.
        ("黄岩区劳动北路456-458号", "district:黄岩区 road:劳动北路 roadno:456-458号"),
        ("黄岩区劳动北路82-11号", "district:黄岩区 road:劳动北路 roadno:82 redundant:- houseno:11号"),
        // A village name written before the road's own short name.
        ("黄岩区东城街道下洋村劳动北路5号", "district:黄岩区 town:东城街道 community:下洋村 road:劳动北路 roadno:5号"),
        ("黄岩区东城街道白石岙劳动北路5号", "district:黄岩区 town:东城街道 community:白石岙 road:劳动北路 roadno:5号"),
        // Locating words after an estate part.
        ("黄岩区阳光小区东门附近路口", "district:黄岩区 poi:阳光小区 subpoi:东门 assist:附近 assist:路口"),
    ])
    func chainsRoadsAndNumbers(line: String, expected: String) {
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(Self.labels(p).joined(separator: " ") == expected)
    }

    @Test func aCountyNamedAfterItsCityIsADistrict() {
        // 绍兴县 (now 柯桥区) is not in the gazetteer under that name: a district, not 绍兴 + 县….
        let p = Self.parser.parse("浙江省绍兴县钱清镇")
        #expect(Self.labels(p) == ["prov:浙江省", "district:绍兴县", "town:钱清镇"])
    }

    @Test func estateBuildingUnitFloorRoomAndAssist() {
        let line = "黄岩区阳光小区3幢2单元5层501室对面"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(
            Self.labels(p) == [
                "district:黄岩区", "poi:阳光小区", "houseno:3幢", "cellno:2单元", "floorno:5层", "roomno:501室", "assist:对面",
            ])
    }

    @Test func villageGroupDoorplate() {
        let line = "黄岩县东城街道5组6号"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(Self.labels(p) == ["district:黄岩县", "town:东城街道", "road:5组", "roadno:6号"])
        #expect(p.components[0].value == "黄岩区")
        #expect(p.warnings.contains("黄岩县 taken as the former name of 黄岩区"))
    }

    @Test func emptyLine() {
        let p = Self.parser.parse("")
        #expect(p.components.isEmpty)
        #expect(p.division == nil)
        #expect(p.standard == "")
    }

    @Test func binaryJunkGivesSpansWithinTheLine() {
        let bytes: [UInt8] = [0x00, 0xFF, 0x80, 0x41, 0x1B, 0x5B, 0x32, 0x4A, 0xE2, 0x80, 0xAE, 0x09, 0x7F, 0xC3]
        let line = String(decoding: bytes, as: UTF8.self)
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
    }

    @Test func emojiAndCharactersBeyondTheBMP() {
        let line = "😀浙江省台州市黄岩区𠀋𠀋路5号🏠"
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        // A symbol with no address meaning is redundant material (LABELS.md).
        #expect(p.components.first?.label == .redundant && p.components.first?.text == "😀")
        #expect(p.components.contains { $0.label == .road && $0.text == "𠀋𠀋路" && $0.start == 10 && $0.end == 13 })
        #expect(p.components.contains { $0.label == .roadno && $0.text == "5号" })
        #expect(p.division?.code == "331003")
    }

    @Test func aHundredKilobyteLine() {
        let unit = "浙江省台州市黄岩区劳动北路118号阳光小区3幢2单元501室😀-"
        var line = ""
        while line.utf8.count < 100_000 { line += unit }
        let p = Self.parser.parse(line)
        Self.checkSpans(line, p)
        #expect(!p.components.isEmpty)
    }

    /// A small deterministic generator (no Foundation randomness: the same run every time).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    @Test func generatedLinesNeverCrashAndKeepSpansValid() {
        let pieces = [
            "浙江", "浙江省", "台州", "台州市", "黄岩", "黄岩区", "黄岩县", "朝阳区", "北京", "柳州地区", "忻城县", "中国",
            "东城街道", "镇", "乡", "社区", "村", "劳动北路", "路", "大道", "巷", "弄", "号", "之一", "附", "甲", "-", "_",
            "幢", "栋", "号楼", "座", "单元", "层", "楼", "室", "小区", "花园", "大厦", "广场", "开发区", "对面", "附近",
            "１", "２", "3", "45", "118", "一", "十二", "百", "A", "b", " ", "　", "，", "、", "(", "）", "號", "⻄", "😀", "𠀋",
            "\u{200B}", "\u{202E}", "\u{0000}", "\u{FFFD}", "\t", "é", "ア", "12-3-1001", "5组6号",
        ]
        var generator = Generator(state: 20_261_122)
        var parsed = 0
        var nonEmpty = 0
        for _ in 0..<50_000 {
            var line = ""
            for _ in 0..<Int(generator.next() % 14) { line += generator.pick(pieces) }
            if generator.next() % 10 == 0, let scalar = Unicode.Scalar(UInt32(generator.next() % 0x2FFFF)) {
                line.unicodeScalars.append(scalar)
            }
            let p = Self.parser.parse(line)
            parsed += 1
            if !p.components.isEmpty { nonEmpty += 1 }
            let count = line.unicodeScalars.count
            var last = 0
            var ok = true
            for c in p.components {
                if c.start < last || c.start >= c.end || c.end > count { ok = false; break }
                if Self.slice(line, c.start, c.end) != c.text { ok = false; break }
                last = c.end
            }
            if !ok {
                Issue.record("bad spans for \(line.debugDescription): \(p.components)")
                return
            }
        }
        #expect(parsed == 50_000)
        #expect(nonEmpty > 40_000)
    }
}
