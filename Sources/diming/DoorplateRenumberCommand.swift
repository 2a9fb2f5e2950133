import ArgumentParser
import DimingCSV
import DimingStore
import Foundation

/// `diming doorplate renumber`: a road's doorplates after a rename or a
/// 一路多名 merge, with the old → new mapping as CSV.
struct DoorplateRenumberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renumber",
        abstract: "Move a road's doorplates to its new name or into another road, writing the old → new mapping.",
        discussion: """
            --rename NEW_NAME: the road gets a new name; numbers and permanent codes stay.
            --into ROAD: the doorplates join an existing road and are numbered on by that road's policy
            (with --keep-numbers they keep their numbers, refused if the road ever used any of them).
            Either way each address keeps its id and permanent code, the old road is retired with its numbers
            (never issued again) and its name becomes a former name. All or nothing, one audit entry.
            The mapping CSV has the columns \(AddressMove.csvColumns.joined(separator: ",")).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The county-level division code.", valueName: "CODE"))
    var division: String

    @Option(help: ArgumentHelp("The road whose doorplates move.", valueName: "OLD"))
    var road: String

    @Option(help: ArgumentHelp("Join this existing road of the division.", valueName: "ROAD"))
    var into: String?

    @Option(help: ArgumentHelp("Give the road this new name.", valueName: "NEW_NAME"))
    var rename: String?

    @Flag(name: .customLong("keep-numbers"), help: "With --into: keep the doorplates' numbers.")
    var keepNumbers = false

    @Option(help: ArgumentHelp("Write the old → new mapping here.", valueName: "OUT.csv"))
    var mapping: String

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func run() throws {
        let target: RoadRenumbering.Target
        switch (into, rename) {
        case let (into?, nil): target = .into(into, keepNumbers: keepNumbers)
        case let (nil, name?):
            if keepNumbers { throw ValidationError("--keep-numbers goes with --into; a renamed road always keeps its numbers") }
            target = .rename(name)
        default: throw ValidationError("give either --into ROAD or --rename NEW_NAME (one of them)")
        }
        let presets = try DoorplateCommand.loadPresets(gazetteer: gazetteer)
        let registry = try Registry.open(path: try global.registryPath())
        let file = try OutputFile.prepare(mapping)
        let result: RenumberedRoad
        do {
            result = try registry.renumberRoad(
                RoadRenumbering(divisionCode: division, road: road, target: target), presets: presets, actor: global.actorName)
        } catch {
            file.discard()
            throw CLIError(String(describing: error))
        }
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink)
        try writer.writeRow(AddressMove.csvColumns)
        for move in result.mapping { try writer.writeRow(move.csvFields) }
        try writer.flush()
        try file.write(Data(sink.bytes))
        print(#"{"audit_id":\#(result.auditId),"mapping":\#(try DoorplateCommand.json(mapping)),"moved":\#(result.moved),"new_road":\#(try DoorplateCommand.json(result.newRoad)),"new_road_id":\#(result.newRoadId),"old_road":\#(try DoorplateCommand.json(result.oldRoad))}"#)
    }
}
