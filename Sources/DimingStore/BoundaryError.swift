import DimingCore

/// Failures of a boundary report or export request, worded for the clerk.
public enum BoundaryError: Error, CustomStringConvertible, Sendable {
    case unknownRound(String, known: [String])
    case unknownLine(String, known: [String])
    case nothingToReport(round: String)
    case notInspected(round: String, marker: String)
    case noAction(round: String, marker: String, condition: String)
    case row(BoundaryRowProblem)
    case photo(path: String, reason: String)
    case registry(RegistryError)

    public var description: String {
        switch self {
        case let .unknownRound(round, known):
            return known.isEmpty
                ? "no inspection round is recorded yet; import inspections first (diming boundary import-inspections FILE.csv)"
                : "round \(round) has no inspections in the registry; recorded rounds: \(known.joined(separator: ", "))"
        case let .unknownLine(name, known):
            return known.isEmpty
                ? "there is no boundary named \(name): no boundary lines are registered yet"
                : "there is no boundary named \(name); registered: \(known.joined(separator: ", "))"
        case let .nothingToReport(round):
            return "no boundary was inspected in round \(round)"
        case let .notInspected(round, marker):
            return "marker \(marker) has no inspection record in round \(round); import the inspection first"
        case let .noAction(round, marker, condition):
            return "no action was decided for marker \(marker) in round \(round) (its condition is \(condition)), so there is no follow-up status to set"
        case let .row(problem):
            return problem.description
        case let .photo(path, reason):
            return "photo \(path): \(reason)"
        case let .registry(error):
            return error.description
        }
    }
}
