import ArgumentParser
import DimingStore

/// `--id ID | --code CODE`: which existing doorplate a command is about.
struct DoorplateTarget: ParsableArguments {
    @Option(help: ArgumentHelp("The doorplate's (address's) id.", valueName: "ID"))
    var id: Int64?

    @Option(help: ArgumentHelp("The doorplate's permanent address code.", valueName: "CODE"))
    var code: String?

    var ref: DoorplateRef {
        get throws {
            switch (id, code) {
            case let (id?, nil): return .id(id)
            case let (nil, code?): return .code(code)
            default: throw ValidationError("name the doorplate with either --id or --code (one of them)")
            }
        }
    }
}
