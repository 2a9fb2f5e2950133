import ArgumentParser
import DimingCSV
import DimingCore
import DimingStore

struct BoundaryImportLineNotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-line-notes",
        abstract: "Record per-line notes of an inspection round (走向、清晰程度、地形变化、争议、平安边界协议) from a CSV file.",
        discussion: """
            Columns: round,line,direction,clarity,landform,disputes,agreement.
              round      the inspection round: 5 (or 第五轮), or ad-hoc:TITLE for an ad hoc
                         inspection after a flood or road works (ad-hoc:2025-07-flood)
              line       a boundary line's name (黄临线)
              direction  notes on the line's direction (走向)
              clarity    whether the line is clear on the ground
              landform   landform changes on both sides
              disputes   disputes found
              agreement  the 平安边界 agreement record
            Each row is the whole record of its line and round and replaces an earlier one.
            Any bad row means nothing is imported.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file (UTF-8).", valueName: "FILE.csv"))
    var file: String

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let reader = CSVReader(source: try FileByteSource(path: file))
        let summary = try registry.importBoundaryLineNotes(from: reader, actor: global.actorName, sourceName: file)
        try BoundaryImportOutput.finish(summary, what: "line-note", json: json)
    }
}
