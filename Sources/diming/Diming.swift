import ArgumentParser

@main
struct Diming: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diming",
        abstract: "Place-name and doorplate address registry (地名门牌地址库).",
        discussion: """
            A registry is one SQLite file, named with --db before the subcommand:
              diming --db city.sqlite init
              diming --db city.sqlite import addresses.csv
              diming --db city.sqlite export --out addresses.csv
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ImportCommand.self, ExportCommand.self, SummaryCommand.self, SearchCommand.self,
            AuditCommand.self, CheckCommand.self, DemoCommand.self, NormalizeCommand.self, BoundaryCommand.self, ParseCommand.self,
            DoorplateCommand.self, CleanupCommand.self, RoadsCommand.self, NameCommand.self,
        ])

    @OptionGroup var global: GlobalOptions
}
