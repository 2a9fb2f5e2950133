import ArgumentParser
import DimingStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a registry file, preloaded with China's administrative divisions.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func run() throws {
        let path = try global.registryPath()
        let gazetteerData = try GazetteerLocator.load(from: try GazetteerLocator.locate(explicit: gazetteer))
        let registry = try Registry.create(path: path, gazetteer: gazetteerData, actor: global.actorName)
        let summary = try registry.summary()
        print("Created \(path): \(summary.divisions) divisions (\(summary.supersededDivisions) former ones kept for old addresses), \(summary.towns) towns.")
    }
}
