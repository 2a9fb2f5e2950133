import ArgumentParser
import DimingCSV
import DimingCore
import DimingStore

struct BoundaryImportReferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-references",
        abstract: "Register the reference objects (方位物) of boundary markers from a CSV file.",
        discussion: """
            Columns: line,number,description,bearing,distance.
              number      the marker number; a part adds its letter: 004A
              description what the object is (古樟树, 高压电塔 N12 …)
              bearing     degrees clockwise from north, 0 to 360
              distance    metres from the marker, 0 or more
            The rows of a marker replace the references it had. A marker should have at
            least three; the report warns about those with fewer.
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
        let summary = try registry.importBoundaryReferences(from: reader, actor: global.actorName, sourceName: file)
        try BoundaryImportOutput.finish(summary, what: "reference", json: json, countedBy: "markers")
    }
}
