import ArgumentParser
import DimingCore
import DimingStore
import Foundation

struct BoundaryActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Set the follow-up status of the action decided for a marker (planned, in-progress, done).",
        discussion: """
            The status goes on the marker's latest record in the round; the change and the
            note are kept in the audit log. Example:
              diming --db DB boundary action --round 5 --line 黄临线 --number 004B --status done --note "两区派员到场，原址重建"
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: BoundaryRoundArgument.help)
    var round: String

    @Option(help: ArgumentHelp("The line or tripoint.", valueName: "NAME"))
    var line: String

    @Option(help: ArgumentHelp("The marker number, with its part letter if any (004B).", valueName: "NUMBER"))
    var number: String

    @Option(help: ArgumentHelp("planned, in-progress or done.", valueName: "STATUS"))
    var status: String

    @Option(help: ArgumentHelp("A note for the audit log (who witnessed the repair, when).", valueName: "TEXT"))
    var note: String?

    func run() throws {
        let roundID = try BoundaryRoundArgument.parse(round)
        let wanted = status.trimmingCharacters(in: .whitespaces).lowercased()
        guard let followUp = FollowUpStatus(rawValue: wanted) ?? FollowUpStatus.allCases.first(where: { $0.chineseName == wanted || $0.rawValue == wanted.replacingOccurrences(of: "_", with: "-") })
        else {
            throw ValidationError("status \"\(status)\" is not known: write planned, in-progress or done")
        }
        let registry = try Registry.open(path: try global.registryPath())
        let change = try registry.setBoundaryActionStatus(
            round: roundID, line: line, number: number, status: followUp, note: note, actor: global.actorName)
        print("Marker \(change.marker), round \(change.round), action \(change.action): \(change.before ?? "none") → \(change.after).")
    }
}
