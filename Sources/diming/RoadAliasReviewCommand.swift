import ArgumentParser
import DimingAliases
import DimingCSV
import DimingStore
import Foundation

/// `diming roads alias-review confirm|reject`: a reviewer's decision on one
/// group printed by `diming roads aliases`.
struct RoadAliasReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias-review",
        abstract: "Confirm or reject a group of road names (一路多名).",
        subcommands: [Confirm.self, Reject.self])

    /// The group as printed by `roads aliases` (the whole JSON line).
    static func group(_ text: String) throws -> AliasGroup {
        do {
            return try JSONDecoder().decode(AliasGroup.self, from: Data(text.utf8))
        } catch {
            throw ValidationError("--group takes one line printed by `diming roads aliases` (JSON with names and road_ids)")
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm a group: its roads become the standard road, the other names former names.",
            discussion: """
                The standard road takes the other roads' doorplates (numbers kept; with --renumber, numbered on
                by the division's policy), every other name is recorded as a former name dated today (or a
                colloquial name with --colloquial), and two files are written: the signs to replace (换牌:
                \(SignReplacement.csvColumns.joined(separator: ","))) and the old → new address mapping
                (\(AddressMove.csvColumns.joined(separator: ","))) for household-registration, property and
                business records. All or nothing, through the audit log.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The group: one line printed by `diming roads aliases`.", valueName: "JSON"))
        var group: String

        @Option(help: ArgumentHelp("The standard name (one of the group's road names).", valueName: "NAME"))
        var standard: String

        @Option(help: ArgumentHelp("Record this name as colloquial rather than former (repeatable).", valueName: "NAME"))
        var colloquial: [String] = []

        @Flag(help: "Number the moved doorplates on by the division's policy instead of keeping their numbers.")
        var renumber = false

        @Option(help: ArgumentHelp("Write the sign replacements (换牌) here.", valueName: "SIGNS.csv"))
        var signs: String

        @Option(help: ArgumentHelp("Write the old → new address mapping here.", valueName: "MAPPING.csv"))
        var mapping: String

        @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
        var gazetteer: String?

        func run() throws {
            let group = try RoadAliasReviewCommand.group(self.group)
            let presets = try DoorplateCommand.loadPresets(gazetteer: gazetteer)
            let registry = try Registry.open(path: try global.registryPath())
            let signsFile = try OutputFile.prepare(signs)
            let mappingFile = try OutputFile.prepare(mapping)
            let result: ConfirmedRoadAlias
            do {
                result = try registry.confirmRoadAlias(
                    group, standard: standard, colloquial: Set(colloquial), keepNumbers: !renumber, presets: presets,
                    actor: global.actorName)
            } catch {
                signsFile.discard()
                mappingFile.discard()
                throw CLIError(error.description)
            }
            try signsFile.write(try Self.csv(SignReplacement.csvColumns, result.signs.map(\.csvFields)))
            try mappingFile.write(try Self.csv(AddressMove.csvColumns, result.mapping.map(\.csvFields)))
            print(#"{"audit_id":\#(result.auditID),"decision_id":\#(result.decisionID),"moved":\#(result.mapping.count),"signs":\#(result.signs.count),"standard":\#(try DoorplateCommand.json(result.standardName)),"standard_road_id":\#(result.standardRoadID)}"#)
        }

        static func csv(_ header: [String], _ rows: [[String]]) throws -> Data {
            let sink = MemoryByteSink()
            var writer = CSVWriter(sink: sink)
            try writer.writeRow(header)
            for row in rows { try writer.writeRow(row) }
            try writer.flush()
            return Data(sink.bytes)
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject a group: it is remembered and not proposed again.")

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The group: one line printed by `diming roads aliases`.", valueName: "JSON"))
        var group: String

        func run() throws {
            let group = try RoadAliasReviewCommand.group(self.group)
            let registry = try Registry.open(path: try global.registryPath())
            let id: Int64
            do {
                id = try registry.rejectRoadAlias(group, actor: global.actorName)
            } catch {
                throw CLIError(error.description)
            }
            print(#"{"decision_id":\#(id),"rejected":\#(try DoorplateCommand.json(group.names))}"#)
        }
    }
}
