import ArgumentParser
import Foundation

/// Options every command understands, written before the subcommand:
/// `diming --db city.sqlite import …`.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The registry file.", valueName: "DB"))
    var db: String?

    @Option(name: .long, help: "Who is making the change, for the audit log (default: the login name).")
    var actor: String?

    var actorName: String {
        if let actor, !actor.isEmpty { return actor }
        let env = ProcessInfo.processInfo.environment
        return env["USER"] ?? env["LOGNAME"] ?? "unknown"
    }

    /// The --db path, or a usage error that says how to give it.
    func registryPath() throws -> String {
        guard let db, !db.isEmpty else {
            throw ValidationError("name the registry file with --db, before the command: diming --db city.sqlite <command>")
        }
        return db
    }
}
