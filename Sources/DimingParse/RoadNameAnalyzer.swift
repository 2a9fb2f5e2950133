import DimingText

/// Splits road names into 专名, 方位, 序数, 通名 and segment, with the 通名
/// lexicon of `gazetteer/parsing/road-generics.tsv`.
///
/// Parts are taken from the end, because that is where Chinese road names
/// put them (专名 first). A direction or ordinal is only split off when what
/// is left is still a 专名: at least two characters for a direction (湖南路
/// stays 湖南; 劳动北路 gives 劳动 | 北), at least one for an ordinal (so a
/// name of numerals only, 五一路 or 一路, keeps them as its 专名), and never
/// when the whole 专名 is a listed word (统一路, 黔东南路) or a division name
/// the caller passes in. A
/// direction is never taken from the front: 东风路 and 北京路 keep theirs.
public struct RoadNameAnalyzer: Sendable {
    public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file), line \(line): \(reason)" }
    }

    public enum Role: String, Sendable, CaseIterable {
        case generic, segment, keep
    }

    public static let fileName = "road-generics.tsv"

    /// 通名 → rank.
    private var generics: [String: Int] = [:]
    private var longestGeneric = 0
    private var segments: Set<String> = []
    private var keep: Set<String> = []
    private var longestKeep = 0

    /// Every 通名 the lexicon lists, with its size rank.
    public var genericRanks: [String: Int] { generics }

    /// The words that follow a complete road name as a segment (段).
    public var segmentWords: Set<String> { segments }

    public init(generics: [String: Int], segments: Set<String>, keep: Set<String>) {
        self.generics = generics
        self.segments = segments
        self.keep = keep
        longestGeneric = generics.keys.map(\.unicodeScalars.count).max() ?? 0
        longestKeep = keep.map(\.unicodeScalars.count).max() ?? 0
    }

    /// Reads road-generics.tsv. `places` are further names to keep whole
    /// (division names and their short forms: 黔东南, 北京).
    public static func parse(_ text: String, places: some Sequence<String> = [String]()) throws(LexiconError)
        -> RoadNameAnalyzer
    {
        var generics: [String: Int] = [:]
        var segments: Set<String> = []
        var keep = Set(places)
        var header: [String]?
        var number = 0
        for raw in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.unicodeScalars.first == "\u{FEFF}" { line = Substring(line.unicodeScalars.dropFirst()) }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                guard ["word", "role", "rank"].allSatisfy(fields.contains) else {
                    throw LexiconError(file: fileName, line: number, reason: "the header row must name the columns word, role, rank (separated by tabs)")
                }
                header = fields
                continue
            }
            guard fields.count == columns.count else {
                throw LexiconError(file: fileName, line: number, reason: "expected \(columns.count) tab-separated columns like the header, found \(fields.count)")
            }
            let word = fields[columns.firstIndex(of: "word")!]
            let roleText = fields[columns.firstIndex(of: "role")!]
            let rankText = fields[columns.firstIndex(of: "rank")!]
            guard !word.isEmpty else { throw LexiconError(file: fileName, line: number, reason: "column word is empty") }
            guard let role = Role(rawValue: roleText) else {
                throw LexiconError(file: fileName, line: number, reason: "role \"\(roleText)\" must be one of generic, segment, keep")
            }
            guard let rank = Int(rankText), (0...9).contains(rank) else {
                throw LexiconError(file: fileName, line: number, reason: "rank \"\(rankText)\" must be a number from 0 to 9")
            }
            switch role {
            case .generic:
                if generics[word] != nil {
                    throw LexiconError(file: fileName, line: number, reason: "\"\(word)\" is listed twice as a generic; keep one line")
                }
                generics[word] = rank
            case .segment: segments.insert(word)
            case .keep: keep.insert(word)
            }
        }
        guard header != nil else { throw LexiconError(file: fileName, line: number, reason: "the file has no header row") }
        return RoadNameAnalyzer(generics: generics, segments: segments, keep: keep)
    }

    static func isDirection(_ s: Unicode.Scalar) -> Bool {
        s == "东" || s == "西" || s == "南" || s == "北" || s == "中"
    }

    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇", "两", "0"..."9": return true
        default: return false
        }
    }

    /// The longest listed 通名 that `name` ends with, or nil.
    public func generic(endingOf name: some StringProtocol) -> String? {
        let scalars = Array(name.unicodeScalars)
        return genericLength(scalars, end: scalars.count).map { String(String.UnicodeScalarView(scalars[(scalars.count - $0)...])) }
    }

    private func genericLength(_ s: [Unicode.Scalar], end: Int) -> Int? {
        var n = min(longestGeneric, end)
        while n > 0 {
            if generics[String(String.UnicodeScalarView(s[(end - n)..<end]))] != nil { return n }
            n -= 1
        }
        return nil
    }

    /// The whole 专名 before `end` is a listed keep word or place name
    /// (统一, 河北, 黔东南): splitting it at a numeral or direction would
    /// break it. Only the whole 专名 counts: 中山东一路 ends in 山东 but is
    /// 中山 | 东 | 一 | 路.
    private func isKeptWord(_ s: [Unicode.Scalar], end: Int) -> Bool {
        end <= longestKeep && keep.contains(String(String.UnicodeScalarView(s[0..<end])))
    }

    public func analyze(_ name: String) -> RoadNameParts {
        let s = Array(name.unicodeScalars)
        var end = s.count
        func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }

        // Segment (三段, 东段): a segment word after numerals or a direction,
        // with a complete generic before it.
        var segment = ""
        for word in segments {
            let w = Array(word.unicodeScalars)
            guard end > w.count, Array(s[(end - w.count)..<end]) == w else { continue }
            var start = end - w.count
            while start > 0, Self.isNumeral(s[start - 1]) { start -= 1 }
            if start == end - w.count, start > 0, Self.isDirection(s[start - 1]) { start -= 1 }
            if start < end - w.count, genericLength(s, end: start) != nil {
                segment = text(start..<end)
                end = start
            }
            break
        }

        guard let genericCount = genericLength(s, end: end), genericCount < end else {
            // No generic, or the name is nothing but one (路): all 专名.
            let g = genericLength(s, end: end).map { text((end - $0)..<end) } ?? ""
            return RoadNameParts(
                name: name, specific: g.isEmpty ? text(0..<end) : "", generic: g, segment: segment,
                genericRank: generics[g] ?? 0)
        }
        let generic = text((end - genericCount)..<end)
        end -= genericCount

        var direction = ""
        var ordinal = ""
        var directionFirst = true
        func takeDirection() -> Bool {
            guard direction.isEmpty, end >= 3, Self.isDirection(s[end - 1]),
                !isKeptWord(s, end: end)
            else { return false }
            direction = text((end - 1)..<end)
            end -= 1
            return true
        }
        func takeOrdinal() -> Bool {
            guard ordinal.isEmpty else { return false }
            var start = end
            while start > 0, Self.isNumeral(s[start - 1]) { start -= 1 }
            // Leave at least one character of 专名, and do not cut a listed
            // word (统一, 五一).
            guard start < end, start > 0, !isKeptWord(s, end: end) else { return false }
            ordinal = text(start..<end)
            end = start
            return true
        }
        // 中山东一路: ordinal first from the end, then direction. 文一西路:
        // direction, then ordinal.
        if takeOrdinal() {
            _ = takeDirection()
        } else if takeDirection() {
            if takeOrdinal() { directionFirst = false }
        }
        return RoadNameParts(
            name: name, specific: text(0..<end), direction: direction, ordinal: ordinal, generic: generic,
            segment: segment, genericRank: generics[generic] ?? 0, directionFirst: directionFirst)
    }
}
