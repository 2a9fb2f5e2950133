// diming-generate-legacy: writes noisy legacy versions of registry addresses,
// with the truth, for measuring the cleanup matcher.
//
//   diming --db city.sqlite export --out registry.csv
//   swift run -c release diming-generate-legacy --registry registry.csv --lines 50000 \
//       --out legacy.csv --road-names road-names.csv
//
// Each line starts from one active registry address (or, for a share of lines,
// from an address that is not in the registry) and is written the way old
// systems and Excel sheets write: levels dropped or abbreviated, traditional
// characters, full-width digits, Chinese numerals, other sub-number and
// building-unit-room forms, one-character typos and homophones in the road,
// the estate instead of the road, former road names, phone numbers and names.
// `road-names.csv` plants former names for some roads (import it with
// `diming roads import-names` before the cleanup); legacy lines then use them.
// Columns of legacy.csv: 序号, address, truth_id (empty when the address is not
// in the registry), faults (what was done to the line, ; separated).
// The same arguments always give the same files.

import DimingCSV
import DimingCore
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("diming-generate-legacy: \(message)\n".utf8))
    exit(2)
}

// MARK: Arguments

var registryPath = ""
var lineCount = 10_000
var seed: UInt64 = 20_261_122
var outPath = "-"
var roadNamesPath: String?
var gazetteerPath = "gazetteer"
var absentShare = 0.1
var formerShare = 0.05
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    func value() -> String {
        guard let next = arguments.popFirst() else { fail("\(flag) needs a value") }
        return next
    }
    switch flag {
    case "--registry": registryPath = value()
    case "--lines":
        guard let n = Int(value()), n >= 0 else { fail("--lines takes a number") }
        lineCount = n
    case "--seed":
        guard let n = UInt64(value()) else { fail("--seed takes a number") }
        seed = n
    case "--out": outPath = value()
    case "--road-names": roadNamesPath = value()
    case "--gazetteer": gazetteerPath = value()
    case "--absent":
        guard let p = Double(value()), (0...1).contains(p) else { fail("--absent takes a share between 0 and 1") }
        absentShare = p
    case "--former":
        guard let p = Double(value()), (0...1).contains(p) else { fail("--former takes a share between 0 and 1") }
        formerShare = p
    case "-h", "--help":
        print("usage: diming-generate-legacy --registry EXPORT.csv [--lines N] [--seed S] [--absent 0.1] [--former 0.05] [--gazetteer DIR] [--road-names FILE] [--out FILE]")
        exit(0)
    default: fail("unknown argument \(flag)")
    }
}
guard !registryPath.isEmpty else { fail("name the registry export with --registry (diming export --out FILE)") }

@MainActor func read(_ name: String) -> String {
    guard let text = try? String(contentsOfFile: gazetteerPath + "/" + name, encoding: .utf8) else {
        fail("cannot read \(gazetteerPath)/\(name)")
    }
    return text
}

func tsvRows(_ text: String) -> [[String]] {
    text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map {
        $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
}

// MARK: Gazetteer: division names, traditional forms, readings

var divisionName: [String: String] = [:]
var divisionShort: [String: String] = [:]
var divisionParent: [String: String] = [:]
for row in tsvRows(read("divisions.tsv")) where row.count >= 5 {
    divisionName[row[0]] = row[1]
    divisionShort[row[0]] = row[4]
    divisionParent[row[0]] = row[3]
}
var toTraditional: [Character: Character] = [:]
for row in tsvRows(read("normalization/traditional.tsv")) where row.count >= 3 && row[2] == "traditional" {
    if let t = row[0].first, let s = row[1].first, row[0].count == 1, row[1].count == 1, toTraditional[s] == nil {
        toTraditional[s] = t
    }
}
// Characters by tone-less first reading, among common characters (the basic CJK block).
var readingOf: [Character: String] = [:]
var charactersByReading: [String: [Character]] = [:]
func toneless(_ syllable: Substring) -> String {
    let map: [Character: Character] = [
        "ā": "a", "á": "a", "ǎ": "a", "à": "a", "ē": "e", "é": "e", "ě": "e", "è": "e", "ī": "i", "í": "i", "ǐ": "i",
        "ì": "i", "ō": "o", "ó": "o", "ǒ": "o", "ò": "o", "ū": "u", "ú": "u", "ǔ": "u", "ù": "u", "ǖ": "v", "ǘ": "v",
        "ǚ": "v", "ǜ": "v", "ü": "v", "ń": "n", "ň": "n", "ǹ": "n", "ḿ": "m",
    ]
    return String(syllable.map { map[$0] ?? $0 })
}
for row in tsvRows(read("pinyin/readings.tsv")) where row.count >= 2 {
    guard let c = row[0].first, row[0].unicodeScalars.count == 1, let v = row[0].unicodeScalars.first?.value,
        v >= 0x4E00 && v <= 0x9FA5, let first = row[1].split(separator: ",").first
    else { continue }
    let key = toneless(first.split(separator: " ").first ?? first)
    readingOf[c] = key
    charactersByReading[key, default: []].append(c)
}

// MARK: Registry export

struct Row {
    var id: String
    var county: String
    var town: String
    var community: String
    var road: String
    var number: String
    var estate: String
    var building: String
    var unit: String
    var room: String
}
var rows: [Row] = []
var roadsByCounty: [String: Set<String>] = [:]
var maxNumber: [String: Int] = [:]
var allRoadNames = Set<String>()
do {
    let reader = CSVReader(source: try FileByteSource(path: registryPath))
    guard try reader.next() else { fail("\(registryPath) is empty") }
    let header = reader.lossyFields()
    guard header.starts(with: CanonicalAddressCSV.columns) else { fail("\(registryPath) is not a canonical address CSV") }
    while try reader.next() {
        let f = reader.lossyFields()
        guard f.count >= 13 else { continue }
        let row = Row(id: f[0], county: f[1], town: f[2], community: f[3], road: f[4], number: f[5], estate: f[6],
                      building: f[7], unit: f[8], room: f[9])
        if !row.road.isEmpty {
            roadsByCounty[row.county, default: []].insert(row.road)
            allRoadNames.insert(row.road)
            if let n = Int(row.number.prefix { $0.isNumber }) {
                maxNumber[row.county + "|" + row.road] = max(maxNumber[row.county + "|" + row.road] ?? 0, n)
            }
        }
        if f[12] == "active" { rows.append(row) }
    }
} catch {
    fail("\(error)")
}
guard !rows.isEmpty else { fail("\(registryPath) has no active addresses") }

var rng = SplitMix64(state: seed)

// MARK: Former names planted on some roads

let formerProper = [
    "淮海", "红卫", "东风", "反修", "工农", "立新", "卫东", "战备", "大庆", "红星", "前哨", "井冈", "延安", "韶山", "遵义",
    "红光", "五一", "八一", "解放桥", "革新", "跃华", "兴无", "向东", "永红", "红岩",
]
var formerName: [String: String] = [:]  // county|road → former name
if formerShare > 0 {
    for (county, roads) in roadsByCounty.sorted(by: { $0.key < $1.key }) {
        for road in roads.sorted() where rng.chance(formerShare) {
            let generic = road.hasSuffix("大道") ? "大道" : road.hasSuffix("街") ? "街" : road.hasSuffix("巷") ? "巷" : "路"
            var name = ""
            for _ in 0..<10 {
                name = rng.pick(formerProper) + rng.pick(["", "东", "西", "南", "北"]) + generic
                if !roads.contains(name) && !allRoadNames.contains(name) && !formerName.values.contains(name) { break }
                name = ""
            }
            if !name.isEmpty { formerName[county + "|" + road] = name }
        }
    }
}
if let roadNamesPath {
    do {
        var writer = CSVWriter(sink: try FileByteSink(path: roadNamesPath))
        try writer.writeRow(["division_code", "road", "name", "kind", "valid_from", "valid_to", "source"])
        for (key, name) in formerName.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            try writer.writeRow([parts[0], parts[1], name, "former", "", "1998-12-31", "legacy benchmark"])
        }
        try writer.flush()
    } catch {
        fail("\(error)")
    }
}

// MARK: Faults

let typoCharacters = Array("仁明兴华建国安平新东西南北中文化光荣永长春和胜利红星青龙凤金银海江河山林园桥湖")
let absentProper = ["紫薇", "玉兰", "芙蓉", "海棠", "杜鹃", "茉莉", "石榴", "樱花", "合欢", "木槿", "含笑", "月季"]
let chineseDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"]
let given = ["芳", "伟", "娜", "敏", "静", "强", "磊", "军", "洋", "勇"]

func chinese(_ n: Int) -> String {
    if n < 10 { return String(chineseDigits[n]) }
    if n < 100 {
        let tens = n / 10
        let ones = n % 10
        return (tens == 1 ? "" : String(chineseDigits[tens])) + "十" + (ones == 0 ? "" : String(chineseDigits[ones]))
    }
    if n < 1000 {
        let hundreds = n / 100
        let rest = n % 100
        var s = String(chineseDigits[hundreds]) + "百"
        if rest == 0 { return s }
        if rest < 10 { return s + "零" + String(chineseDigits[rest]) }
        s += rest < 20 ? "一十" + (rest % 10 == 0 ? "" : String(chineseDigits[rest % 10])) : chinese(rest)
        return s
    }
    return String(n).map { String(chineseDigits[Int(String($0))!]) }.joined()
}

func fullWidth(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value >= 0x30 && $0.value <= 0x39 ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
}

/// Replaces one character of the road's 专名 (not its generic).
@MainActor func typo(_ road: String, homophone: Bool) -> String? {
    var chars = Array(road)
    let genericLength = road.hasSuffix("大道") || road.hasSuffix("大街") ? 2 : 1
    let candidates = Array(0..<max(0, chars.count - genericLength)).filter { !"东西南北中一二三".contains(chars[$0]) }
    guard !candidates.isEmpty else { return nil }
    let i = rng.pick(candidates)
    if homophone {
        guard let reading = readingOf[chars[i]], let same = charactersByReading[reading]?.filter({ $0 != chars[i] }), !same.isEmpty
        else { return nil }
        chars[i] = rng.pick(same)
    } else {
        var c = rng.pick(typoCharacters)
        while c == chars[i] || readingOf[c] == readingOf[chars[i]] { c = rng.pick(typoCharacters) }
        chars[i] = c
    }
    let result = String(chars)
    return allRoadNames.contains(result) ? nil : result
}

@MainActor func divisions(_ county: String, _ faults: inout [String]) -> String {
    let city = divisionParent[county] ?? ""
    let province = divisionParent[city] ?? ""
    let full = [province, city, county].compactMap { divisionName[$0] }
    let short = [province, city, county].compactMap { divisionShort[$0].flatMap { $0.isEmpty ? nil : $0 } ?? divisionName[$0] }
    switch rng.below(10) {
    case 0, 1, 2: return full.joined()
    case 3, 4:
        faults.append("abbreviated")
        return short.joined()
    case 5, 6:
        faults.append("county_only")
        return full.last ?? ""
    case 7:
        faults.append("city_county")
        return full.suffix(2).joined()
    default:
        faults.append("no_division")
        return ""
    }
}

@MainActor func numberText(_ number: String, _ faults: inout [String], followedByDigits: Bool = false) -> String {
    var text = number
    // Another sub-number style for the same doorplate.
    if let dash = text.firstIndex(of: "-"), text.hasSuffix("号"), rng.chance(0.5) {
        let base = text[..<dash]
        let sub = text[text.index(after: dash)..<text.index(before: text.endIndex)]
        text = rng.chance(0.5) ? "\(base)号之\(sub)" : "\(base)号附\(sub)"
        faults.append("sub_number_style")
    } else if text.contains("号之"), rng.chance(0.5) {
        let parts = text.components(separatedBy: "号之")
        let sub = ["一": "1", "二": "2", "三": "3"][parts[1]] ?? parts[1]
        text = "\(parts[0])-\(sub)号"
        faults.append("sub_number_style")
    }
    if rng.chance(0.1), let n = Int(text.prefix { $0.isNumber }), !text.contains("-"), !text.contains("附") {
        text = chinese(n) + text.drop { $0.isNumber }
        faults.append("chinese_numerals")
    } else if rng.chance(0.1) {
        text = fullWidth(text)
        faults.append("full_width")
    }
    if rng.chance(0.08), !followedByDigits, text.hasSuffix("号"), !text.contains("之"), !text.contains("附") {
        text.removeLast()
        faults.append("no_hao")
    }
    return text
}

@MainActor func roomsText(_ row: Row, _ faults: inout [String]) -> String {
    guard !row.building.isEmpty || !row.room.isEmpty else { return "" }
    let b = row.building.filter(\.isNumber)
    let u = row.unit.filter(\.isNumber)
    let r = row.room.filter(\.isNumber)
    switch rng.below(6) {
    case 0:
        faults.append("rooms_dashed")
        return u.isEmpty ? "\(b)-\(r)" : "\(b)-\(u)-\(r)"
    case 1:
        faults.append("rooms_dong")
        return "\(b)栋" + (u.isEmpty ? "" : "\(u)单元") + r
    case 2:
        faults.append("rooms_haolou")
        return "\(b)号楼" + (u.isEmpty ? "" : "\(u)单元") + "\(r)室"
    case 3 where !u.isEmpty && rng.chance(0.25):
        faults.append("unit_dropped")
        return "\(b)幢\(r)室"
    default:
        return row.building + row.unit + row.room
    }
}

@MainActor func traditional(_ s: String) -> String {
    String(s.map { rng.chance(0.7) ? (toTraditional[$0] ?? $0) : $0 })
}

// MARK: Lines

do {
    let sink = outPath == "-" ? FileByteSink(standardOutput: ()) : try FileByteSink(path: outPath)
    var writer = CSVWriter(sink: sink)
    try writer.writeRow(["序号", "address", "truth_id", "faults"])
    var absent = 0
    for serial in 1...max(1, lineCount) where lineCount > 0 {
        var row = rng.pick(rows)
        var faults: [String] = []
        var truth = row.id
        if rng.chance(absentShare) {
            truth = ""
            absent += 1
            // An address the registry does not have.
            if row.estate.isEmpty || rng.chance(0.5) {
                if !row.road.isEmpty && rng.chance(0.5) {
                    let top = maxNumber[row.county + "|" + row.road] ?? 500
                    row.number = "\(top + 200 + rng.below(300))号"
                    row.estate = ""
                    row.building = ""
                    row.unit = ""
                    row.room = ""
                    faults.append("absent_number")
                } else {
                    var name = ""
                    repeat {
                        name = rng.pick(absentProper) + rng.pick(["路", "街", "巷", "东路", "西路"])
                    } while allRoadNames.contains(name)
                    row.road = name
                    row.community = ""
                    row.estate = ""
                    row.building = ""
                    row.unit = ""
                    row.room = ""
                    if row.number.contains("组") { row.number = "\(1 + rng.below(300))号" }
                    faults.append("absent_road")
                }
            } else {
                row.building = "\(90 + rng.below(9))幢"
                faults.append("absent_room")
            }
        }
        var text = divisions(row.county, &faults)
        let keepTown = text.isEmpty ? rng.chance(0.9) : rng.chance(0.6)
        if keepTown && !row.town.isEmpty { text += row.town } else if !row.town.isEmpty { faults.append("no_town") }
        if row.road.isEmpty {
            // A village: village and group number.
            text += row.community + numberText(row.number, &faults)
        } else {
            var road = row.road
            if let former = formerName[row.county + "|" + row.road], rng.chance(0.6) {
                road = former
                faults.append("former_name")
            }
            let roll = rng.below(100)
            if roll < 6, let t = typo(road, homophone: false) {
                road = t
                faults.append("typo")
            } else if roll < 11, let h = typo(road, homophone: true) {
                road = h
                faults.append("homophone")
            }
            let estateOnly = !row.estate.isEmpty && rng.chance(0.4)
            if estateOnly {
                faults.append("estate_only")
                text += row.estate + roomsText(row, &faults)
            } else {
                if !row.community.isEmpty && rng.chance(0.15) { text += row.community }
                let dropEstate = !row.estate.isEmpty && rng.chance(0.3)
                text += road + numberText(row.number, &faults, followedByDigits: dropEstate)
                if !row.estate.isEmpty {
                    if !dropEstate { text += row.estate } else { faults.append("estate_dropped") }
                    text += roomsText(row, &faults)
                }
            }
        }
        if rng.chance(0.1) {
            text = traditional(text)
            faults.append("traditional")
        }
        if rng.chance(0.1) {
            let phone = "1\(3 + rng.below(6))\(String(10_000_000 + rng.below(89_999_999)))"
            text += rng.chance(0.5) ? " 电话\(phone)" : " \(rng.pick(surnames))\(rng.pick(given)) \(phone)"
            faults.append("noise")
        }
        if rng.chance(0.05) {
            text = text.replacingOccurrences(of: "号", with: "号 ", options: [], range: nil)
            faults.append("spaces")
        }
        try writer.writeRow([String(serial), text, truth, faults.joined(separator: ";")])
    }
    try writer.flush()
    FileHandle.standardError.write(Data(
        "diming-generate-legacy: \(lineCount) lines (\(absent) not in the registry), \(formerName.count) former road names\n".utf8))
} catch {
    fail("\(error)")
}
