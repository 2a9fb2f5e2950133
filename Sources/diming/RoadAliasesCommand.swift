import ArgumentParser
import DimingAliases
import DimingParse
import DimingStore
import Foundation

/// `diming roads aliases`: roads suspected of being one road under several
/// names (一路多名), one group per JSON line.
struct RoadAliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "List roads suspected of being one road under several names, one JSON group per line.",
        discussion: """
            Each line: {"names": […], "road_ids": […], "score": 0…1, "evidence": [{"kind": …, "detail": …}]}.
            Evidence kinds: \(AliasEvidenceKind.allCases.map(\.rawValue).joined(separator: ", ")).
            Names that differ only in 方位 or 序数 (长江北路 / 长江路) are segments, and similar names alone
            never make a group. Confirm or reject a group with `diming roads alias-review`.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this county-level division.", valueName: "CODE"))
    var division: String?

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    @Flag(help: .hidden)
    var timing = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let registry = try Registry.open(path: try global.registryPath())
        let folder = try GazetteerLocator.locate(explicit: gazetteer)
        let analyzer = try Self.analyzer(folder: folder)
        let pinyin = try PinyinLoader.table(folder: folder)
        let loaded = clock.now
        let input = try registry.aliasInput(division: division)
        let read = clock.now
        let groups = AliasFinder(analyzer: analyzer, pinyin: pinyin).find(input)
        let found = clock.now
        var out = Data()
        for group in groups {
            out.append(contentsOf: try Self.jsonLine(group).utf8)
            out.append(0x0A)
        }
        FileHandle.standardOutput.write(out)
        if timing {
            let note = """
                start-up \(loaded - start); read \(input.roads.count) roads, \(input.placeUses.count) estate uses, \
                \(input.legacyLines.count) legacy lines in \(read - loaded); grouped in \(found - read); \(groups.count) groups

                """
            FileHandle.standardError.write(Data(note.utf8))
        }
    }

    /// One group as a JSON line, keys in the contract's order (names,
    /// road_ids, score, evidence) so that the output reads the same every run.
    static func jsonLine(_ group: AliasGroup) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let evidence = try group.evidence.map { #"{"kind":\#(try json($0.kind.rawValue)),"detail":\#(try json($0.detail))}"# }
        return #"{"names":\#(try json(group.names)),"road_ids":\#(try json(group.roadIDs)),"score":\#(try json(group.score)),"evidence":[\#(evidence.joined(separator: ","))]}"#
    }

    static func analyzer(folder: URL) throws -> RoadNameAnalyzer {
        let url = folder.appendingPathComponent("parsing").appendingPathComponent(RoadNameAnalyzer.fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw CLIError("cannot read \(url.path)") }
        do {
            return try RoadNameAnalyzer.parse(text)
        } catch {
            throw CLIError("gazetteer/parsing/\(error.description)")
        }
    }
}
