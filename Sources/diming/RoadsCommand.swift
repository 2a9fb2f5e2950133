import ArgumentParser
import DimingCSV
import DimingStore
import Foundation

/// `diming roads …`: the names of roads.
struct RoadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roads",
        abstract: "Road names: former, colloquial and variant names.",
        subcommands: [ImportNames.self, RoadAliasesCommand.self, RoadAliasReviewCommand.self])

    struct ImportNames: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-names",
            abstract: "Record other names of roads from a CSV (all or nothing).",
            discussion: """
                Columns: \(RoadNameRow.columns.joined(separator: ","))
                kind is former, colloquial or variant; dates are YYYY-MM-DD or empty. Legacy addresses
                written with a recorded name are matched to the current road.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv"))
        var file: String

        @Option(help: "Text encoding of the file: utf-8 or gb18030.")
        var encoding: String = "utf-8"

        func run() throws {
            let registry = try Registry.open(path: try global.registryPath())
            var problems: [String] = []
            var rows: [RoadNameRow] = []
            do {
                rows = try Self.readRows(file: file, encoding: encoding)
            } catch let error as RowProblems {
                problems = error.messages
            }
            if problems.isEmpty {
                let (added, rejected) = try registry.addRoadNames(rows, actor: global.actorName)
                if rejected.isEmpty {
                    print("\(counted(added, "name", "names")) added (\(grouped(rows.count - added)) already recorded)")
                    return
                }
                problems = rejected.map { "line \($0.line): \($0.reason)" }
            }
            for p in problems.prefix(20) { FileHandle.standardError.write(Data((p + "\n").utf8)) }
            throw CLIError("\(counted(problems.count, "row is", "rows are")) bad, so nothing was recorded")
        }

        /// Problems of a file's rows, each with its line.
        struct RowProblems: Error {
            var messages: [String]
        }

        /// Reads a road-names CSV; throws ``RowProblems`` naming every bad row.
        static func readRows(file: String, encoding: String) throws -> [RoadNameRow] {
            let fileSource = try FileByteSource(path: file)
            let source: any ByteSource = try TextEncoding(name: encoding) == .gb18030 ? try TranscodingByteSource(inner: fileSource) : fileSource
            let reader = CSVReader(source: source)
            guard try reader.next() else { throw CLIError("\(file) is empty: expected the header \(RoadNameRow.columns.joined(separator: ","))") }
            let header = reader.lossyFields().map { $0.trimmingCharacters(in: .whitespaces) }
            guard header == RoadNameRow.columns else {
                throw CLIError("line 1: the header must be \(RoadNameRow.columns.joined(separator: ",")), not \(header.joined(separator: ","))")
            }
            var rows: [RoadNameRow] = []
            var problems: [String] = []
            while try reader.next() {
                if let problem = reader.problem {
                    problems.append("line \(reader.line): \(problem)")
                    continue
                }
                guard reader.fieldCount == header.count else {
                    problems.append("line \(reader.line): expected \(header.count) fields, found \(reader.fieldCount)")
                    continue
                }
                let f = (0..<header.count).compactMap { reader.string($0) }
                guard f.count == header.count else {
                    problems.append("line \(reader.line): the row is not valid UTF-8")
                    continue
                }
                rows.append(RoadNameRow(
                    line: reader.line, divisionCode: f[0], road: f[1], name: f[2], kind: f[3],
                    validFrom: f[4].isEmpty ? nil : f[4], validTo: f[5].isEmpty ? nil : f[5], source: f[6]))
            }
            if !problems.isEmpty { throw RowProblems(messages: problems) }
            return rows
        }
    }
}
