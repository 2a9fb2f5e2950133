/// Failures of a boundary report or export request, worded for the clerk.
public enum BoundaryError: Error, CustomStringConvertible, Sendable {
    case unknownRound(Int, known: [Int])
    case unknownLine(String, known: [String])
    case nothingToReport(round: Int)
    case registry(RegistryError)

    public var description: String {
        switch self {
        case let .unknownRound(round, known):
            return known.isEmpty
                ? "no inspection round is recorded yet; import inspections first (diming boundary import-inspections FILE.csv)"
                : "round \(round) has no inspections in the registry; recorded rounds: \(known.map(String.init).joined(separator: ", "))"
        case let .unknownLine(name, known):
            return known.isEmpty
                ? "there is no boundary named \(name): no boundary lines are registered yet"
                : "there is no boundary named \(name); registered: \(known.joined(separator: ", "))"
        case let .nothingToReport(round):
            return "no boundary was inspected in round \(round)"
        case let .registry(error):
            return error.description
        }
    }
}
