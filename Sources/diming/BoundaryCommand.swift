import ArgumentParser

/// `diming boundary …`: boundary markers and their joint inspections (界桩联检).
struct BoundaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boundary",
        abstract: "Boundary markers and joint inspection records (界桩与联合检查).",
        discussion: """
            diming --db DB boundary import-markers FILE.csv       (line,number,type,sides,lat,lon[,managing])
            diming --db DB boundary import-inspections FILE.csv   (round,line,number,date,condition,lat,lon,inspectors,notes[,amends])
            diming --db DB boundary report --round N [--line NAME] --format json|html|md
            diming --db DB boundary geojson [--line NAME] --out FILE
            """,
        subcommands: [
            BoundaryImportMarkersCommand.self, BoundaryImportInspectionsCommand.self, BoundaryReportCommand.self,
            BoundaryGeoJSONCommand.self,
        ])

    @OptionGroup var global: GlobalOptions
}
