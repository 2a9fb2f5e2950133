import ArgumentParser
import DimingCore
import DimingStore
import Foundation

/// `diming doorplate road`: how a road's doorplates run, and its orientation.
struct DoorplateRoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "road",
        abstract: "Show where a road's numbering starts and which side is odd; record its orientation.",
        discussion: """
            Prints {"road", "orientation", "preset", "start", "odd_side", "even_side", …} as JSON. The start and
            the sides follow from the road's orientation and the division's numbering policy; until the
            orientation is recorded with --orientation they are unknown.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The county-level division code.", valueName: "CODE"))
    var division: String

    @Option(help: ArgumentHelp("The road's standard name.", valueName: "NAME"))
    var road: String

    @Option(help: ArgumentHelp("Record the road's orientation: east-west or north-south.", valueName: "DIRECTION"))
    var orientation: String?

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func run() throws {
        var parsed: RoadOrientation?
        if let orientation {
            guard let value = RoadOrientation(rawValue: orientation) else {
                throw ValidationError("--orientation must be east-west or north-south")
            }
            parsed = value
        }
        let presets = try DoorplateCommand.loadPresets(gazetteer: gazetteer)
        let registry = try Registry.open(path: try global.registryPath())
        do {
            let layout = try parsed.map {
                try registry.setRoadOrientation(division: division, road: road, orientation: $0, presets: presets, actor: global.actorName)
            } ?? registry.roadLayout(division: division, road: road, presets: presets)
            print(try DoorplateCommand.json(layout))
        } catch let error as DoorplateError {
            throw CLIError(error.description)
        }
    }
}
