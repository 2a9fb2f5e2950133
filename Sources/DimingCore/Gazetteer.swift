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
        for (line, fields) in try rows(divisions, file: "divisions.tsv", columns: ["code", "name", "level", "parent_code", "short_name", "kind", "status", "valid_to", "successor_code", "successor_basis"]) {
            let f = fields
            guard Division.isWellFormedCode(f["code"]!) else {
                throw ParseError(file: "divisions.tsv", line: line, reason: "code \"\(f["code"]!)\" is not six digits")
            }
            guard let level = DivisionLevel(rawValue: f["level"]!), level != .town else {
                throw ParseError(file: "divisions.tsv", line: line, reason: "level \"\(f["level"]!)\" is not province, city or county")
            }
            guard let status = Division.Status(rawValue: f["status"]!) else {
                throw ParseError(file: "divisions.tsv", line: line, reason: "status \"\(f["status"]!)\" is not current or superseded")
            }
            parsedDivisions.append(
                Division(
                    code: f["code"]!, name: f["name"]!, level: level, parentCode: nonEmpty(f["parent_code"]!),
                    shortName: f["short_name"]!, kind: f["kind"]!, status: status, validTo: nonEmpty(f["valid_to"]!),
                    successorCode: nonEmpty(f["successor_code"]!)))
        }
        var parsedTowns: [Town] = []
        for (line, f) in try rows(towns, file: "towns.tsv", columns: ["county_code", "town"]) {
            guard Division.isWellFormedCode(f["county_code"]!), !f["town"]!.isEmpty else {
                throw ParseError(file: "towns.tsv", line: line, reason: "expected a six-digit county code and a town name")
            }
            parsedTowns.append(Town(countyCode: f["county_code"]!, name: f["town"]!))
        }
        var parsedChanges: [DivisionChange] = []
        for (_, f) in try rows(changes, file: "division-changes.tsv", columns: ["date", "approval", "relation", "old_path", "new_path", "old_code", "new_code"]) {
            parsedChanges.append(
                DivisionChange(
                    date: f["date"]!, approval: f["approval"]!, relation: f["relation"]!,
                    oldPath: f["old_path"]!.split(separator: "/").map(String.init),
                    newPath: f["new_path"]!.split(separator: "/").map(String.init),
                    oldCode: nonEmpty(f["old_code"]!), newCode: nonEmpty(f["new_code"]!)))
        }
        return Gazetteer(divisions: parsedDivisions, towns: parsedTowns, changes: parsedChanges)
    }

    private static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }

    /// Splits a TSV file with a header into (line number, column → value) rows.
    private static func rows(_ text: String, file: String, columns: [String]) throws(ParseError) -> [(Int, [String: String])] {
        var result: [(Int, [String: String])] = []
        var header: [String]?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let names = header else {
                let missing = columns.filter { !fields.contains($0) }
                if !missing.isEmpty {
                    throw ParseError(file: file, line: lineNumber, reason: "header lacks \(missing.joined(separator: ", "))")
                }
                header = fields
                continue
            }
            guard fields.count == names.count else {
                throw ParseError(file: file, line: lineNumber, reason: "expected \(names.count) tab-separated columns, found \(fields.count)")
            }
            var row: [String: String] = [:]
            for (name, value) in zip(names, fields) { row[name] = value }
            result.append((lineNumber, row))
        }
        return result
    }
}
