import ArgumentParser
import DimingCSV
import DimingCore
import DimingStore

struct BoundaryImportInspectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-inspections",
        abstract: "Record joint inspections of boundary markers (联检记录表) from a CSV file.",
        discussion: """
            Columns: round,line,number,date,condition,lat,lon,inspectors,notes and optionally amends.
              round     the inspection round: 4, 5 (or 第五轮), or ad-hoc:TITLE for an ad hoc
                        inspection after a flood or road works (ad-hoc:2025-07-flood)
              number    the marker number; a part adds its letter: 003A
              date      YYYY-MM-DD
              condition intact, damaged, lost, displaced, illegible, reference-missing;
                        several separated by ; or |
              lat,lon   the measured position, or both empty; the displacement from the
                        registered position is computed on the CGCS2000 ellipsoid
              amends    yes when the row corrects this round's earlier record of the marker
            A marker inspected twice in one round without amends is refused.
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
        let summary = try registry.importBoundaryInspections(from: reader, actor: global.actorName, sourceName: file)
        try BoundaryImportOutput.finish(summary, what: "inspection", json: json)
    }
}
