import ArgumentParser
import DimingStore
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find roads (under any of their names) and places whose name contains the text.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Part of a name; one character is enough.")
    var text: String

    @Option(help: ArgumentHelp("Only in this county-level division.", valueName: "CODE"))
    var division: String?

    @Option(help: "At most this many results.")
    var limit = 50

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for match in try registry.searchNames(text, divisionCode: division, limit: limit) {
            print(String(decoding: try encoder.encode(match), as: UTF8.self))
        }
    }
}
