/// Mandarin readings of Han characters plus the place-name reading lexicon,
/// and the readings of whole names built from them.
///
/// Built once from the text of `gazetteer/pinyin/readings.tsv` and
/// `place-readings.tsv`; afterwards every call is pure and allocation-light,
/// because the cleanup matcher asks for a key of every address it sees (tens
/// of thousands a second). Syllables are interned: a character maps to small
/// integer ids, so the hot path is an array index, not a hash of a string.
/// ICU's Han-Latin transform is not used: it is slow and reads 长安 zhǎng'ān.
public struct PinyinTable: Sendable {
    /// The files the table is built from, by the names `parse(files:)` expects.
    public static let fileNames = ["readings.tsv", "place-readings.tsv"]

    /// Every distinct tone-marked syllable; ids index this array.
    public private(set) var syllables: [PinyinSyllable] = []
    /// The toneless id of each syllable id (zhōng and zhòng share one).
    private var tonelessID: [UInt16] = []
    /// Toneless spellings by toneless id.
    private var tonelessKeys: [String] = []

    /// Readings of the characters U+3400–U+9FFF, customary first, as a slice
    /// of `pool`: flat arrays, because this is the lookup every name does for
    /// every character.
    private static let bmpBase: UInt32 = 0x3400
    private static let bmpEnd: UInt32 = 0xA000
    private var bmpStart: [UInt32] = []
    private var bmpCount: [UInt8] = []
    /// Everything else (compatibility ideographs, extensions B–H).
    private var otherReadings: [UInt32: (start: UInt32, count: UInt8)] = [:]
    private var pool: [UInt16] = []

    /// The place lexicon: words by first character, longest first.
    private var lexiconFirsts = ScalarSet()
    private var lexicon: [UInt32: [(word: [UInt32], ids: [UInt16])]] = [:]

    public var characterCount: Int { bmpCount.lazy.filter { $0 > 0 }.count + otherReadings.count }
    public var lexiconCount: Int { lexicon.values.reduce(0) { $0 + $1.count } }

    public init() {
        bmpStart = Array(repeating: 0, count: Int(Self.bmpEnd - Self.bmpBase))
        bmpCount = Array(repeating: 0, count: Int(Self.bmpEnd - Self.bmpBase))
    }

    /// Builds the table from the files' text, keyed by the names in `fileNames`.
    public static func parse(files: [String: String]) throws(PinyinTableError) -> PinyinTable {
        guard let readings = files["readings.tsv"] else {
            throw PinyinTableError(file: "readings.tsv", line: 0, problem: .table(.missingFile))
        }
        guard let place = files["place-readings.tsv"] else {
            throw PinyinTableError(file: "place-readings.tsv", line: 0, problem: .table(.missingFile))
        }
        return try parse(readings: readings, placeReadings: place)
    }

    public static func parse(readings: String, placeReadings: String) throws(PinyinTableError) -> PinyinTable {
        var table = PinyinTable()
        var ids: [String: UInt16] = [:]
        var tonelessIDs: [String: UInt16] = [:]

        func intern(_ text: Substring, file: String, line: Int) throws(PinyinTableError) -> UInt16 {
            if let id = ids[String(text)] { return id }
            guard let syllable = PinyinSyllable(text) else {
                throw PinyinTableError(file: file, line: line, problem: .notASyllable(String(text)))
            }
            if let id = ids[syllable.marked] {
                ids[String(text)] = id
                return id
            }
            let id = UInt16(table.syllables.count)
            table.syllables.append(syllable)
            let toneless: UInt16
            if let t = tonelessIDs[syllable.key] {
                toneless = t
            } else {
                toneless = UInt16(table.tonelessKeys.count)
                tonelessIDs[syllable.key] = toneless
                table.tonelessKeys.append(syllable.key)
            }
            table.tonelessID.append(toneless)
            ids[String(text)] = id
            ids[syllable.marked] = id
            return id
        }

        let chars: TSVTable
        do {
            chars = try TSVTable(readings, file: "readings.tsv", required: ["char", "readings"])
        } catch {
            throw PinyinTableError(error)
        }
        for row in chars.rows {
            let v: UInt32
            do { v = try chars.scalar(row, "char") } catch { throw PinyinTableError(error) }
            var list: [UInt16] = []
            for reading in row["readings"].split(separator: ",") {
                let id = try intern(reading, file: "readings.tsv", line: row.line)
                if !list.contains(id) { list.append(id) }
            }
            if list.isEmpty {
                throw PinyinTableError(file: "readings.tsv", line: row.line, problem: .table(.emptyField(column: "readings")))
            }
            table.setReadings(v, list)
        }

        let words: TSVTable
        do {
            words = try TSVTable(placeReadings, file: "place-readings.tsv", required: ["word", "readings"])
        } catch {
            throw PinyinTableError(error)
        }
        var seen: [[UInt32]: Int] = [:]
        for row in words.rows {
            let word: [UInt32]
            do { word = try words.hanWord(row, "word") } catch { throw PinyinTableError(error) }
            if let first = seen[word] {
                throw PinyinTableError(
                    file: "place-readings.tsv", line: row.line,
                    problem: .table(.duplicate(text: String(row["word"]), firstLine: first)))
            }
            seen[word] = row.line
            let parts = row["readings"].split(separator: " ")
            guard parts.count == word.count else {
                throw PinyinTableError(
                    file: "place-readings.tsv", line: row.line,
                    problem: .readingCount(word: String(row["word"]), characters: word.count, readings: parts.count))
            }
            var list: [UInt16] = []
            for part in parts { list.append(try intern(part, file: "place-readings.tsv", line: row.line)) }
            table.lexiconFirsts.insert(word[0])
            table.lexicon[word[0], default: []].append((word, list))
        }
        for key in table.lexicon.keys { table.lexicon[key]!.sort { $0.word.count > $1.word.count } }
        return table
    }

    private mutating func setReadings(_ v: UInt32, _ list: [UInt16]) {
        let start = UInt32(pool.count)
        pool.append(contentsOf: list.prefix(255))
        let count = UInt8(min(list.count, 255))
        if v >= Self.bmpBase && v < Self.bmpEnd {
            bmpStart[Int(v - Self.bmpBase)] = start
            bmpCount[Int(v - Self.bmpBase)] = count
        } else {
            otherReadings[v] = (start, count)
        }
    }

    // MARK: Characters

    /// Syllable ids of a character's readings, customary first; empty when
    /// the character has none (not Han, or a Han character Unihan gives no
    /// Mandarin reading).
    @inline(__always)
    public func readingIDs(of v: UInt32) -> ArraySlice<UInt16> {
        if v >= Self.bmpBase && v < Self.bmpEnd {
            let i = Int(v - Self.bmpBase)
            let start = Int(bmpStart[i])
            return pool[start..<start + Int(bmpCount[i])]
        }
        guard let entry = otherReadings[v] else { return [] }
        return pool[Int(entry.start)..<Int(entry.start) + Int(entry.count)]
    }

    /// A character's readings, customary first, regardless of any word it
    /// stands in.
    public func readings(of scalar: Unicode.Scalar) -> [PinyinSyllable] {
        readingIDs(of: scalar.value).map { syllables[Int($0)] }
    }

    /// Toneless ids of every reading of a character: for polyphone-aware
    /// homophone tests (two names may sound alike under any reading).
    public func tonelessReadingIDs(of v: UInt32) -> [UInt16] {
        var out: [UInt16] = []
        for id in readingIDs(of: v) where !out.contains(tonelessID[Int(id)]) { out.append(tonelessID[Int(id)]) }
        return out
    }

    /// The toneless id of a syllable id.
    @inline(__always)
    public func tonelessID(of id: UInt16) -> UInt16 { tonelessID[Int(id)] }

    /// The ASCII toneless spelling of a toneless id (`lv`, `zhong`).
    public func tonelessKey(ofTonelessID id: UInt16) -> String { tonelessKeys[Int(id)] }

    // MARK: Names

    /// The syllable id of each scalar of `scalars` (nil for a scalar with no
    /// reading): the longest lexicon word at each position decides, else the
    /// character's customary reading. Also tells which scalars a lexicon word
    /// fixed, for polyphone-aware comparison.
    public func readingIDs(_ scalars: [UInt32]) -> (ids: [UInt16?], fixed: [Bool]) {
        var ids = [UInt16?](repeating: nil, count: scalars.count)
        var fixed = [Bool](repeating: false, count: scalars.count)
        var i = 0
        while i < scalars.count {
            let v = scalars[i]
            if lexiconFirsts.contains(v), let candidates = lexicon[v] {
                var matched = false
                for (word, wordIDs) in candidates where i + word.count <= scalars.count {
                    var k = 1
                    while k < word.count, scalars[i + k] == word[k] { k += 1 }
                    if k == word.count {
                        for j in 0..<word.count {
                            ids[i + j] = wordIDs[j]
                            fixed[i + j] = word.count > 1
                        }
                        i += word.count
                        matched = true
                        break
                    }
                }
                if matched { continue }
            }
            ids[i] = readingIDs(of: v).first
            i += 1
        }
        return (ids, fixed)
    }

    /// How a name is read: one token per Han character, one per run of other
    /// characters (digits, Latin letters) passed through unchanged.
    public func reading(of name: some StringProtocol) -> PinyinReading {
        let scalars = name.unicodeScalars.map(\.value)
        let (ids, _) = readingIDs(scalars)
        var tokens: [PinyinReading.Token] = []
        var run = String.UnicodeScalarView()
        var runStart = 0
        func flush(_ end: Int) {
            if !run.isEmpty {
                tokens.append(PinyinReading.Token(text: String(run), range: runStart..<end, syllable: nil))
                run = String.UnicodeScalarView()
            }
        }
        for (i, v) in scalars.enumerated() {
            if let id = ids[i] {
                flush(i)
                tokens.append(
                    PinyinReading.Token(
                        text: String(Unicode.Scalar(v)!), range: i..<i + 1, syllable: syllables[Int(id)]))
            } else if ScalarClass.isWhitespace(v) {
                flush(i)
            } else {
                if run.isEmpty { runStart = i }
                run.append(Unicode.Scalar(v)!)
            }
        }
        flush(scalars.count)
        return PinyinReading(tokens: tokens)
    }

    /// The comparison key of a name: toneless ASCII syllables, one per Han
    /// character, separated by single spaces; other characters are kept as
    /// they are (letters lowercased), runs of them as one token. 西安路 gives
    /// "xi an lu", 先路 "xian lu": the separator keeps them apart.
    public func tonelessKey(_ name: some StringProtocol) -> String {
        let scalars = name.unicodeScalars.map(\.value)
        let (ids, _) = readingIDs(scalars)
        var out = ""
        out.reserveCapacity(scalars.count * 4)
        var lastWasOther = false
        for (i, v) in scalars.enumerated() {
            if let id = ids[i] {
                if !out.isEmpty { out.append(" ") }
                out.append(tonelessKeys[Int(tonelessID[Int(id)])])
                lastWasOther = false
            } else if ScalarClass.isWhitespace(v) {
                lastWasOther = false
            } else {
                if !lastWasOther, !out.isEmpty { out.append(" ") }
                let lower = (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v
                out.unicodeScalars.append(Unicode.Scalar(lower)!)
                lastWasOther = true
            }
        }
        return out
    }

    /// The same key as integers, for hashing and blocking without building
    /// strings: a Han character gives `0x8000_0000 | toneless id`, any other
    /// scalar its own value (letters lowercased, spaces dropped).
    public func keyCodes(_ name: some StringProtocol) -> [UInt32] {
        let scalars = name.unicodeScalars.map(\.value)
        let (ids, _) = readingIDs(scalars)
        var out: [UInt32] = []
        out.reserveCapacity(scalars.count)
        for (i, v) in scalars.enumerated() {
            if let id = ids[i] {
                out.append(0x8000_0000 | UInt32(tonelessID[Int(id)]))
            } else if !ScalarClass.isWhitespace(v) {
                out.append((v >= 0x41 && v <= 0x5A) ? v | 0x20 : v)
            }
        }
        return out
    }

    /// The name with tone marks, syllables separated by spaces: 厦门 → "xià mén".
    public func toneMarked(_ name: some StringProtocol) -> String {
        reading(of: name).tokens.map { $0.syllable?.marked ?? $0.text }.joined(separator: " ")
    }
}
