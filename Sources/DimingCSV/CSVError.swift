/// Failures of the file itself, as opposed to a bad row (see ``CSVRowProblem``).
///
/// Messages are written for the clerk at the terminal, so they say what to do.
public enum CSVError: Error, Equatable, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case unsupportedEncoding(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open \(path): \(reason)"
        case let .readFailed(path, reason):
            return "reading \(path) failed: \(reason)"
        case let .writeFailed(path, reason):
            return "writing \(path) failed: \(reason)"
        case let .unsupportedEncoding(name):
            return "unknown encoding \"\(name)\": use utf-8 or gb18030 (which also reads GBK and GB2312 files)"
        }
    }
}

/// Why a single record could not be split into fields. The reader reports it
/// with the record and moves on to the next line, so one broken row never hides
/// the rest of the file.
public enum CSVRowProblem: Equatable, Sendable, CustomStringConvertible {
    /// A field opened with `"` has no closing quote on its line.
    case unterminatedQuote(column: Int)
    /// Text follows a closing quote before the next comma, as in `"abc"d`.
    case textAfterClosingQuote(column: Int)
    /// A `"` appears inside a field that does not start with one.
    case quoteInUnquotedField(column: Int)
    /// The record is longer than the reader's limit.
    case recordTooLong(limit: Int)

    public var description: String {
        switch self {
        case let .unterminatedQuote(column):
            return "broken quoting: the quote that opens field \(column) is never closed"
        case let .textAfterClosingQuote(column):
            return "broken quoting: text follows the closing quote of field \(column)"
        case let .quoteInUnquotedField(column):
            return "broken quoting: field \(column) contains a \" but is not enclosed in quotes (write it as \"\" inside a quoted field)"
        case let .recordTooLong(limit):
            return "the row is longer than \(limit) bytes"
        }
    }
}
