import ArgumentParser

/// `diming cleanup`: match a sheet of legacy addresses to the registry, then
/// work through its review queue.
struct CleanupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleanup",
        abstract: "Match legacy addresses to the registry (存量不规范地址整改), with a review queue.",
        discussion: """
            diming --db city.sqlite cleanup old.csv --column address --out cleaned.csv
            diming --db city.sqlite cleanup review list --batch 1
            diming --db city.sqlite cleanup review accept --batch 1 --line 17
            diming --db city.sqlite cleanup review correct --batch 1 --line 18 --address-id 40213
            diming --db city.sqlite cleanup export --batch 1 --out cleaned.csv
            """,
        subcommands: [CleanupRunCommand.self, CleanupReviewCommand.self, CleanupExportCommand.self, CleanupBatchesCommand.self],
        defaultSubcommand: CleanupRunCommand.self)
}
