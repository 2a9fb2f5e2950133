/// The editable tables behind the normalizer, parsed from the files in
/// `gazetteer/normalization/`.
///
/// Parsing takes the files' contents, not paths: the engine does no I/O, so
/// the command line, a server and the tests all hand over text they read
/// however suits them. Everything a later rule relies on (a replacement is
/// final, no word is listed twice) is checked here, once, with the file and
/// line of the offending entry, so a bad edit fails loudly at start-up rather
/// than quietly changing addresses.
public struct NormalizationTables: Sendable {
    /// The files `parse(files:)` expects, by name.
    public static let fileNames = [
        "traditional.tsv", "traditional-exceptions.tsv", "radicals.tsv", "punctuation.tsv", "units.tsv", "generics.tsv",
    ]

    public private(set) var traditional: [Unicode.Scalar: Unicode.Scalar] = [:]
    /// Words kept exactly as written, in the order of the file.
    public private(set) var traditionalExceptions: [String] = []
    public private(set) var radicals: [Unicode.Scalar: Unicode.Scalar] = [:]
    public private(set) var punctuation: [Unicode.Scalar: Unicode.Scalar] = [:]
    public private(set) var units: [UnitWord] = []
    public private(set) var generics: [GenericWord] = []

    /// Parses the files by name (`fileNames`); a missing one is an error.
    public static func parse(files: [String: String]) throws(NormalizationTableError) -> NormalizationTables {
        func file(_ name: String) throws(NormalizationTableError) -> String {
            guard let text = files[name] else { throw NormalizationTableError(file: name, line: 0, problem: .missingFile) }
            return text
        }
        return try parse(
            traditional: file("traditional.tsv"), exceptions: file("traditional-exceptions.tsv"),
            radicals: file("radicals.tsv"), punctuation: file("punctuation.tsv"), units: file("units.tsv"),
            generics: file("generics.tsv"))
    }

    public static func parse(
        traditional: String, exceptions: String, radicals: String, punctuation: String, units: String, generics: String
    ) throws(NormalizationTableError) -> NormalizationTables {
        var tables = NormalizationTables()
        let radicalRows = try characterTable(radicals, file: "radicals.tsv")
        let traditionalRows = try characterTable(traditional, file: "traditional.tsv")
        let punctuationRows = try characterTable(punctuation, file: "punctuation.tsv")
        // The rules apply punctuation, then radicals, then traditional. A
        // result that the same step or an earlier one would change again
        // breaks "normalizing twice changes nothing"; a later step may change
        // it (⾨ → 門 by radicals, then 門 → 门 by traditional).
        try checkFinal(punctuationRows, file: "punctuation.tsv", against: [("punctuation.tsv", punctuationRows)])
        try checkFinal(
            radicalRows, file: "radicals.tsv", against: [("punctuation.tsv", punctuationRows), ("radicals.tsv", radicalRows)])
        try checkFinal(
            traditionalRows, file: "traditional.tsv",
            against: [("punctuation.tsv", punctuationRows), ("radicals.tsv", radicalRows), ("traditional.tsv", traditionalRows)])
        tables.radicals = scalarDictionary(radicalRows)
        tables.traditional = scalarDictionary(traditionalRows)
        tables.punctuation = scalarDictionary(punctuationRows)

        let exceptionTable = try TSVTable(exceptions, file: "traditional-exceptions.tsv", required: ["word"])
        var seenWords: [[UInt32]: Int] = [:]
        for row in exceptionTable.rows {
            let word = try exceptionTable.hanWord(row, "word", minimum: 2)
            if let first = seenWords[word] {
                throw exceptionTable.error(row.line, .duplicate(text: String(row["word"]), firstLine: first))
            }
            seenWords[word] = row.line
            tables.traditionalExceptions.append(String(row["word"]))
        }

        let unitTable = try TSVTable(units, file: "units.tsv", required: ["word", "kind", "when"])
        seenWords = [:]
        for row in unitTable.rows {
            let word = try unitTable.hanWord(row, "word")
            if let first = seenWords[word] { throw unitTable.error(row.line, .duplicate(text: String(row["word"]), firstLine: first)) }
            seenWords[word] = row.line
            tables.units.append(
                UnitWord(
                    word: String(row["word"]), kind: try unitTable.choice(row, "kind", as: UnitWord.Kind.self),
                    condition: try unitTable.choice(row, "when", as: UnitWord.Condition.self)))
        }

        let genericTable = try TSVTable(generics, file: "generics.tsv", required: ["word", "kind"])
        seenWords = [:]
        for row in genericTable.rows {
            let word = try genericTable.hanWord(row, "word")
            if let first = seenWords[word] {
                throw genericTable.error(row.line, .duplicate(text: String(row["word"]), firstLine: first))
            }
            seenWords[word] = row.line
            tables.generics.append(
                GenericWord(word: String(row["word"]), kind: try genericTable.choice(row, "kind", as: GenericWord.Kind.self)))
        }
        return tables
    }

    private struct CharacterRow {
        var from: UInt32
        var to: UInt32
        var line: Int
    }

    /// A one-character-for-one-character table: columns `from` and `to`.
    private static func characterTable(_ text: String, file: String) throws(NormalizationTableError) -> [CharacterRow] {
        let table = try TSVTable(text, file: file, required: ["from", "to"])
        var rows: [CharacterRow] = []
        var seen: [UInt32: Int] = [:]
        for row in table.rows {
            let from = try table.scalar(row, "from")
            let to = try table.scalar(row, "to")
            if let first = seen[from] { throw table.error(row.line, .duplicate(text: String(row["from"]), firstLine: first)) }
            seen[from] = row.line
            if from == to { continue }  // harmless; nothing to do
            if isUnstable(to) { throw table.error(row.line, .unstableTarget(text: String(row["to"]))) }
            rows.append(CharacterRow(from: from, to: to, line: row.line))
        }
        return rows
    }

    /// Full-width forms, spaces and invisible characters are changed by the
    /// rules that run before the tables; a table must not produce them.
    private static func isUnstable(_ v: UInt32) -> Bool {
        (v >= 0xFF01 && v <= 0xFF5E) || ScalarClass.isWhitespace(v) || ScalarClass.invisible(v) != .none
    }

    private static func checkFinal(
        _ rows: [CharacterRow], file: String, against tables: [(String, [CharacterRow])]
    ) throws(NormalizationTableError) {
        for (otherFile, otherRows) in tables {
            var lineOf: [UInt32: Int] = [:]
            for row in otherRows { lineOf[row.from] = row.line }
            for row in rows {
                if let line = lineOf[row.to] {
                    throw NormalizationTableError(
                        file: file, line: row.line,
                        problem: .notFinal(text: String(Unicode.Scalar(row.to)!), listedIn: otherFile, line: line))
                }
            }
        }
    }

    private static func scalarDictionary(_ rows: [CharacterRow]) -> [Unicode.Scalar: Unicode.Scalar] {
        var result: [Unicode.Scalar: Unicode.Scalar] = [:]
        for row in rows { result[Unicode.Scalar(row.from)!] = Unicode.Scalar(row.to)! }
        return result
    }
}
