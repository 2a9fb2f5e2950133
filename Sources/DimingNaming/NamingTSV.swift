/// The rows of one naming lexicon: `#` comments, a header row naming the
/// columns (found by name, so an office may add its own columns), tabs
/// between fields.
struct NamingTSV {
    struct Row {
        let line: Int
        let fields: [String]
        let columns: [String: Int]

        subscript(column: String) -> String {
            guard let i = columns[column], i < fields.count else { return "" }
            return fields[i]
        }
    }

    let file: String
    var rows: [Row] = []

    init(_ text: String, file: String, required: [String]) throws(NamingLexiconError) {
        self.file = file
        var columns: [String: Int]?
        var width = 0
        var number = 0
        for raw in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var scalars = raw[...]
            if number == 1, scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
            if scalars.last == "\r" { scalars = scalars.dropLast() }
            let line = String(String.UnicodeScalarView(scalars))
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let known = columns else {
                let missing = required.filter { !fields.contains($0) }
                if !missing.isEmpty {
                    throw NamingLexiconError(
                        file: file, line: number,
                        reason: "the header row must name the columns \(required.joined(separator: ", ")) (separated by tabs)")
                }
                var map: [String: Int] = [:]
                for (i, name) in fields.enumerated() where map[name] == nil { map[name] = i }
                columns = map
                width = fields.count
                continue
            }
            guard fields.count == width else {
                throw NamingLexiconError(
                    file: file, line: number, reason: "expected \(width) tab-separated columns like the header, found \(fields.count)")
            }
            rows.append(Row(line: number, fields: fields, columns: known))
        }
        if columns == nil { throw NamingLexiconError(file: file, line: 0, reason: "the file has no header row") }
    }

    func fail(_ row: Row, _ reason: String) -> NamingLexiconError {
        NamingLexiconError(file: file, line: row.line, reason: reason)
    }

    func nonEmpty(_ row: Row, _ column: String) throws(NamingLexiconError) -> String {
        let value = row[column]
        if value.isEmpty { throw fail(row, "column \(column) is empty") }
        return value
    }

    func severity(_ row: Row) throws(NamingLexiconError) -> FindingSeverity {
        guard let s = FindingSeverity(rawValue: row["severity"]) else {
            throw fail(row, "severity \"\(row["severity"])\" must be error or warning")
        }
        return s
    }
}
