/// The rows of one tab-separated table file: a header row naming the columns,
/// `#` comment lines and blank lines anywhere.
///
/// Columns are found by name, so an office can add a column of its own notes
/// or reorder them without breaking the engine.
struct TSVTable {
    struct Row {
        var line: Int
        var fields: [Substring]
        let columns: [String: Int]

        subscript(column: String) -> Substring {
            guard let i = columns[column], i < fields.count else { return "" }
            return fields[i]
        }
    }

    let file: String
    var rows: [Row] = []

    init(_ text: String, file: String, required: [String]) throws(NormalizationTableError) {
        self.file = file
        var columns: [String: Int]?
        var width = 0
        var lineNumber = 0
        // Split on scalars: "\r\n" is one Character, so splitting the String
        // on "\n" would not see Windows line ends at all.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var scalars = rawLine[...]
            if lineNumber == 1, scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
            if scalars.last == "\r" { scalars = scalars.dropLast() }
            let line = Substring(scalars)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let known = columns else {
                let names = fields.map { String($0).trimmingSpaces }
                let missing = required.filter { !names.contains($0) }
                if !missing.isEmpty {
                    throw NormalizationTableError(file: file, line: lineNumber, problem: .missingColumns(missing))
                }
                var map: [String: Int] = [:]
                for (i, name) in names.enumerated() where map[name] == nil { map[name] = i }
                columns = map
                width = fields.count
                continue
            }
            guard fields.count == width else {
                throw NormalizationTableError(
                    file: file, line: lineNumber, problem: .wrongColumnCount(expected: width, found: fields.count))
            }
            rows.append(Row(line: lineNumber, fields: fields, columns: known))
        }
        if columns == nil {
            throw NormalizationTableError(file: file, line: lineNumber, problem: .missingColumns(required))
        }
    }

    func error(_ line: Int, _ problem: NormalizationTableError.Problem) -> NormalizationTableError {
        NormalizationTableError(file: file, line: line, problem: problem)
    }

    /// A field holding one character, written as itself or as `U+XXXX`.
    func scalar(_ row: Row, _ column: String) throws(NormalizationTableError) -> UInt32 {
        let text = row[column]
        if text.isEmpty { throw error(row.line, .emptyField(column: column)) }
        let scalars = text.unicodeScalars
        if scalars.count == 1 { return scalars.first!.value }
        if text.count >= 6, text.count <= 8, text.hasPrefix("U+") || text.hasPrefix("u+"),
            let v = UInt32(text.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(v)
        {
            return scalar.value
        }
        throw error(row.line, .notOneCharacter(column: column, text: String(text)))
    }

    /// A field holding a word of Han characters.
    func hanWord(_ row: Row, _ column: String, minimum: Int = 1) throws(NormalizationTableError) -> [UInt32] {
        let text = row[column]
        if text.isEmpty { throw error(row.line, .emptyField(column: column)) }
        let values = text.unicodeScalars.map(\.value)
        guard values.allSatisfy(ScalarClass.isHan) else { throw error(row.line, .notHan(column: column, text: String(text))) }
        guard values.count >= minimum else {
            throw error(row.line, .tooShort(column: column, text: String(text), minimum: minimum))
        }
        return values
    }

    func choice<T: RawRepresentable & CaseIterable>(_ row: Row, _ column: String, as: T.Type) throws(NormalizationTableError) -> T
    where T.RawValue == String {
        let text = String(row[column])
        if let value = T(rawValue: text) { return value }
        throw error(row.line, .unknownValue(column: column, text: text, allowed: T.allCases.map(\.rawValue)))
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
