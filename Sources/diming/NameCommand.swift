import DimingNaming
import ArgumentParser

/// `diming name …`: naming review of proposed and registered names (地名命名审核).
struct NameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name",
        abstract: "Naming review: non-standard names (大洋怪重), duplicates and homophones, naming opinions.",
        discussion: """
            diming [--db DB] name check --class CLASS --division CODE (NAME | --file FILE)
            diming [--db DB] name opinion --class CLASS --division CODE NAME [--format md|html] [--out FILE]
            diming --db DB name audit [--division CODE] [--out PREFIX]
            CLASS is road, residential, building, village, township or other. Without --db only the rules
            on the name itself run; with it, duplicates and homophones are looked up in the registry
            within --scope (default: county; township names: province). The word lists and exemptions
            are in gazetteer/naming/.
            """,
        subcommands: [NameCheckCommand.self, NameOpinionCommand.self, NameAuditCommand.self])

    @OptionGroup var global: GlobalOptions
}

extension NameClass: ExpressibleByArgument {}
extension NamingScope: ExpressibleByArgument {}
