import DimingCore

/// The parser's word list (gazetteer/parsing/words.tsv): generic words that
/// end a name (路, 小区, 街道 …) or stand alone (附近, 中国), each with the
/// label of the piece it makes.
public struct ParsingLexicon: Sendable {
    public enum Role: String, Sendable {
        /// `extend` is a suffix that, right after an estate or building word,
        /// continues that place rather than naming a part of it (国际商务中心,
        /// 紫金港校区).
        /// `weak` is a suffix of one or two characters that is as often the
        /// middle of a longer estate or shop name (皇都花苑, 港湾连锁酒店,
        /// 三江国际花园) as its end: it ends a name only where the name text ends.
        case suffix, extend, weak, word, unit
    }

    public struct Entry: Sendable, Equatable {
        public let word: String
        public let label: AddressLabel
        public let role: Role
        /// The word's length in Unicode scalars, counted once: the parser
        /// steps over every word it finds by this.
        public let length: Int
        /// The word's first scalar: the parser asks "is this the word 号?" by
        /// scalars, since comparing unequal Han strings takes the String
        /// comparison's slow, normalizing path.
        public let first: Unicode.Scalar

        public init(word: String, label: AddressLabel, role: Role) {
            self.word = word
            self.label = label
            self.role = role
            self.length = word.unicodeScalars.count
            self.first = word.unicodeScalars.first ?? " "
        }

        /// Whether the word is the one character `c`.
        @inline(__always)
        public func isCharacter(_ c: Unicode.Scalar) -> Bool { length == 1 && first == c }
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file) line \(line): \(reason)" }
    }

    /// A division's name as it is often mistyped (安微 for 安徽, 肖山 for 萧山),
    /// and the name the gazetteer knows it by.
    public struct Misspelling: Sendable, Equatable {
        public let written: String
        public let standard: String
        public let note: String

        public init(written: String, standard: String, note: String) {
            self.written = written
            self.standard = standard
            self.note = note
        }
    }

    /// A county named after its seat town, recently enough that older
    /// addresses still write the bare name (临平) for the town (临平街道) and
    /// not for the county (临平区, since 2021).
    public struct SeatTown: Sendable, Equatable {
        public let written: String
        public let town: String
        public let countyCode: String
        public let since: String
        public let note: String

        public init(written: String, town: String, countyCode: String, since: String, note: String) {
            self.written = written
            self.town = town
            self.countyCode = countyCode
            self.since = since
            self.note = note
        }
    }

    /// The files `parse(files:)` expects, by name, in gazetteer/parsing/.
    public static let fileNames = ["words.tsv", misspellingsFileName, seatTownsFileName]
    static let misspellingsFileName = "division-misspellings.tsv"
    static let seatTownsFileName = "seat-towns.tsv"

    /// Mistyped division names, read by the parser as the division they stand for.
    public private(set) var misspellings: [Misspelling] = []
    /// Bare county names read as the county's seat town (临平 → 临平街道).
    public private(set) var seatTowns: [SeatTown] = []

    /// Suffix words and stand-alone words, each keyed by their text.
    private var suffixes = ScalarTrie<Entry>()
    private var words = ScalarTrie<Entry>()
    private var units = ScalarTrie<Entry>()
    public private(set) var longestWord = 0

    public init(entries: [Entry], misspellings: [Misspelling] = [], seatTowns: [SeatTown] = []) {
        self.misspellings = misspellings
        self.seatTowns = seatTowns
        for entry in entries {
            switch entry.role {
            case .suffix, .extend, .weak: suffixes.insert(entry.word, entry)
            case .word: words.insert(entry.word, entry)
            case .unit: units.insert(entry.word, entry)
            }
            longestWord = max(longestWord, entry.length)
        }
    }

    /// Parses the files named in `fileNames`; lines starting with `#` are comments.
    public static func parse(files: [String: String]) throws(ParseError) -> ParsingLexicon {
        var entries: [Entry] = []
        var misspellings: [Misspelling] = []
        var seatTowns: [SeatTown] = []
        for name in fileNames {
            guard let text = files[name] else { throw ParseError(file: name, line: 0, reason: "missing") }
            if name == misspellingsFileName {
                misspellings = try parseMisspellings(text, file: name)
                continue
            }
            if name == seatTownsFileName {
                seatTowns = try parseSeatTowns(text, file: name)
                continue
            }
            for (number, fields) in try rows(text, file: name, header: ["word", "label", "role"]) {
                guard !fields[0].isEmpty else { throw ParseError(file: name, line: number, reason: "the word is empty") }
                guard let label = AddressLabel(rawValue: fields[1]) else {
                    throw ParseError(file: name, line: number, reason: "unknown label \"\(fields[1])\"")
                }
                guard let role = Role(rawValue: fields[2]) else {
                    throw ParseError(file: name, line: number, reason: "role \"\(fields[2])\" is not suffix, extend, weak, word or unit")
                }
                entries.append(Entry(word: fields[0], label: label, role: role))
            }
        }
        return ParsingLexicon(entries: entries, misspellings: misspellings, seatTowns: seatTowns)
    }

    /// Rows of `written`, `town`, `county_code`, `since`, `note`. The town's
    /// name is the written name and a town generic (临平 + 街道), the code six
    /// digits, and a written name is listed once.
    static func parseSeatTowns(_ text: String, file name: String) throws(ParseError) -> [SeatTown] {
        var found: [SeatTown] = []
        var seen: Set<String> = []
        for (number, fields) in try rows(text, file: name, header: ["written", "town", "county_code", "since", "note"]) {
            let (written, town, code) = (fields[0], fields[1], fields[2])
            guard written.unicodeScalars.count >= 2 else {
                throw ParseError(file: name, line: number, reason: "the written name \"\(written)\" is shorter than two characters")
            }
            guard ["街道", "镇", "乡"].contains(where: { town == written + $0 }) else {
                throw ParseError(file: name, line: number, reason: "the town \"\(town)\" is not \(written)街道, \(written)镇 or \(written)乡")
            }
            guard code.count == 6, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ParseError(file: name, line: number, reason: "the county code \"\(code)\" is not six digits")
            }
            let since = fields[3]
            // Written as the table says (YYYY-MM-DD), and a day that exists.
            guard since.isEmpty || CalendarDate(since)?.description == since else {
                throw ParseError(file: name, line: number, reason: "the date \"\(since)\" is not a date written YYYY-MM-DD")
            }
            guard seen.insert(written).inserted else {
                throw ParseError(file: name, line: number, reason: "\"\(written)\" is listed twice")
            }
            found.append(SeatTown(written: written, town: town, countyCode: code, since: since, note: fields[4]))
        }
        return found
    }

    /// Rows of `written`, `standard`, `note`. A misspelling must differ from
    /// its standard name, and each may be listed once.
    static func parseMisspellings(_ text: String, file name: String) throws(ParseError) -> [Misspelling] {
        var found: [Misspelling] = []
        var seen: Set<String> = []
        for (number, fields) in try rows(text, file: name, header: ["written", "standard", "note"]) {
            guard !fields[0].isEmpty, !fields[1].isEmpty else {
                throw ParseError(file: name, line: number, reason: "the written and standard names may not be empty")
            }
            guard fields[0] != fields[1] else {
                throw ParseError(file: name, line: number, reason: "\"\(fields[0])\" is the same as its standard name")
            }
            guard seen.insert(fields[0]).inserted else {
                throw ParseError(file: name, line: number, reason: "\"\(fields[0])\" is listed twice")
            }
            found.append(Misspelling(written: fields[0], standard: fields[1], note: fields[2]))
        }
        return found
    }

    /// The data rows of a table (line number, fields) after its header, which
    /// must be `header`; every row has as many fields as the header.
    private static func rows(_ text: String, file name: String, header: [String]) throws(ParseError) -> [(Int, [String])] {
        var rows: [(Int, [String])] = []
        var sawHeader = false
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                guard fields == header else {
                    throw ParseError(file: name, line: number, reason: "header is not \(header.joined(separator: ", "))")
                }
                sawHeader = true
                continue
            }
            guard fields.count == header.count else {
                throw ParseError(file: name, line: number, reason: "expected \(header.count) fields, found \(fields.count)")
            }
            rows.append((number, fields))
        }
        guard sawHeader else { throw ParseError(file: name, line: number, reason: "no header") }
        return rows
    }

    /// The longest suffix word starting at `position`.
    public func suffix(at position: Int, in scalars: [Unicode.Scalar]) -> Entry? {
        longest(in: suffixes, at: position, scalars)
    }

    /// The longest stand-alone word starting at `position`.
    public func word(at position: Int, in scalars: [Unicode.Scalar]) -> Entry? {
        longest(in: words, at: position, scalars)
    }

    /// The longest unit word (幢, 单元, 室, 号 …) starting at `position`.
    public func unit(at position: Int, in scalars: [Unicode.Scalar]) -> Entry? {
        longest(in: units, at: position, scalars)
    }

    private func longest(in table: ScalarTrie<Entry>, at position: Int, _ scalars: [Unicode.Scalar]) -> Entry? {
        table.longest(at: position, in: scalars)?.value
    }
}
