import GRDB

/// Failures of the registry as a whole. Row-level problems in an import are not
/// errors: they go to the rejects file (see ``RejectedRow``).
public enum RegistryError: Error, CustomStringConvertible, Sendable {
    case notFound(path: String)
    case alreadyExists(path: String)
    case notARegistry(path: String, reason: String)
    case newerSchema(path: String)
    case noGazetteer
    case badHeader(line: Int, reason: String)
    case emptyFile
    case rejectedRows(count: Int)
    case database(String)
    case io(String)

    public var description: String {
        switch self {
        case let .notFound(path):
            return "there is no registry at \(path); create one with: diming --db \(path) init"
        case let .alreadyExists(path):
            return "\(path) already exists; choose another file name, or remove it first if it is a registry you no longer need"
        case let .notARegistry(path, reason):
            return "\(path) is not a Diming registry (\(reason))"
        case let .newerSchema(path):
            return "\(path) was written by a newer version of Diming; upgrade diming to open it"
        case .noGazetteer:
            return "the registry has no divisions loaded; create it with diming init"
        case let .badHeader(line, reason):
            return "line \(line): \(reason)"
        case .emptyFile:
            return "the file is empty: expected a header row"
        case let .rejectedRows(count):
            return "\(count) row\(count == 1 ? "" : "s") could not be loaded, so nothing was imported"
        case let .database(message):
            return "database error: \(message)"
        case let .io(message):
            return message
        }
    }

    static func wrap(_ error: any Error) -> RegistryError {
        if let error = error as? RegistryError { return error }
        if let error = error as? DatabaseError {
            return .database(error.message ?? error.description)
        }
        return .io(String(describing: error))
    }
}
