import ArgumentParser
import DimingStore
import Foundation

struct BoundaryReportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, html, md
    }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The joint inspection report of a round (联合检查报告), as JSON, HTML or Markdown.",
        discussion: """
            JSON: {"round": N, "lines": [{"line": …, "markers": [{"number": …, "condition": …,
            "displacement_m": …}], "counts": {…}}]} (with more fields besides).
            For an ad hoc inspection, --round ad-hoc:TITLE and "round" is that string.
            HTML: the report both sides sign, with a map; Markdown: the same without the map.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: BoundaryRoundArgument.help)
    var round: String

    @Option(help: ArgumentHelp("Only this line or tripoint.", valueName: "NAME"))
    var line: String?

    @Option(help: "json, html or md.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let report = try registry.boundaryReport(round: try BoundaryRoundArgument.parse(round), line: line)
        let text: String
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            text = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        case .html:
            text = BoundaryReportHTML.render(report)
        case .md:
            text = BoundaryReportMarkdown.render(report)
        }
        if let out {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw CLIError("cannot write \(out): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
