/// A problem in the pinyin tables, named by file and line so the officer who
/// edited `place-readings.tsv` can find and fix it.
public struct PinyinTableError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// A problem shared with the other tables (header, columns, a field
        /// that must be one character).
        case table(NormalizationTableError.Problem)
        /// A reading that is not one pinyin syllable.
        case notASyllable(String)
        /// The word has a different number of characters than readings.
        case readingCount(word: String, characters: Int, readings: Int)
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    init(_ error: NormalizationTableError) {
        self.init(file: error.file, line: error.line, problem: .table(error.problem))
    }

    public var description: String {
        let place = line > 0 ? "\(file), line \(line)" : file
        switch problem {
        case .table(let problem):
            return NormalizationTableError(file: file, line: line, problem: problem).description
        case .notASyllable(let text):
            return "\(place): \"\(text)\" is not one pinyin syllable (write it like cháng, lǜ or ma)."
        case .readingCount(let word, let characters, let readings):
            return "\(place): \"\(word)\" has \(characters) characters but \(readings) readings; give one reading per character, separated by spaces."
        }
    }
}
