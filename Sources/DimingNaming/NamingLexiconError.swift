/// A mistake in one of the naming lexicons, named by file and line so the
/// officer who edited it can fix it.
public struct NamingLexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line > 0 ? "\(file), line \(line): \(reason)" : "\(file): \(reason)"
    }
}
