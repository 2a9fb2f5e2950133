/// The naming review's word lists and exemptions, read from the editable
/// files in `gazetteer/naming/` so an office can extend them without a new
/// release. Text in, values out: the caller reads the files.
public struct NamingLexicon: Sendable {
    /// A listed word and how it is matched.
    public struct Word: Sendable, Equatable {
        public var word: String
        public var severity: FindingSeverity
        /// Also matched by any word with the same toneless pinyin.
        public var homophone: Bool
        public var note: String
    }

    public struct ClassGeneric: Sendable, Equatable {
        public var generic: String
        public var nameClass: NameClass
        public var size: SizeRule?
        /// Ask for the size facts when none that decide are stated (大桥
        /// without a length), instead of letting the name pass unjudged.
        public var asksForSize: Bool = false
        public var note: String
    }

    public struct Exemption: Sendable, Equatable {
        public var name: String
        /// A division code prefix; empty for every division.
        public var divisionPrefix: String
        /// Rule codes or prefixes ending in `*`; ["*"] for every rule but
        /// the duplicate rules.
        public var rules: [String]
        public var reason: String

        public func covers(rule: String) -> Bool {
            if rule.hasPrefix("chong.") { return false }
            return rules.contains { pattern in
                pattern == "*" || pattern == rule || (pattern.hasSuffix("*") && rule.hasPrefix(pattern.dropLast()))
            }
        }
    }

    public struct Listed: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable { case person, company, trademark }
        public var word: String
        public var kind: Kind
        public var severity: FindingSeverity
        public var note: String
    }

    public static let fileNames = [
        "exaggerating.tsv", "foreign.tsv", "feudal.tsv", "vulgar.tsv", "transliteration.tsv", "class-generics.tsv",
        "allow.tsv", "listed-names.tsv", "standard-characters.tsv",
    ]

    public var exaggerating: [Word] = []
    public var foreign: [Word] = []
    public var feudal: [Word] = []
    public var vulgar: [Word] = []
    public var transliteration: Set<Unicode.Scalar> = []
    public var classGenerics: [ClassGeneric] = []
    public var exemptions: [Exemption] = []
    public var listed: [Listed] = []
    /// The common standard character set (通用规范汉字表), from Unihan kTGHZ2013.
    public var standardCharacters: Set<Unicode.Scalar> = []

    public init() {}

    public static func parse(files: [String: String]) throws(NamingLexiconError) -> NamingLexicon {
        func text(_ name: String) throws(NamingLexiconError) -> String {
            guard let t = files[name] else { throw NamingLexiconError(file: name, line: 0, reason: "the file was not found or not read") }
            return t
        }
        var lexicon = NamingLexicon()
        lexicon.exaggerating = try words(text("exaggerating.tsv"), file: "exaggerating.tsv")
        lexicon.foreign = try words(text("foreign.tsv"), file: "foreign.tsv")
        lexicon.feudal = try words(text("feudal.tsv"), file: "feudal.tsv")
        lexicon.vulgar = try words(text("vulgar.tsv"), file: "vulgar.tsv")

        let translit = try NamingTSV(text("transliteration.tsv"), file: "transliteration.tsv", required: ["char"])
        for row in translit.rows {
            let c = row["char"].unicodeScalars
            guard c.count == 1 else { throw translit.fail(row, "column char must hold one character, not \"\(row["char"])\"") }
            lexicon.transliteration.insert(c.first!)
        }

        let generics = try NamingTSV(
            text("class-generics.tsv"), file: "class-generics.tsv", required: ["generic", "class", "size"])
        for row in generics.rows {
            let generic = try generics.nonEmpty(row, "generic")
            guard let nameClass = NameClass(rawValue: row["class"]) else {
                throw generics.fail(
                    row, "class \"\(row["class"])\" must be one of \(NameClass.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var size: SizeRule?
            if !row["size"].isEmpty {
                guard let rule = SizeRule(row["size"]) else {
                    throw generics.fail(
                        row,
                        "size \"\(row["size"])\" is not a size rule (write e.g. floors>=10 or land_area>=10000|floor_area>=100000; facts: \(SizeFacts.Fact.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                size = rule
            }
            guard row["ask"] == "" || row["ask"] == "yes" else {
                throw generics.fail(row, "ask \"\(row["ask"])\" must be yes or empty")
            }
            if row["ask"] == "yes" && size == nil {
                throw generics.fail(row, "ask is yes but there is no size rule to ask about; write one in the size column")
            }
            lexicon.classGenerics.append(
                ClassGeneric(generic: generic, nameClass: nameClass, size: size, asksForSize: row["ask"] == "yes", note: row["note"]))
        }

        let allow = try NamingTSV(text("allow.tsv"), file: "allow.tsv", required: ["name", "division", "rules", "reason"])
        for row in allow.rows {
            let name = try allow.nonEmpty(row, "name")
            let division = try allow.nonEmpty(row, "division")
            guard division == "*" || (division.count <= 6 && division.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }) else {
                throw allow.fail(row, "division \"\(division)\" must be a division code, a prefix of one, or *")
            }
            let rules = try allow.nonEmpty(row, "rules").split(separator: ",").map { String($0).trimmingSpaces }
            lexicon.exemptions.append(
                Exemption(name: name, divisionPrefix: division == "*" ? "" : division, rules: rules, reason: row["reason"]))
        }

        let listed = try NamingTSV(text("listed-names.tsv"), file: "listed-names.tsv", required: ["word", "kind", "severity"])
        for row in listed.rows {
            let word = try listed.nonEmpty(row, "word")
            guard let kind = Listed.Kind(rawValue: row["kind"]) else {
                throw listed.fail(row, "kind \"\(row["kind"])\" must be person, company or trademark")
            }
            lexicon.listed.append(Listed(word: word, kind: kind, severity: try listed.severity(row), note: row["note"]))
        }

        let standard = try NamingTSV(text("standard-characters.tsv"), file: "standard-characters.tsv", required: ["char"])
        for row in standard.rows {
            let c = row["char"].unicodeScalars
            guard c.count == 1 else { throw standard.fail(row, "column char must hold one character, not \"\(row["char"])\"") }
            lexicon.standardCharacters.insert(c.first!)
        }
        return lexicon
    }

    private static func words(_ text: String, file: String) throws(NamingLexiconError) -> [Word] {
        let table = try NamingTSV(text, file: file, required: ["word", "severity", "match"])
        var out: [Word] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let word = try table.nonEmpty(row, "word")
            if let first = seen[word] { throw table.fail(row, "\"\(word)\" is already listed on line \(first); keep one") }
            seen[word] = row.line
            let match = row["match"]
            guard match == "substring" || match == "homophone" else {
                throw table.fail(row, "match \"\(match)\" must be substring or homophone")
            }
            out.append(Word(word: word, severity: try table.severity(row), homophone: match == "homophone", note: row["note"]))
        }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
