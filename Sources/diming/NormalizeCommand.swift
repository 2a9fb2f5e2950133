import ArgumentParser
import DimingCSV
import DimingText
import Foundation

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize addresses, one per line: full-width forms, traditional characters, numerals, sub-numbers.",
        discussion: """
            Writes exactly one line for every input line, in order, also for empty or unreadable lines,
            so the output can be pasted next to the input. The tables are in gazetteer/normalization/.
            """)

    @Argument(help: ArgumentHelp("The file, or - (the default) for standard input.", valueName: "FILE"))
    var file: String = "-"

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func run() throws {
        let normalizer = Normalizer(tables: try Self.loadTables(gazetteer: gazetteer))
        let source = file == "-" ? FileByteSource(standardInput: ()) : try FileByteSource(path: file)
        let reader = LineReader(source: source)
        var writer = CSVWriter(sink: FileByteSink(standardOutput: ()))
        while try reader.next() {
            writer.appendUnquoted(normalizer.normalize(reader.text).text)
            try writer.endRow()
        }
        try writer.flush()
    }

    /// Reads the normalization tables from the gazetteer folder.
    static func loadTables(gazetteer: String?) throws -> NormalizationTables {
        let folder = try GazetteerLocator.locate(explicit: gazetteer).appendingPathComponent("normalization")
        var files: [String: String] = [:]
        for name in NormalizationTables.fileNames {
            let url = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw CLIError("cannot read \(url.path)")
            }
            files[name] = text
        }
        do {
            return try NormalizationTables.parse(files: files)
        } catch {
            throw CLIError("gazetteer/normalization: \(error)")
        }
    }
}
