import ArgumentParser
import DimingStore
import Foundation

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "Show how much the registry holds.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print as JSON.")
    var json = false

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let s = try registry.summary()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(s), as: UTF8.self))
            return
        }
        print(Self.describe(s))
    }

    static func describe(_ s: RegistrySummary) -> String {
        """
        divisions     \(grouped(s.divisions)) current, \(grouped(s.supersededDivisions)) former
        towns         \(grouped(s.towns))
        communities   \(grouped(s.communities))
        roads         \(grouped(s.roads))
        places        \(grouped(s.places))
        addresses     \(grouped(s.addresses)) (\(grouped(s.activeAddresses)) active)
        audit entries \(grouped(s.auditEntries))
        """
    }
}
