import ArgumentParser
import DimingCSV
import DimingCore
import DimingStore

struct BoundaryImportMarkersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-markers",
        abstract: "Register boundary markers (界桩登记表) from a CSV file.",
        discussion: """
            Columns: line,number,type,sides,lat,lon and optionally managing.
              line    the line's name (黄临线); empty: made from the sides' abbreviations
              number  001, 002 … (numbers of digits are padded to three)
              type    single (单立, Q); A or B (同号双立); C, D or E (同号三立)
              sides   two county-level division codes or names for a line, three for a
                      tripoint, separated by ; — e.g. 331003;331082
              lat,lon registered CGCS2000 coordinates in decimal degrees
              managing the side that maintains the marker (code or name)
            A new line or tripoint is created. Any bad row means nothing is imported.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file (UTF-8).", valueName: "FILE.csv"))
    var file: String

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let reader = CSVReader(source: try FileByteSource(path: file))
        let summary = try registry.importBoundaryMarkers(from: reader, actor: global.actorName, sourceName: file)
        try BoundaryImportOutput.finish(summary, what: "marker", json: json)
    }
}
