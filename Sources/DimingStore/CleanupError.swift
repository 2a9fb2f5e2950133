/// Why a cleanup review step was refused. Nothing is written when one is thrown.
public enum CleanupError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownBatch(Int64)
    case unknownLine(batch: Int64, line: Int)
    case unknownAddress(Int64)
    case nothingToAccept(batch: Int64, line: Int)
    case registry(String)

    public var description: String {
        switch self {
        case let .unknownBatch(id):
            "there is no cleanup batch \(id); list them with: diming cleanup batches"
        case let .unknownLine(batch, line):
            "batch \(batch) has no line \(line); the review queue lists its lines: diming cleanup review list --batch \(batch)"
        case let .unknownAddress(id):
            "there is no registry address with id \(id)"
        case let .nothingToAccept(batch, line):
            "line \(line) of batch \(batch) has no candidate address to accept; correct it with --address-id or reject it"
        case let .registry(message):
            message
        }
    }
}
