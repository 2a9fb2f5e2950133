import DimingCore
import DimingNaming
import DimingParse
import DimingText
import Foundation

/// The naming engine built from the project's own gazetteer (found from this
/// file's path): its divisions, pinyin, road generics, normalization tables
/// (for traditional characters) and naming lexicons.
enum NamingFixture {
    static let gazetteer = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("gazetteer")

    static func read(_ path: String) -> String {
        (try? String(contentsOf: gazetteer.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static let divisions: Gazetteer = {
        try! Gazetteer.parse(
            divisions: read("divisions.tsv"), towns: read("towns.tsv"), changes: read("division-changes.tsv"))
    }()

    static let lexicon: NamingLexicon = {
        var files: [String: String] = [:]
        for name in NamingLexicon.fileNames { files[name] = read("naming/" + name) }
        do { return try NamingLexicon.parse(files: files) } catch { fatalError("shipped naming lexicons must parse: \(error)") }
    }()

    static let checker: NameChecker = {
        let pinyin = try! PinyinTable.parse(
            readings: read("pinyin/readings.tsv"), placeReadings: read("pinyin/place-readings.tsv"))
        let places = divisions.divisions.flatMap { [$0.name, $0.shortName] }.filter { $0.unicodeScalars.count >= 2 }
        let roads = try! RoadNameAnalyzer.parse(read("parsing/road-generics.tsv"), places: places)
        var normalization: [String: String] = [:]
        for name in NormalizationTables.fileNames { normalization[name] = read("normalization/" + name) }
        let tables = try! NormalizationTables.parse(files: normalization)
        return NameChecker(
            lexicon: lexicon, pinyin: pinyin, roads: roads, traditional: tables.traditional, divisions: divisions.divisions)
    }()
}
