/// The division data the project ships in `gazetteer/`, parsed from its
/// tab-separated files. Parsing is pure (text in, values out) so the same code
/// serves the command line, a server, and tests with small fixtures.
public struct Gazetteer: Sendable {
    public struct Town: Sendable, Equatable {
        public var countyCode: String
        public var name: String
        public init(countyCode: String, name: String) {
            self.countyCode = countyCode
            self.name = name
        }
    }

    public struct ParseError: Error, CustomStringConvertible, Sendable, Equatable {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file) line \(line): \(reason)" }

        public init(file: String, line: Int, reason: String) {
            self.file = file
            self.line = line
            self.reason = reason
        }
    }

    public var divisions: [Division]
    public var towns: [Town]
    public var changes: [DivisionChange]

    public init(divisions: [Division], towns: [Town], changes: [DivisionChange]) {
        self.divisions = divisions
        self.towns = towns
        self.changes = changes
    }

    /// Parses the three files. Lines starting with `#` are comments, so an
    /// officer can annotate a local edit in place.
    public static func parse(divisions: String, towns: String, changes: String) throws(ParseError) -> Gazetteer {
        var parsedDivisions: [Division] = []
        for (line, f) in try rows(divisions, file: "divisions.tsv", columns: ["code", "name", "level", "parent_code", "short_name", "kind", "status", "valid_to", "successor_code", "successor_basis"]) {
            let (code, name, levelText, parentCode, shortName, kind, statusText, validTo, successorCode) =
                (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])
            guard Division.isWellFormedCode(code) else {
                throw ParseError(file: "divisions.tsv", line: line, reason: "code \"\(code)\" is not six digits")
            }
            guard let level = DivisionLevel(rawValue: levelText), level != .town else {
                throw ParseError(file: "divisions.tsv", line: line, reason: "level \"\(levelText)\" is not province, city or county")
            }
            guard let status = Division.Status(rawValue: statusText) else {
                throw ParseError(file: "divisions.tsv", line: line, reason: "status \"\(statusText)\" is not current or superseded")
            }
            parsedDivisions.append(
                Division(
                    code: code, name: name, level: level, parentCode: nonEmpty(parentCode),
                    shortName: shortName, kind: kind, status: status, validTo: nonEmpty(validTo),
                    successorCode: nonEmpty(successorCode)))
        }
        var parsedTowns: [Town] = []
        for (line, f) in try rows(towns, file: "towns.tsv", columns: ["county_code", "town"]) {
            guard Division.isWellFormedCode(f[0]), !f[1].isEmpty else {
                throw ParseError(file: "towns.tsv", line: line, reason: "expected a six-digit county code and a town name")
            }
            parsedTowns.append(Town(countyCode: f[0], name: f[1]))
        }
        var parsedChanges: [DivisionChange] = []
        for (_, f) in try rows(changes, file: "division-changes.tsv", columns: ["date", "approval", "relation", "old_path", "new_path", "old_code", "new_code"]) {
            parsedChanges.append(
                DivisionChange(
                    date: f[0], approval: f[1], relation: f[2],
                    oldPath: f[3].split(separator: "/").map(String.init),
                    newPath: f[4].split(separator: "/").map(String.init),
                    oldCode: nonEmpty(f[5]), newCode: nonEmpty(f[6])))
        }
        return Gazetteer(divisions: parsedDivisions, towns: parsedTowns, changes: parsedChanges)
    }

    private static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }

    /// Splits a TSV file with a header into rows: (line number, the values of
    /// `columns`, in that order). Lines are cut at bytes, not characters:
    /// tab and newline are ASCII, and cutting 43,000 town lines by grapheme,
    /// with a dictionary per row, was most of every command's start-up.
    private static func rows(_ text: String, file: String, columns: [String]) throws(ParseError) -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        var positions: [Int]?
        var headerCount = 0
        var lineNumber = 0
        let tab = UInt8(ascii: "\t")
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: tab, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard let positions else {
                let missing = columns.filter { !fields.contains($0) }
                if !missing.isEmpty {
                    throw ParseError(file: file, line: lineNumber, reason: "header lacks \(missing.joined(separator: ", "))")
                }
                positions = columns.map { fields.firstIndex(of: $0)! }
                headerCount = fields.count
                continue
            }
            guard fields.count == headerCount else {
                throw ParseError(file: file, line: lineNumber, reason: "expected \(headerCount) tab-separated columns, found \(fields.count)")
            }
            result.append((lineNumber, positions.map { fields[$0] }))
        }
        return result
    }
}
