import DimingCore
import DimingNaming
import DimingParse
import DimingStore
import DimingText
import Foundation

/// Loads what the naming commands need from the gazetteer folder: the
/// divisions, the pinyin tables, the road generics, the traditional
/// characters of the normalizer and the naming lexicons.
struct NamingSetup {
    let gazetteer: Gazetteer
    let checker: NameChecker
    let keys: DuplicateKeys
    /// The key version, the gazetteer tables the duplicate keys are computed
    /// from and the keys of sample names; the registry's stored keys are
    /// rebuilt when it changes.
    let keyFingerprint: String
    let folder: URL

    /// `towns`: also read the township names of towns.tsv, which township
    /// proposals are compared with (乡镇 names must be unique in the province).
    init(gazetteerOption: String?, towns: Bool = false) throws {
        let folder = try GazetteerLocator.locate(explicit: gazetteerOption)
        self.folder = folder
        func read(_ path: String) throws -> String {
            let url = folder.appendingPathComponent(path)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw CLIError("cannot read \(url.path)") }
            return text
        }
        // The rules need the divisions only. Parsing the 43,000 towns took 60%
        // of a check's start-up (perf, release build), so only the header rows
        // of towns.tsv (unless township names are checked) and
        // division-changes.tsv are handed over.
        func header(_ path: String) throws -> String {
            let text = try read(path)
            return text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.isEmpty }.map { String($0) + "\n" } ?? ""
        }
        let divisionsText = try read("divisions.tsv")
        do {
            gazetteer = try Gazetteer.parse(
                divisions: divisionsText, towns: towns ? try read("towns.tsv") : try header("towns.tsv"),
                changes: try header("division-changes.tsv"))
        } catch let error as Gazetteer.ParseError {
            throw CLIError("gazetteer \(error.description)")
        }
        let readings = try read("pinyin/readings.tsv")
        let placeReadings = try read("pinyin/place-readings.tsv")
        let pinyin = try Self.pinyin(readings: readings, placeReadings: placeReadings)
        let places = gazetteer.divisions.flatMap { [$0.name, $0.shortName] }.filter { $0.unicodeScalars.count >= 2 }
        let roadGenerics = try read("parsing/road-generics.tsv")
        let roads = try Self.roads(roadGenerics, places: places)
        var files: [String: String] = [:]
        for name in NamingLexicon.fileNames { files[name] = try read("naming/" + name) }
        let lexicon = try Self.lexicon(files)
        let tables = try NormalizeCommand.loadTables(gazetteer: gazetteerOption)
        checker = NameChecker(
            lexicon: lexicon, pinyin: pinyin, roads: roads, traditional: tables.traditional, divisions: gazetteer.divisions)
        keys = DuplicateKeys(checker: checker)
        var hash = StableHash()
        for text in [
            DuplicateKeys.version, divisionsText, readings, placeReadings, roadGenerics, files["class-generics.tsv"] ?? "",
        ] {
            var t = text
            t.withUTF8 { hash.add($0) }
        }
        keys.sampleKeys().withUnsafeBytes { hash.add($0.bindMemory(to: UInt8.self)) }
        keyFingerprint = DuplicateKeys.version + ":" + String(UInt64(bitPattern: hash.value), radix: 16)
    }

    /// The built-up areas of gazetteer/naming/built-up-areas.tsv, checked
    /// against the gazetteer's towns (read here: start-up does not need them
    /// otherwise).
    func builtUpAreas() throws -> BuiltUpAreas {
        let url = folder.appendingPathComponent("naming/" + BuiltUpAreas.fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw CLIError("cannot read \(url.path)") }
        let townsURL = folder.appendingPathComponent("towns.tsv")
        guard let townsText = try? String(contentsOf: townsURL, encoding: .utf8) else { throw CLIError("cannot read \(townsURL.path)") }
        do {
            // Only the towns of the areas' counties are parsed to check the
            // file against: all 43,000 took a quarter of a second.
            let unchecked = try BuiltUpAreas.parse(text, divisions: gazetteer.divisions, towns: [])
            let counties = Set(unchecked.areas.flatMap(\.countyCodes))
            let lines = townsText.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                line.hasPrefix("#") || line.hasPrefix("county_code") || counties.contains(String(line.prefix(6)))
            }
            let towns: [Gazetteer.Town]
            do {
                towns = try Gazetteer.parse(divisions: "", towns: lines.joined(separator: "\n"), changes: "").towns
            } catch {
                throw CLIError("gazetteer \(error.description)")
            }
            return try BuiltUpAreas.parse(text, divisions: gazetteer.divisions, towns: towns)
        } catch let error as NamingLexiconError {
            throw CLIError("gazetteer/naming/\(error.description)")
        }
    }

    /// The registry's names that may be duplicates or homophones of `name`
    /// in `scope` (restricted to `area` when given): the names sharing one of
    /// its stored keys. The keys are brought up to date first when needed.
    func candidates(
        registry: Registry, name: String, nameClass: NameClass, divisionCode: String, scope: NamingScope,
        area: NamingTownFilter?
    ) throws -> [RegisteredName] {
        let probes = keys.probes(for: name, nameClass: nameClass, divisionCode: divisionCode)
        let found = try registry.namingCandidates(
            probes: probes, divisionPrefix: scope.prefix(of: divisionCode), kinds: Set(nameClass.duplicateGroup.map(\.rawValue)),
            towns: area, fingerprint: keyFingerprint, keys: storedKeys)
        return found.compactMap(Self.convert)
    }

    /// The stored keys of one registry name, as the registry asks for them.
    func storedKeys(_ n: NamingRegistryName) -> [Int64] {
        guard let registered = Self.convert(n) else { return [] }
        return keys.stored(registered)
    }

    /// The registry's town filter for a built-up area.
    static func townFilter(_ area: BuiltUpAreas.Area, registry: Registry) throws -> NamingTownFilter {
        NamingTownFilter(
            townIDs: try registry.townIDs(area.towns.map { ($0.countyCode, $0.name) }), countyCodes: area.countyCodes)
    }

    /// The division, refused with a clear message when the code is unknown.
    func division(_ code: String) throws -> Division {
        guard let d = gazetteer.divisions.first(where: { $0.code == code }) else {
            throw CLIError("division \(code) is not in the gazetteer; give the six-digit code of a county, city or province (e.g. 331003)")
        }
        return d
    }

    /// The full name of a division from the province down (浙江省台州市黄岩区).
    func fullName(_ code: String) -> String {
        var names: [String] = []
        var current: String? = code
        while let c = current, let d = gazetteer.divisions.first(where: { $0.code == c }) {
            names.insert(d.name, at: 0)
            current = d.parentCode
        }
        return names.joined()
    }

    /// The gazetteer's township names (乡, 镇, 街道) in `scope` around
    /// `divisionCode`: the registry has no townships of its own.
    func townNames(divisionCode: String, scope: NamingScope) -> [RegisteredName] {
        let prefix = scope.prefix(of: divisionCode)
        return gazetteer.towns.enumerated().compactMap { i, town in
            town.countyCode.hasPrefix(prefix)
                ? RegisteredName(ref: "town:\(i + 1)", name: town.name, nameClass: .township, divisionCode: town.countyCode)
                : nil
        }
    }

    static func convert(_ n: NamingRegistryName) -> RegisteredName? {
        guard let c = NameClass(rawValue: n.kind) else { return nil }
        return RegisteredName(ref: n.ref, name: n.name, nameClass: c, divisionCode: n.divisionCode)
    }

    private static func pinyin(readings: String, placeReadings: String) throws -> PinyinTable {
        do {
            return try PinyinTable.parse(readings: readings, placeReadings: placeReadings)
        } catch {
            throw CLIError("gazetteer/pinyin/\(error.description)")
        }
    }

    private static func roads(_ text: String, places: [String]) throws -> RoadNameAnalyzer {
        do {
            return try RoadNameAnalyzer.parse(text, places: places)
        } catch {
            throw CLIError("gazetteer/parsing/\(error.description)")
        }
    }

    private static func lexicon(_ files: [String: String]) throws -> NamingLexicon {
        do {
            return try NamingLexicon.parse(files: files)
        } catch {
            throw CLIError("gazetteer/naming/\(error.description)")
        }
    }
}
