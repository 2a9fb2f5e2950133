import ArgumentParser
import DimingNaming

/// The size facts a proposal may state, shared by check and opinion.
struct SizeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Road width in metres.", valueName: "M")) var width: Double?
    @Option(help: ArgumentHelp("Length in metres (a road; a bridge's total length).", valueName: "M")) var length: Double?
    @Option(help: ArgumentHelp("Building height in metres.", valueName: "M")) var height: Double?
    @Option(help: ArgumentHelp("Number of floors.", valueName: "N")) var floors: Double?
    @Option(name: .customLong("land-area"), help: ArgumentHelp("Land area in m².", valueName: "M2")) var landArea: Double?
    @Option(name: .customLong("floor-area"), help: ArgumentHelp("Floor area in m².", valueName: "M2")) var floorArea: Double?

    var facts: SizeFacts {
        var f = SizeFacts()
        f[.width] = width
        f[.length] = length
        f[.height] = height
        f[.floors] = floors
        f[.landArea] = landArea
        f[.floorArea] = floorArea
        return f
    }
}
