import ArgumentParser
import DimingStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Verify the registry file: page structure and every reference between records.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let problems = try registry.integrityProblems()
        if problems.isEmpty {
            print("ok")
            return
        }
        for problem in problems { print(problem) }
        throw ExitCode.failure
    }
}
