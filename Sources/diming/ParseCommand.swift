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
        // One buffer of JSON lines, written out a megabyte at a time; the
        // engine writes each line's bytes into it (AddressParser.writeJSON),
        // over the bytes of lines already written out.
        let sink = FileByteSink(standardOutput: ())
        var out = [UInt8](repeating: 0, count: 1 << 20 + 1 << 16)
        var used = 0
        while try reader.next() {
            used = parser.writeJSON(reader.text, into: &out, at: used)
            if used == out.count { out.append(0x0A) } else { out[used] = 0x0A }
            used += 1
            if used >= 1 << 20 {
                try out.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<used])) }
                used = 0
            }
        }
        if used > 0 { try out.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<used])) } }
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
