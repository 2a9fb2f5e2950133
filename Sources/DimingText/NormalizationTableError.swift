/// A problem in one of the normalization tables, named by file and line so
/// the officer who edited the file can find and fix it.
public struct NormalizationTableError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// The file was not handed over at all.
        case missingFile
        /// The header row lacks these columns.
        case missingColumns([String])
        case wrongColumnCount(expected: Int, found: Int)
        /// A field that must hold one character holds something else.
        case notOneCharacter(column: String, text: String)
        case emptyField(column: String)
        /// A word that must be written in Han characters only.
        case notHan(column: String, text: String)
        case tooShort(column: String, text: String, minimum: Int)
        case unknownValue(column: String, text: String, allowed: [String])
        case duplicate(text: String, firstLine: Int)
        /// `to` is itself listed to be changed again, by this table or one
        /// applied before it: the result would change on a second pass.
        case notFinal(text: String, listedIn: String, line: Int)
        /// `to` is a character that an earlier rule or the invisible-character
        /// rule would change (full-width, space, control).
        case unstableTarget(text: String)
    }

    public var file: String
    /// 1-based line number in the file; 0 when the problem is the file itself.
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let place = line > 0 ? "\(file), line \(line)" : file
        switch problem {
        case .missingFile:
            return "\(file): the file was not found or not read; the normalizer needs it."
        case .missingColumns(let columns):
            return "\(place): the header row must name the columns \(columns.joined(separator: ", ")) (separated by tabs)."
        case .wrongColumnCount(let expected, let found):
            return "\(place): expected \(expected) tab-separated columns like the header, found \(found)."
        case .notOneCharacter(let column, let text):
            return "\(place): column \(column) must hold exactly one character (or its code point written U+XXXX), not \"\(text)\"."
        case .emptyField(let column):
            return "\(place): column \(column) is empty."
        case .notHan(let column, let text):
            return "\(place): column \(column) must be written in Chinese characters only, not \"\(text)\"."
        case .tooShort(let column, let text, let minimum):
            return "\(place): \"\(text)\" in column \(column) is too short; it needs at least \(minimum) characters."
        case .unknownValue(let column, let text, let allowed):
            return "\(place): column \(column) is \"\(text)\"; it must be one of \(allowed.joined(separator: ", "))."
        case .duplicate(let text, let firstLine):
            return "\(place): \"\(text)\" is already listed on line \(firstLine); keep one of the two lines."
        case .notFinal(let text, let listedIn, let line):
            return "\(place): \"\(text)\" is itself changed again by \(listedIn) line \(line); write the final form instead."
        case .unstableTarget(let text):
            return "\(place): \"\(text)\" is a full-width, space or control character that the normalizer would change again; write the plain form."
        }
    }
}
