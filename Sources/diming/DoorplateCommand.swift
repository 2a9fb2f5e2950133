import ArgumentParser
import DimingCore
import DimingStore
import Foundation

/// `diming doorplate …`: issuing and retiring doorplates (门牌) by each
/// jurisdiction's numbering rules.
struct DoorplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doorplate",
        abstract: "Issue, certify and renumber doorplates by the local numbering rules (门牌编号).",
        discussion: """
            diming --db DB doorplate issue --division CODE --road NAME [--side odd|even] [--after NUMBER]
            diming --db DB doorplate retire --id ID
            diming --db DB doorplate policy --division CODE [--preset NAME] [--overrides JSON]
            diming --db DB doorplate estate --division CODE --estate NAME --rows R --per-row C --units U --floors F --rooms K
            diming --db DB doorplate certificate (--id ID | --code CODE) --applicant NAME --office NAME [--out FILE.html]
            diming --db DB doorplate qr (--id ID | --code CODE) --format svg|png [--out FILE] [--scale N] [--ec L|M|Q|H]
            diming --db DB doorplate renumber --division CODE --road OLD (--rename NEW_NAME | --into ROAD [--keep-numbers]) --mapping OUT.csv
            diming --db DB doorplate road --division CODE --road NAME [--orientation east-west|north-south]
            The numbering presets are in gazetteer/doorplates/policies.tsv.
            """,
        subcommands: [
            DoorplateIssueCommand.self, DoorplateRetireCommand.self, DoorplatePolicyCommand.self, DoorplateEstateCommand.self,
            DoorplateCertificateCommand.self, DoorplateQRCommand.self, DoorplateRenumberCommand.self, DoorplateRoadCommand.self,
        ])

    @OptionGroup var global: GlobalOptions

    /// Reads the numbering presets from the gazetteer folder.
    static func loadPresets(gazetteer: String?) throws -> NumberingPresets {
        let url = try GazetteerLocator.locate(explicit: gazetteer)
            .appendingPathComponent("doorplates").appendingPathComponent("policies.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw CLIError("cannot read \(url.path)") }
        do {
            return try NumberingPresets.parse(text)
        } catch {
            throw CLIError("gazetteer/doorplates/\(error.description)")
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

struct DoorplateIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Issue the next doorplate number on a road and print it as JSON.",
        discussion: """
            Prints {"id": …, "number": "121号", "road": …, "address": "<standard address>", "code": "<address code>", …}.
            Without --after, the next number at the end of the side; with --after 118号, the next free whole
            number before the following doorplate on that side, else a sub-number (118-1号) in the local style.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The county-level division code.", valueName: "CODE"))
    var division: String

    @Option(help: ArgumentHelp("The road's standard name.", valueName: "NAME"))
    var road: String

    @Option(help: ArgumentHelp("odd or even (or north, south, east, west, through the local rule).", valueName: "SIDE"))
    var side: String?

    @Option(help: ArgumentHelp("Issue next to this existing doorplate.", valueName: "NUMBER"))
    var after: String?

    @Option(help: ArgumentHelp("Metric numbering: the door's distance from the road's zero point.", valueName: "M"))
    var metres: Double?

    @Option(help: ArgumentHelp("The town (街道/镇/乡), when the road's addresses do not tell it.", valueName: "NAME"))
    var town: String?

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    @Option(help: .hidden)
    var count: Int?

    func run() throws {
        var sideChoice: DoorplateSideChoice?
        if let side {
            guard let choice = DoorplateSideChoice(side) else {
                throw ValidationError("--side must be odd, even, north, south, east or west")
            }
            sideChoice = choice
        }
        let presets = try DoorplateCommand.loadPresets(gazetteer: gazetteer)
        let registry = try Registry.open(path: try global.registryPath())
        let request = DoorplateRequest(
            divisionCode: division, road: road, side: sideChoice, after: after, metres: metres, town: town)
        do {
            if let count {
                // Benchmark: `count` issues, each its own durable transaction.
                guard count > 0 else { throw ValidationError("--count must be positive") }
                let start = Date()
                let issued = try registry.issueDoorplates(request, count: count, presets: presets, actor: global.actorName)
                let seconds = Date().timeIntervalSince(start)
                print(#"{"count":\#(issued.count),"first":"\#(issued.first!.number)","last":"\#(issued.last!.number)","per_second":\#(Int((Double(count) / seconds).rounded())),"seconds":\#(seconds)}"#)
                return
            }
            let issued = try registry.issueDoorplate(request, presets: presets, actor: global.actorName)
            print(try DoorplateCommand.json(issued))
        } catch let error as DoorplateError {
            throw CLIError(error.description)
        }
    }
}

struct DoorplateRetireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire", abstract: "Retire a doorplate; its number and code are kept and never reused.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The doorplate's (address's) id.")
    var id: Int64

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        do {
            print(try DoorplateCommand.json(try registry.retireDoorplate(id: id, actor: global.actorName)))
        } catch let error as DoorplateError {
            throw CLIError(error.description)
        }
    }
}

struct DoorplatePolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Show a division's numbering policy, or set its preset and overrides.",
        discussion: """
            Overrides are JSON, e.g. {"skip":[250],"reserve":1,"sub_style":"zhi","one_sided_roads":{"北街":"odd"}}.
            Keys: skip, step, reserve, metres_per_number (0 = off), sub_style, one_sided_roads.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The division code.", valueName: "CODE"))
    var division: String

    @Option(help: ArgumentHelp("Set this preset (see gazetteer/doorplates/policies.tsv).", valueName: "NAME"))
    var preset: String?

    @Option(help: ArgumentHelp("Local overrides, as JSON (with --preset).", valueName: "JSON"))
    var overrides: String?

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func run() throws {
        let presets = try DoorplateCommand.loadPresets(gazetteer: gazetteer)
        let registry = try Registry.open(path: try global.registryPath())
        do {
            if let preset {
                var parsed = NumberingOverrides()
                if let overrides {
                    do {
                        parsed = try JSONDecoder().decode(NumberingOverrides.self, from: Data(overrides.utf8))
                    } catch {
                        throw CLIError("--overrides is not valid: \(error)")
                    }
                }
                let set = try registry.setNumberingPolicy(
                    division: division, preset: preset, overrides: parsed, presets: presets, actor: global.actorName)
                print(try DoorplateCommand.json(set))
            } else {
                if overrides != nil { throw ValidationError("--overrides needs --preset") }
                print(try DoorplateCommand.json(try registry.numberingPolicy(division: division, presets: presets)))
            }
        } catch let error as DoorplateError {
            throw CLIError(error.description)
        }
    }
}

struct DoorplateEstateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estate",
        abstract: "Number every room of a residential estate in one transaction.",
        discussion: """
            Buildings stand in --rows rows of --per-row and are numbered in S-order from the north-east;
            units in sequence; rooms as floor + two digits (101室 … 1201室). Each room gets a permanent code.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The county-level division code.", valueName: "CODE"))
    var division: String

    @Option(help: ArgumentHelp("The estate's name.", valueName: "NAME"))
    var estate: String

    @Option(help: ArgumentHelp("The town (街道/镇/乡).", valueName: "NAME"))
    var town: String?

    @Option(help: "Rows of buildings, north to south.")
    var rows: Int

    @Option(name: .customLong("per-row"), help: "Buildings in each row.")
    var perRow: Int

    @Option(help: "Units per building.")
    var units: Int

    @Option(help: "Floors per building.")
    var floors: Int

    @Option(help: "Rooms per floor of a unit.")
    var rooms: Int

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let layout = EstateLayout(rows: rows, buildingsPerRow: perRow, unitsPerBuilding: units, floors: floors, roomsPerFloor: rooms)
        do {
            let issued = try registry.issueEstate(
                EstateRequest(divisionCode: division, estate: estate, town: town, layout: layout), actor: global.actorName)
            print(try DoorplateCommand.json(issued))
        } catch let error as DoorplateError {
            throw CLIError(error.description)
        }
    }
}
