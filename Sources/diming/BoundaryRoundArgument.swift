import ArgumentParser
import DimingCore

/// The `--round` option of the boundary commands: a regular round number (5)
/// or an ad hoc inspection, `ad-hoc:TITLE` (e.g. ad-hoc:2025-07-flood).
enum BoundaryRoundArgument {
    static let help = ArgumentHelp(
        "The inspection round: its number (5), or ad-hoc:TITLE for an ad hoc inspection after a flood or road works.",
        valueName: "N|ad-hoc:TITLE")

    static func parse(_ text: String) throws -> InspectionRoundID {
        guard let round = InspectionRoundID(text) else {
            throw ValidationError(BoundaryRowProblem.badRound(text).description)
        }
        return round
    }
}
