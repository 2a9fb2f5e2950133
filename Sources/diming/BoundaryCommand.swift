import ArgumentParser

/// `diming boundary …`: boundary markers and their joint inspections (界桩联检).
struct BoundaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boundary",
        abstract: "Boundary markers and joint inspection records (界桩与联合检查).",
        discussion: """
            diming --db DB boundary import-markers FILE.csv       (line,number,type,sides,lat,lon[,managing])
            diming --db DB boundary import-inspections FILE.csv   (round,line,number,date,condition,lat,lon,inspectors,notes[,amends])
            diming --db DB boundary import-line-notes FILE.csv    (round,line,direction,clarity,landform,disputes,agreement)
            diming --db DB boundary import-references FILE.csv   (line,number,description,bearing,distance)
            diming --db DB boundary add-photo --round N --line NAME --number NUMBER FILE...
            diming --db DB boundary verify-photos --round N [--line NAME]
            diming --db DB boundary action --round N --line NAME --number NUMBER --status planned|in-progress|done [--note TEXT]
            diming --db DB boundary report --round N [--line NAME] --format json|html|md
            diming --db DB boundary geojson [--line NAME] --out FILE
            A round is its number (5) or, for an ad hoc inspection after a flood or road
            works, ad-hoc:TITLE (ad-hoc:2025-07-flood).
            """,
        subcommands: [
            BoundaryImportMarkersCommand.self, BoundaryImportInspectionsCommand.self, BoundaryReportCommand.self,
            BoundaryGeoJSONCommand.self, BoundaryImportLineNotesCommand.self, BoundaryImportReferencesCommand.self,
            BoundaryAddPhotoCommand.self, BoundaryVerifyPhotosCommand.self, BoundaryActionCommand.self,
        ])

    @OptionGroup var global: GlobalOptions
}
