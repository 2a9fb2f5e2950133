import ArgumentParser
import DimingStore
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show the most recent entries of the audit log, newest first, as JSON lines.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many entries.")
    var limit = 20

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for entry in try registry.auditEntries(limit: limit) {
            print(String(decoding: try encoder.encode(entry), as: UTF8.self))
        }
    }
}
