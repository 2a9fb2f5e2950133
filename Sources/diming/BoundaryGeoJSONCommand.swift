import ArgumentParser
import DimingStore
import Foundation

struct BoundaryGeoJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geojson",
        abstract: "Export boundary lines and markers as GeoJSON for GIS tools.",
        discussion: "Lines are LineStrings through their markers in number order; markers are Points with their latest condition.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this line or tripoint.", valueName: "NAME"))
    var line: String?

    @Option(help: ArgumentHelp("The GeoJSON file to write.", valueName: "FILE"))
    var out: String

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let data = try registry.boundaryGeoJSON(line: line)
        do {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CLIError("cannot write \(out): \(error.localizedDescription)")
        }
    }
}
