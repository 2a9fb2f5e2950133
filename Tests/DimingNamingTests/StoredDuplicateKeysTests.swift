import DimingCSV
import DimingCore
import DimingNaming
import DimingStore
import Foundation
import Testing

/// The registry's stored naming keys must give exactly the findings of the
/// in-memory `DuplicateIndex` over every name in scope: same rules, same
/// names, same order, same messages, at county, city and province scope, and
/// still after names are added, renamed and retired.
@Suite("Stored duplicate keys", .serialized)
struct StoredDuplicateKeysTests {
    let checker = NamingFixture.checker
    var keys: DuplicateKeys { DuplicateKeys(checker: checker) }

    /// Taizhou's three districts and two of Hangzhou's.
    static let counties = ["331002", "331003", "331004", "330102", "330105"]

    /// A generated registry: road and estate names from small word lists, so
    /// that identical names across counties, homophones (polyphones 长 重 行
    /// 单 乐), 新/大 and city prefixes, the same 专名 with another generic and
    /// names one character apart all occur; plus a few planted by hand.
    static func registryCSV(seed: UInt64, roads: Int, estates: Int) -> (csv: String, names: [String]) {
        var rng = SplitMix64(seed: seed)
        let first = Array("东西南北新大长重行单乐青清龙隆凤峰金银石实文武和平安康宁泰")
        let second = Array("山水河湖江海溪泉林园田桥塘门城坊岭湾洲港")
        let directions = ["", "", "", "东", "西", "北"]
        let generics = ["路", "路", "街", "大道", "巷"]
        let estateGenerics = ["小区", "花园", "苑", "大厦", "公寓"]
        var csv = "id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status\n"
        var names: [String] = []
        var seen: Set<String> = []
        func add(_ county: String, road: String, estate: String = "") {
            guard seen.insert(county + road + "|" + estate).inserted else { return }
            csv += ",\(county),,,\(road),1号,\(estate),,,,,,active\n"
            names.append(road)
            if !estate.isEmpty { names.append(estate) }
        }
        for _ in 0..<roads {
            let county = counties.randomElement(using: &rng)!
            var name = String(first.randomElement(using: &rng)!) + String(second.randomElement(using: &rng)!)
            if Int.random(in: 0..<4, using: &rng) == 0 { name += String(first.randomElement(using: &rng)!) }
            name += directions.randomElement(using: &rng)! + generics.randomElement(using: &rng)!
            add(county, road: name)
        }
        for _ in 0..<estates {
            let county = counties.randomElement(using: &rng)!
            let estate = String(first.randomElement(using: &rng)!) + String(second.randomElement(using: &rng)!)
                + estateGenerics.randomElement(using: &rng)!
            add(county, road: "青龙路", estate: estate)
        }
        for (county, road) in [
            ("331003", "台州人民路"), ("331003", "人民路"), ("331002", "黄岩人民路"), ("331003", "新华路"), ("331003", "大青龙路"),
            ("331004", "胜利新村路"), ("331004", "胜利新街路"), ("330102", "长乐路"), ("330105", "常乐路"),
        ] {
            add(county, road: road)
        }
        return (csv, names)
    }

    /// Proposals: every name of the registry, each with one character
    /// changed, dropped or added, a 新 prefix, another generic, a city prefix.
    static func proposals(_ names: [String], seed: UInt64, count: Int) -> [String] {
        var rng = SplitMix64(seed: seed)
        let swaps = Array("清青隆龙峰凤实石长常重中行航单蝉乐勒新大")
        var out: [String] = ["人民路", "台州人民路", "青龙街", "大青龙路", "胜利新街路", "常乐路", "宇宙路", "建设路"]
        while out.count < count {
            var s = Array(names.randomElement(using: &rng)!)
            switch Int.random(in: 0..<7, using: &rng) {
            case 0: break
            case 1: s[Int.random(in: 0..<s.count, using: &rng)] = swaps.randomElement(using: &rng)!
            case 2: if s.count > 2 { s.remove(at: Int.random(in: 0..<s.count - 1, using: &rng)) }
            case 3: s.insert(swaps.randomElement(using: &rng)!, at: Int.random(in: 0..<s.count, using: &rng))
            case 4: s.insert("新", at: 0)
            case 5: if s.last == "路" { s[s.count - 1] = "街" }
            default: s.insert(contentsOf: "黄岩", at: 0)
            }
            out.append(String(s))
        }
        return out
    }

    func makeRegistry(_ directory: URL, csv: String) throws -> Registry {
        let registry = try Registry.create(
            path: directory.appendingPathComponent("registry.sqlite").path, gazetteer: NamingFixture.divisions, actor: "tester")
        try importCSV(registry, csv)
        return registry
    }

    func importCSV(_ registry: Registry, _ csv: String) throws {
        _ = try registry.importAddresses(
            from: CSVReader(source: MemoryByteSource(csv)),
            options: ImportOptions(skipBad: false, actor: "tester", sourceName: "generated.csv"), reject: { _ in })
    }

    func convert(_ n: NamingRegistryName) -> RegisteredName? {
        NameClass(rawValue: n.kind).map { RegisteredName(ref: n.ref, name: n.name, nameClass: $0, divisionCode: n.divisionCode) }
    }

    func stored(_ n: NamingRegistryName) -> [Int64] { convert(n).map(keys.stored) ?? [] }

    /// Compares both ways for every proposal, class and scope; returns how
    /// many findings of each rule were compared.
    @discardableResult
    func compare(_ registry: Registry, proposals: [String], fingerprint: String = "test") throws -> [String: Int] {
        var rules: [String: Int] = [:]
        let classes: [(NameClass, String)] = [(.road, "331003"), (.road, "330105"), (.residential, "331002"), (.building, "331004")]
        for (nameClass, division) in classes {
            for scope in [NamingScope.county, .city, .province] {
                let kinds = Set(nameClass.duplicateGroup.map(\.rawValue))
                let all = try registry.namingNames(divisionPrefix: scope.prefix(of: division), kinds: kinds).compactMap(convert)
                let memory = NamingReviewer(checker: checker, registered: all)
                let keyed = NamingReviewer(checker: checker, registered: [])
                for name in proposals {
                    let expected = memory.review(name, nameClass: nameClass, divisionCode: division, scope: scope)
                    let candidates = try registry.namingCandidates(
                        probes: keys.probes(for: name, nameClass: nameClass, divisionCode: division),
                        divisionPrefix: scope.prefix(of: division), kinds: kinds, fingerprint: fingerprint, keys: stored
                    ).compactMap(convert)
                    let got = keyed.review(
                        name, nameClass: nameClass, divisionCode: division, scope: scope, candidates: candidates)
                    #expect(got.findings == expected.findings, "\(name) \(nameClass) \(division) \(scope)")
                    for f in expected.findings { rules[f.rule, default: 0] += 1 }
                }
            }
        }
        return rules
    }

    @Test func sameFindingsAsTheInMemoryIndex() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("diming-naming-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (csv, names) = Self.registryCSV(seed: 7, roads: 3000, estates: 300)
        let registry = try makeRegistry(directory, csv: csv)

        let first = try registry.refreshNamingKeys(fingerprint: "test", keys: stored)
        #expect(first.rebuilt)
        #expect(first.names == (try registry.namingNames().count))
        #expect(try registry.refreshNamingKeys(fingerprint: "test", keys: stored) == NamingKeyRefresh())

        let proposals = Self.proposals(names, seed: 11, count: 150)
        let rules = try compare(registry, proposals: proposals)
        // Every duplicate rule was exercised.
        for rule in ["chong.identical", "chong.reduced", "chong.generic", "chong.homophone", "chong.near"] {
            #expect(rules[rule, default: 0] > 0, "\(rule) never fired: \(rules)")
        }

        // More names through a second import (not a fresh load): only they
        // are keyed, and the findings still agree.
        let (more, moreNames) = Self.registryCSV(seed: 8, roads: 200, estates: 20)
        try importCSV(registry, more)
        let update = try registry.refreshNamingKeys(fingerprint: "test", keys: stored)
        #expect(!update.rebuilt && update.names > 0 && update.names < 600)
        try compare(registry, proposals: Self.proposals(names + moreNames, seed: 12, count: 60))

        // Other gazetteer tables: every key is rebuilt.
        #expect(try registry.refreshNamingKeys(fingerprint: "other tables", keys: stored).rebuilt)
    }
}

