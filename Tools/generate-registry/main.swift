// diming-generate: writes a deterministic, realistic registry of N addresses as
// a canonical address CSV, for benchmarks, demos and load tests.
//
//   swift run -c release diming-generate --addresses 1600000 --city 331000 --out registry.csv
//
// Real division codes and township names come from gazetteer/; road and estate
// names are built from common place-name elements (专名 + 方位 + 序数 + 通名);
// doorplates run odd on one side and even on the other, with sub-numbers,
// estates with buildings, units and rooms (floor + two digits), and rural
// addresses by villagers' group (5组6号). The same arguments always give the
// same file, byte for byte.

import DimingCSV
import DimingCore
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("diming-generate: \(message)\n".utf8))
    exit(2)
}

// MARK: Arguments

var addressCount = 10_000
var cityCode = "331000"
var seed: UInt64 = 20_261_122
var outPath = "-"
var gazetteerPath = "gazetteer"
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    func value() -> String {
        guard let next = arguments.popFirst() else { fail("\(flag) needs a value") }
        return next
    }
    switch flag {
    case "--addresses":
        guard let n = Int(value()), n >= 0 else { fail("--addresses takes a number") }
        addressCount = n
    case "--city": cityCode = value()
    case "--seed":
        guard let n = UInt64(value()) else { fail("--seed takes a number") }
        seed = n
    case "--out": outPath = value()
    case "--gazetteer": gazetteerPath = value()
    case "-h", "--help":
        print("usage: diming-generate [--addresses N] [--city CODE] [--seed S] [--gazetteer DIR] [--out FILE]")
        exit(0)
    default: fail("unknown argument \(flag)")
    }
}

// MARK: Gazetteer

@MainActor func read(_ name: String) -> String {
    guard let text = try? String(contentsOfFile: gazetteerPath + "/" + name, encoding: .utf8) else {
        fail("cannot read \(gazetteerPath)/\(name)")
    }
    return text
}
let gazetteer: Gazetteer
do {
    gazetteer = try Gazetteer.parse(divisions: read("divisions.tsv"), towns: read("towns.tsv"), changes: read("division-changes.tsv"))
} catch {
    fail("\(error)")
}
let counties = gazetteer.divisions.filter {
    $0.parentCode == cityCode && $0.level == .county && $0.status == .current && $0.kind == "gbt2260"
}
guard !counties.isEmpty else { fail("no current counties under \(cityCode)") }
var townsByCounty: [String: [String]] = [:]
for town in gazetteer.towns { townsByCounty[town.countyCode, default: []].append(town.name) }

// MARK: Name elements (common words of Chinese road and estate names)

let properNames = [
    "人民", "解放", "中山", "建设", "文化", "劳动", "东方", "青年", "新华", "和平", "胜利", "光明", "振兴", "朝阳", "环城",
    "滨江", "江滨", "工人", "府前", "学院", "体育", "迎宾", "长江", "黄河", "太平", "永安", "富强", "民主", "健康", "百花",
    "桃源", "青龙", "白云", "锦绣", "海门", "开发", "商城", "兴业", "育才", "望江", "凤凰", "金山", "银河", "东海", "西湖",
    "南山", "北岭", "枫林", "松涛", "梧桐", "紫荆", "丹桂", "翠竹", "荷花", "梅园", "兰亭", "清河", "双桥", "石桥", "三元",
    "五星", "六和", "九龙", "万寿", "长安", "广场", "站前", "公园", "市府", "县前", "城北", "城南", "城东", "城西", "官河",
    "洪家", "王林", "山前", "后街", "前进", "红旗", "跃进", "向阳", "幸福", "团结", "友谊", "安康", "新民", "广济", "永宁",
    "澄江", "灵石", "桔乡", "天长", "横街", "院桥", "沙埠", "头陀", "宁溪", "北城", "南城", "江口", "高桥", "新前", "茅畲",
]
let directions = ["", "", "", "", "东", "西", "南", "北", "中"]
let ordinals = ["", "", "", "", "", "", "一", "二", "三"]
let roadGenerics: [(String, Int)] = [("路", 60), ("街", 14), ("大道", 6), ("巷", 12), ("弄", 4), ("大街", 4)]
let estateGenerics = ["小区", "花园", "苑", "公寓", "家园", "新村", "华庭", "嘉园", "府", "名邸"]
let villageGenerics = ["村", "村", "村", "社区"]
let subNumberStyles = ["-", "之", "附"]
let chineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

func weighted(_ items: [(String, Int)], _ rng: inout SplitMix64) -> String {
    let total = items.reduce(0) { $0 + $1.1 }
    var r = rng.below(total)
    for (item, weight) in items {
        if r < weight { return item }
        r -= weight
    }
    return items[0].0
}

// MARK: Writing

let sink: FileByteSink
do {
    sink = outPath == "-" ? FileByteSink(standardOutput: ()) : try FileByteSink(path: outPath)
} catch {
    fail("\(error)")
}
var writer = CSVWriter(sink: sink)
var rng = SplitMix64(state: seed)
var written = 0

@MainActor func emit(_ record: AddressRecord) {
    do {
        try writer.writeRow(CanonicalAddressCSV.fields(of: record))
    } catch {
        fail("\(error)")
    }
    written += 1
}

func coordinate(_ base: Double, _ spread: Double, _ rng: inout SplitMix64) -> Double {
    let value = base + (Double(rng.below(2_000_001)) / 1_000_000 - 1) * spread
    return (value * 1_000_000).rounded() / 1_000_000
}

do {
    try writer.writeRow(CanonicalAddressCSV.columns)
} catch {
    fail("\(error)")
}

// Each county gets an equal share; within it, roads are laid out one after
// another until the share is filled.
let perCounty = addressCount / counties.count
var remainder = addressCount - perCounty * counties.count
for (countyIndex, county) in counties.enumerated() {
    var quota = perCounty + (remainder > 0 ? 1 : 0)
    if remainder > 0 { remainder -= 1 }
    let towns = townsByCounty[county.code] ?? ["城关街道"]
    let centerLat = 28.0 + Double(countyIndex) * 0.11
    let centerLon = 121.0 + Double(countyIndex) * 0.09
    var usedRoads = Set<String>()
    var usedEstates = Set<String>()
    var usedVillages = Set<String>()
    var villageGroupCounter = 0

    while quota > 0 {
        let town = rng.pick(towns)
        if rng.chance(0.1) {
            // A village: addresses by villagers' group, no road.
            var village = ""
            repeat {
                village = rng.pick(properNames) + rng.pick(villageGenerics)
                if usedVillages.contains(village) { village += String(usedVillages.count) }
            } while usedVillages.contains(village)
            usedVillages.insert(village)
            villageGroupCounter += 1
            let groups = 1 + rng.below(9)
            for group in 1...groups where quota > 0 {
                for house in 1...(5 + rng.below(40)) where quota > 0 {
                    emit(AddressRecord(
                        divisionCode: county.code, town: town, community: village, number: "\(group)组\(house)号",
                        latitude: coordinate(centerLat, 0.2, &rng), longitude: coordinate(centerLon, 0.2, &rng),
                        status: rng.chance(0.02) ? .retired : .active))
                    quota -= 1
                }
            }
            continue
        }
        // A road.
        var road = ""
        var attempts = 0
        repeat {
            let generic = weighted(roadGenerics, &rng)
            let ordinal = generic == "路" || generic == "街" ? rng.pick(ordinals) : ""
            let direction = ordinal.isEmpty ? rng.pick(directions) : ""
            road = rng.pick(properNames) + direction + (ordinal.isEmpty ? "" : ordinal) + generic
            attempts += 1
            if attempts > 20 { road = rng.pick(properNames) + String(usedRoads.count) + "路" }
        } while usedRoads.contains(road)
        usedRoads.insert(road)
        let length = 10 + rng.below(400)  // highest number on the road
        let community = rng.chance(0.7) ? rng.pick(properNames) + "社区" : ""
        var number = 1
        while number <= length && quota > 0 {
            let lat = coordinate(centerLat, 0.15, &rng)
            let lon = coordinate(centerLon, 0.15, &rng)
            let status: AddressStatus = rng.chance(0.02) ? .retired : .active
            if rng.chance(0.006) && quota > 1 {
                // An estate behind this doorplate: buildings in order, units, rooms.
                var estate = ""
                repeat {
                    estate = rng.pick(properNames) + rng.pick(estateGenerics)
                    if usedEstates.contains(estate) { estate = rng.pick(properNames) + rng.pick(properNames) + rng.pick(estateGenerics) }
                } while usedEstates.contains(estate) && usedEstates.count < 5_000
                if usedEstates.contains(estate) { estate += String(usedEstates.count) }
                usedEstates.insert(estate)
                let buildings = 2 + rng.below(14)
                let units = 1 + rng.below(3)
                let floors = 3 + rng.below(16)
                let perFloor = 2 + rng.below(2)
                outer: for b in 1...buildings {
                    for u in 1...units {
                        for f in 1...floors {
                            for r in 1...perFloor {
                                if quota == 0 { break outer }
                                emit(AddressRecord(
                                    divisionCode: county.code, town: town, community: community, road: road,
                                    number: "\(number)号", estate: estate, building: "\(b)幢", unit: "\(u)单元",
                                    room: "\(f)\(r < 10 ? "0" : "")\(r)室", latitude: lat, longitude: lon, status: status))
                                quota -= 1
                            }
                        }
                    }
                }
            } else {
                emit(AddressRecord(
                    divisionCode: county.code, town: town, community: community, road: road, number: "\(number)号",
                    latitude: lat, longitude: lon, status: status))
                quota -= 1
                if rng.chance(0.05) && quota > 0 {
                    // A sub-number squeezed in after this doorplate.
                    let style = rng.pick(subNumberStyles)
                    let sub = 1 + rng.below(3)
                    let text = switch style {
                    case "-": "\(number)-\(sub)号"
                    case "之": "\(number)号之\(chineseDigits[sub])"
                    default: "\(number)号附\(sub)"
                    }
                    emit(AddressRecord(
                        divisionCode: county.code, town: town, community: community, road: road, number: text,
                        latitude: lat, longitude: lon, status: .active))
                    quota -= 1
                }
            }
            // Odd numbers on one side, even on the other: alternate sides,
            // sometimes skipping a number left free for later infill.
            number += rng.chance(0.1) ? 2 : 1
        }
    }
}
do {
    try writer.flush()
} catch {
    fail("\(error)")
}
FileHandle.standardError.write(Data("diming-generate: \(written) addresses in \(counties.count) counties of \(cityCode)\n".utf8))
