import ArgumentParser
import DimingCSV
import DimingCore
import DimingParse
import DimingText
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse addresses, one per line, into labelled components (prov city district town road roadno poi …).",
        discussion: """
            Writes exactly one JSON object for every input line, in order, also for empty or unreadable lines:
              {"input": …, "components": [{"label", "text", "start", "end", "value"}, …],
               "division": {"code", "names"} or null, "standard": …, "warnings": […]}
            start and end are offsets in Unicode scalars into input. The word lists are in gazetteer/parsing/.
            """)

    @Argument(help: ArgumentHelp("The file, or - (the default) for standard input.", valueName: "FILE"))
    var file: String = "-"

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func run() throws {
        let folder = try GazetteerLocator.locate(explicit: gazetteer)
        let parser = AddressParser(
            gazetteer: try GazetteerLocator.load(from: folder),
            tables: try NormalizeCommand.loadTables(gazetteer: gazetteer),
            lexicon: try Self.loadLexicon(folder: folder))
        let source = file == "-" ? FileByteSource(standardInput: ()) : try FileByteSource(path: file)
        let reader = LineReader(source: source)
        var writer = CSVWriter(sink: FileByteSink(standardOutput: ()))
        while try reader.next() {
            let line = reader.text
            let parsed = parser.parse(line)
            writer.appendUnquoted("{\"input\":")
            writer.appendJSONString(line)
            writer.appendUnquoted(",\"components\":[")
            for (i, c) in parsed.components.enumerated() {
                writer.appendUnquoted(i == 0 ? "{\"label\":\"" : ",{\"label\":\"")
                writer.appendUnquoted(c.label.rawValue)
                writer.appendUnquoted("\",\"text\":")
                writer.appendJSONString(c.text)
                writer.appendUnquoted(",\"start\":\(c.start),\"end\":\(c.end),\"value\":")
                writer.appendJSONString(c.value)
                writer.appendUnquoted("}")
            }
            writer.appendUnquoted("],\"division\":")
            if let division = parsed.division {
                writer.appendUnquoted("{\"code\":")
                writer.appendJSONString(division.code)
                writer.appendUnquoted(",\"names\":[")
                for (i, name) in division.names.enumerated() {
                    if i > 0 { writer.appendUnquoted(",") }
                    writer.appendJSONString(name)
                }
                writer.appendUnquoted("]}")
            } else {
                writer.appendUnquoted("null")
            }
            writer.appendUnquoted(",\"standard\":")
            writer.appendJSONString(parsed.standard)
            writer.appendUnquoted(",\"warnings\":[")
            for (i, warning) in parsed.warnings.enumerated() {
                if i > 0 { writer.appendUnquoted(",") }
                writer.appendJSONString(warning)
            }
            writer.appendUnquoted("]}")
            try writer.endRow()
        }
        try writer.flush()
    }

    /// Reads the parser's word lists from gazetteer/parsing/.
    static func loadLexicon(folder: URL) throws -> ParsingLexicon {
        var files: [String: String] = [:]
        for name in ParsingLexicon.fileNames {
            let url = folder.appendingPathComponent("parsing").appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw CLIError("cannot read \(url.path)")
            }
            files[name] = text
        }
        do {
            return try ParsingLexicon.parse(files: files)
        } catch {
            throw CLIError("gazetteer/parsing: \(error)")
        }
    }
}
