import DimingMatch
import DimingParse
import DimingStore
import DimingText
import Foundation

/// Builds the matcher for a registry: the gazetteer's normalization tables,
/// divisions, road-name lexicon and pinyin, and the registry's index.
enum MatcherLoader {
    struct Loaded {
        var matcher: AddressMatcher
        var seconds: Double
        var skipped: Int
    }

    static func load(registry: Registry, gazetteer: String?, thresholds: MatchThresholds) throws -> Loaded {
        let started = ProcessInfo.processInfo.systemUptime
        let folder = try GazetteerLocator.locate(explicit: gazetteer)
        let resolver = DivisionResolver(gazetteer: try GazetteerLocator.load(from: folder))
        let normalizer = Normalizer(tables: try NormalizeCommand.loadTables(gazetteer: gazetteer))
        let phonetic = try PinyinLoader.keying(folder: folder)
        let roadGenerics = RoadGeneric(lexicon: try RoadAliasesCommand.analyzer(folder: folder))
        let (index, skipped) = try registry.matchIndex(roadGenerics: roadGenerics, phonetic: phonetic)
        let matcher = AddressMatcher(index: index, normalizer: normalizer, resolver: resolver, thresholds: thresholds)
        return Loaded(matcher: matcher, seconds: ProcessInfo.processInfo.systemUptime - started, skipped: skipped)
    }
}
