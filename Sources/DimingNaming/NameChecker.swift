import DimingCore
import DimingParse
import DimingText

/// The naming rules that look at a name on its own (大, 洋, 怪, 封建, 通名,
/// 其他); duplicates and homophones need the registry and live in
/// `DuplicateIndex`.
///
/// Every rule fires on evidence the clerk can check — the listed word, the
/// character, the generic term, the stated size — and the allow-list and
/// the gazetteer's division names take precedence over a bare substring:
/// 中央大街 in Harbin is a protected name, 皇姑 is a district of Shenyang,
/// 克拉玛依 is a city and not a transliteration to be rejected.
public struct NameChecker: Sendable {
    public let lexicon: NamingLexicon
    public let pinyin: PinyinTable
    public let roads: RoadNameAnalyzer
    private let traditional: [Unicode.Scalar: Unicode.Scalar]
    private let simplifiedTargets: Set<Unicode.Scalar>
    /// Division names and short names (two characters or more).
    private let divisionNames: Set<String>
    private let longestDivisionName: Int
    /// Division code → the names a place name may start with that the
    /// duplicate rule ignores (city and county, full and short).
    private let localPrefixes: [String: [String]]
    /// Generic terms by class, longest first.
    private let genericsByClass: [NameClass: [NamingLexicon.ClassGeneric]]
    private let otherClassGenerics: [(generic: String, nameClass: NameClass)]
    private let wordMatcher: WordMatcher
    private let homophoneWords: [(word: NamingLexicon.Word, list: WordList, key: [UInt32])]

    enum WordList: Int, Sendable { case exaggerating, foreign, feudal, vulgar, listed }

    public init(
        lexicon: NamingLexicon, pinyin: PinyinTable, roads: RoadNameAnalyzer,
        traditional: [Unicode.Scalar: Unicode.Scalar] = [:], divisions: [Division] = []
    ) {
        self.lexicon = lexicon
        self.pinyin = pinyin
        self.roads = roads
        self.traditional = traditional
        self.simplifiedTargets = Set(traditional.values).subtracting(traditional.keys)
        var names: Set<String> = []
        var byCode: [String: Division] = [:]
        for d in divisions {
            byCode[d.code] = d
            for n in [d.name, d.shortName] where n.unicodeScalars.count >= 2 { names.insert(n) }
        }
        divisionNames = names
        longestDivisionName = names.map(\.unicodeScalars.count).max() ?? 0
        var prefixes: [String: [String]] = [:]
        for d in divisions where d.level == .county || d.level == .city {
            var list: [String] = []
            var code: String? = d.code
            while let c = code, let div = byCode[c], div.level != .province {
                list += [div.name, div.shortName].filter { $0.unicodeScalars.count >= 2 }
                code = div.parentCode
            }
            prefixes[d.code] = Array(Set(list)).sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        }
        localPrefixes = prefixes
        var byClass: [NameClass: [NamingLexicon.ClassGeneric]] = [:]
        for g in lexicon.classGenerics { byClass[g.nameClass, default: []].append(g) }
        for k in byClass.keys { byClass[k]!.sort { $0.generic.unicodeScalars.count > $1.generic.unicodeScalars.count } }
        genericsByClass = byClass
        otherClassGenerics = lexicon.classGenerics.map { ($0.generic, $0.nameClass) }
            .sorted { $0.generic.unicodeScalars.count > $1.generic.unicodeScalars.count }
        var entries: [(String, WordMatcher.Hit)] = []
        var homophones: [(NamingLexicon.Word, WordList, [UInt32])] = []
        let lists: [(WordList, [NamingLexicon.Word])] = [
            (.exaggerating, lexicon.exaggerating), (.foreign, lexicon.foreign), (.feudal, lexicon.feudal),
            (.vulgar, lexicon.vulgar),
            (.listed, lexicon.listed.map { .init(word: $0.word, severity: $0.severity, homophone: false, note: $0.kind.rawValue) }),
        ]
        for (list, words) in lists {
            for (i, w) in words.enumerated() {
                entries.append((w.word, WordMatcher.Hit(list: list.rawValue, index: i)))
                if w.homophone { homophones.append((w, list, pinyin.keyCodes(w.word))) }
            }
        }
        wordMatcher = WordMatcher(entries)
        homophoneWords = homophones.map { (word: $0.0, list: $0.1, key: $0.2) }
    }

    // MARK: Parts and spelling

    /// The longest generic of `nameClass` that `name` ends with.
    func classGeneric(of scalars: [Unicode.Scalar], nameClass: NameClass) -> NamingLexicon.ClassGeneric? {
        for g in genericsByClass[nameClass] ?? [] {
            let gs = Array(g.generic.unicodeScalars)
            if scalars.count >= gs.count, Array(scalars[(scalars.count - gs.count)...]) == gs { return g }
        }
        return nil
    }

    public func parts(of name: String, nameClass: NameClass) -> NameParts {
        if nameClass == .road {
            let p = roads.analyze(name)
            return NameParts(
                name: name, stem: p.stem, specific: p.specific, generic: p.generic + p.segment,
                spellingParts: p.spellingParts)
        }
        let scalars = Array(name.unicodeScalars)
        if let g = classGeneric(of: scalars, nameClass: nameClass) {
            let n = scalars.count - g.generic.unicodeScalars.count
            let specific = String(String.UnicodeScalarView(scalars[..<n]))
            return NameParts(
                name: name, stem: specific, specific: specific, generic: g.generic,
                spellingParts: [PlaceNamePart(.specific, specific), PlaceNamePart(.generic, g.generic)].filter { !$0.text.isEmpty })
        }
        return NameParts(name: name, stem: name, specific: name, generic: "", spellingParts: [PlaceNamePart(.specific, name)])
    }

    /// The GB/T 16159 romanisation of the name (专名 and 通名 apart, each
    /// capitalised).
    public func spelling(of name: String, nameClass: NameClass, toneMarks: Bool = false) -> String {
        pinyin.spelling(of: parts(of: name, nameClass: nameClass).spellingParts, toneMarks: toneMarks)
    }

    /// The city and county names (full and short) that a name in
    /// `divisionCode` may start with, longest first.
    public func localPrefixes(of divisionCode: String) -> [String] {
        localPrefixes[String(divisionCode.prefix(6))] ?? []
    }

    /// The name without a leading city or county name and then without a
    /// leading 新 or 大: two names equal in this form are the same name by the
    /// Tongling definition (同名).
    public func reducedName(_ name: String, divisionCode: String) -> String {
        var s = Substring(name)
        for p in localPrefixes(of: divisionCode) where s.hasPrefix(p) && s.count > p.count {
            s = s.dropFirst(p.count)
            break
        }
        // Only when a 专名 of two characters remains: 新华路 is not 华路.
        if (s.hasPrefix("新") || s.hasPrefix("大")) && s.count > 3 { s = s.dropFirst() }
        return String(s)
    }

    // MARK: Rules

    /// The findings of every rule that needs nothing but the name, its class,
    /// its division and any size facts stated.
    public func check(_ name: String, nameClass: NameClass, divisionCode: String, facts: SizeFacts = SizeFacts())
        -> [NamingFinding]
    {
        var findings: [NamingFinding] = []
        let scalars = Array(name.unicodeScalars)
        guard !scalars.isEmpty else {
            return [
                NamingFinding(
                    rule: "other.empty", category: .other, severity: .error, message: "The name is empty.", evidence: "")
            ]
        }
        let masked = divisionMask(scalars)
        let parts = self.parts(of: name, nameClass: nameClass)

        // 怪: Latin letters, digits, symbols, rare and traditional characters.
        let latin = scalars.filter { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A || ($0.value >= 0xFF21 && $0.value <= 0xFF5A) }
        if !latin.isEmpty {
            findings.append(
                NamingFinding(
                    rule: "guai.latin", category: .odd, severity: .error,
                    message: "The name contains Latin letters or pinyin; a standard name is written in Chinese characters only.",
                    evidence: String(String.UnicodeScalarView(latin))))
        }
        let specificScalars = Array(parts.specific.unicodeScalars)
        let digits = specificScalars.filter { ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0xFF10 && $0.value <= 0xFF19) }
        let isRing = parts.generic.hasPrefix("环")
        if !digits.isEmpty {
            let pure = specificScalars.allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0xFF10 && $0.value <= 0xFF19) }
            findings.append(
                NamingFinding(
                    rule: pure ? "guai.numeric" : "guai.digits", category: .odd, severity: .error,
                    message: pure
                        ? "The 专名 is only a number; a name needs a 专名 in words."
                        : "The 专名 mixes digits with characters (as in 加州1886 or 24克拉); write it in words.",
                    evidence: parts.specific))
        } else if nameClass == .road, !isRing, !specificScalars.isEmpty,
            RoadNameParts(name: name, specific: parts.specific).specificIsNumeric
        {
            findings.append(
                NamingFinding(
                    rule: "guai.numeric", category: .odd, severity: .error,
                    message: "The road has only an ordinal or a number as its 专名 (a bare ordinal such as 一路); give it a 专名.",
                    evidence: parts.specific))
        }
        let symbols = scalars.filter { s in
            !(isHan(s.value) || (s.value >= 0x30 && s.value <= 0x39) || (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A)
        }
        if !symbols.isEmpty {
            findings.append(
                NamingFinding(
                    rule: "guai.symbol", category: .odd, severity: .error,
                    message: "The name contains punctuation, symbols or spaces (such as · or -); a standard name has none.",
                    evidence: String(String.UnicodeScalarView(symbols))))
        }
        var rare: [Unicode.Scalar] = []
        for (i, s) in scalars.enumerated() where isHan(s.value) && !masked[i] && !lexicon.standardCharacters.contains(s) {
            if !rare.contains(s) { rare.append(s) }
        }
        if !rare.isEmpty, !lexicon.standardCharacters.isEmpty {
            findings.append(
                NamingFinding(
                    rule: "guai.rare", category: .odd, severity: .warning,
                    message: "The name uses characters outside the common standard character set (生僻字); check that a common character will do.",
                    evidence: String(String.UnicodeScalarView(rare))))
        }
        let trad = scalars.filter { traditional[$0] != nil }
        if !trad.isEmpty {
            let simplified = scalars.contains { simplifiedTargets.contains($0) }
            findings.append(
                NamingFinding(
                    rule: simplified ? "guai.mixed-script" : "guai.traditional", category: .odd,
                    severity: simplified ? .error : .warning,
                    message: simplified
                        ? "The name mixes traditional and simplified characters (繁简混搭)."
                        : "The name uses traditional characters; standard names use the simplified forms.",
                    evidence: String(String.UnicodeScalarView(trad))))
        }

        // Word lists: 大, 洋, 封建, vulgar, listed names.
        findings += wordFindings(scalars, masked: masked)

        // 洋: a run of transliteration characters.
        var run: [Int] = []
        var reportedRun = false
        for i in 0...scalars.count {
            if i < scalars.count, lexicon.transliteration.contains(scalars[i]), !masked[i] {
                run.append(i)
                continue
            }
            if run.count >= 3, !reportedRun,
                !findings.contains(where: { $0.rule == "yang.foreign" })
            {
                let text = String(String.UnicodeScalarView(run.map { scalars[$0] }))
                findings.append(
                    NamingFinding(
                        rule: "yang.transliteration", category: .foreign, severity: .warning,
                        message: "\(text) reads like a transliterated foreign word; place names should not use foreign names or words.",
                        evidence: text))
                reportedRun = true
            }
            run = []
        }

        // 通名.
        findings += genericFindings(name, scalars, parts: parts, nameClass: nameClass, facts: facts)

        // Exemptions.
        let exemptions = lexicon.exemptions.filter { $0.name == name && divisionCode.hasPrefix($0.divisionPrefix) }
        if !exemptions.isEmpty {
            findings.removeAll { f in exemptions.contains { $0.covers(rule: f.rule) } }
        }
        return findings
    }

    /// The names of the allow-list entries that exempt `name` in `divisionCode`,
    /// with their reasons (shown in naming opinions).
    public func exemptions(for name: String, divisionCode: String) -> [NamingLexicon.Exemption] {
        lexicon.exemptions.filter { $0.name == name && divisionCode.hasPrefix($0.divisionPrefix) }
    }

    private func isHan(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x3FFFF, 0xF900...0xFAFF, 0x3007: return true
        default: return false
        }
    }

    /// Which characters lie inside a division name of the gazetteer.
    private func divisionMask(_ s: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: s.count)
        guard longestDivisionName >= 2 else { return mask }
        for i in 0..<s.count {
            var n = min(longestDivisionName, s.count - i)
            while n >= 2 {
                if divisionNames.contains(String(String.UnicodeScalarView(s[i..<i + n]))) {
                    for k in i..<i + n { mask[k] = true }
                    break
                }
                n -= 1
            }
        }
        return mask
    }

    private func wordFindings(_ s: [Unicode.Scalar], masked: [Bool]) -> [NamingFinding] {
        var hits: [(range: Range<Int>, list: WordList, word: NamingLexicon.Word, homophone: Bool)] = []
        wordMatcher.matches(in: s) { range, hit in
            guard let list = WordList(rawValue: hit.list) else { return }
            if range.allSatisfy({ masked[$0] }) { return }
            hits.append((range, list, word(list, hit.index), false))
        }
        if !homophoneWords.isEmpty {
            let codes = pinyin.keyCodes(String(String.UnicodeScalarView(s)))
            if codes.count == s.count {
                for (w, list, key) in homophoneWords where key.count <= codes.count {
                    for start in 0...(codes.count - key.count) where Array(codes[start..<start + key.count]) == key {
                        let range = start..<start + key.count
                        if hits.contains(where: { $0.list == list && $0.range == range }) { continue }
                        if range.allSatisfy({ masked[$0] }) { continue }
                        hits.append((range, list, w, true))
                    }
                }
            }
        }
        // A word inside a longer hit of the same list adds nothing (皇 in 皇庭).
        hits = hits.filter { h in
            !hits.contains { o in
                o.list == h.list && o.range != h.range && o.range.lowerBound <= h.range.lowerBound
                    && o.range.upperBound >= h.range.upperBound
            }
        }
        var seen: Set<String> = []
        var out: [NamingFinding] = []
        for h in hits {
            let text = String(String.UnicodeScalarView(s[h.range]))
            guard seen.insert("\(h.list.rawValue)|\(text)").inserted else { continue }
            out.append(finding(list: h.list, word: h.word, text: text, homophone: h.homophone))
        }
        return out
    }

    private func word(_ list: WordList, _ i: Int) -> NamingLexicon.Word {
        switch list {
        case .exaggerating: return lexicon.exaggerating[i]
        case .foreign: return lexicon.foreign[i]
        case .feudal: return lexicon.feudal[i]
        case .vulgar: return lexicon.vulgar[i]
        case .listed:
            let l = lexicon.listed[i]
            return .init(word: l.word, severity: l.severity, homophone: false, note: l.kind.rawValue)
        }
    }

    private func finding(list: WordList, word: NamingLexicon.Word, text: String, homophone: Bool) -> NamingFinding {
        let sounds = homophone && text != word.word ? "\(text) sounds like \(word.word); " : ""
        switch list {
        case .exaggerating:
            return NamingFinding(
                rule: homophone && text != word.word ? "da.homophone" : "da.word", category: .exaggerated, severity: word.severity,
                message: "\(sounds)\(word.word) exaggerates the feature's size, rank or function (大); such words need approval and are not used for ordinary features.",
                evidence: text)
        case .foreign:
            return NamingFinding(
                rule: "yang.foreign", category: .foreign, severity: word.severity,
                message: "\(word.word) is a foreign place or person name or a transliterated foreign word (洋)\(word.note.isEmpty ? "" : ": \(word.note)").",
                evidence: text)
        case .feudal:
            return NamingFinding(
                rule: "feudal.word", category: .feudal, severity: word.severity,
                message: "\(word.word) carries feudal colour (emperors, palaces, old titles).", evidence: text)
        case .vulgar:
            return NamingFinding(
                rule: "guai.vulgar", category: .odd, severity: word.severity,
                message: "\(word.word) is vulgar, ominous or demeaning; a name must be healthy in meaning.", evidence: text)
        case .listed:
            return NamingFinding(
                rule: "other.listed", category: .other, severity: word.severity,
                message: "\(word.word) is a listed \(word.note) name; place names may not use person, enterprise or trademark names.",
                evidence: text)
        }
    }

    private func genericFindings(
        _ name: String, _ s: [Unicode.Scalar], parts: NameParts, nameClass: NameClass, facts: SizeFacts
    ) -> [NamingFinding] {
        var out: [NamingFinding] = []
        let hasGeneric = !parts.generic.isEmpty
        if hasGeneric && parts.specific.isEmpty {
            out.append(
                NamingFinding(
                    rule: "generic.alone", category: .generic, severity: .error,
                    message: "The name is only a generic term (\(parts.generic)); it needs a 专名.", evidence: parts.generic))
            return out
        }
        if !hasGeneric && nameClass != .other {
            // A generic of another class at the end: the wrong class, not a
            // missing generic.
            if let other = otherClassGenerics.first(where: { g in
                g.nameClass != nameClass && name.hasSuffix(g.generic) && name != g.generic
            }) {
                out.append(
                    NamingFinding(
                        rule: "generic.class", category: .generic, severity: .warning,
                        message: "\(other.generic) is a generic term for a \(other.nameClass.rawValue) name, not for a \(nameClass.rawValue); the generic must match the feature.",
                        evidence: other.generic))
            } else if nameClass != .road || roads.generic(endingOf: name) == nil {
                out.append(
                    NamingFinding(
                        rule: "generic.missing", category: .generic, severity: .warning,
                        message: "The name has no generic term of its class (\(examples(nameClass))); a name is 专名 + 通名.",
                        evidence: name))
            }
        }
        // Stacked generics (××大厦广场, ××苑公寓).
        if hasGeneric, nameClass == .residential || nameClass == .building {
            let rest = Array(parts.specific.unicodeScalars)
            for inner in [NameClass.residential, .building] {
                if let g = classGeneric(of: rest, nameClass: inner) {
                    let n = g.generic.unicodeScalars.count
                    if rest.count - n >= (n == 1 ? 2 : 1) {
                        out.append(
                            NamingFinding(
                                rule: "generic.stacked", category: .generic, severity: .warning,
                                message: "Two generic terms are stacked (\(g.generic)\(parts.generic)); keep one.",
                                evidence: g.generic + parts.generic))
                        break
                    }
                }
            }
        }
        // Size: judged on the facts stated; asked for where the generic
        // claims a size and the facts to decide are missing (大桥).
        if hasGeneric, let entry = lexicon.classGenerics.first(where: {
            $0.generic == (nameClass == .road ? roads.analyze(name).generic : parts.generic) && $0.nameClass == nameClass
        }), let rule = entry.size, entry.asksForSize, rule.isMet(by: facts) == nil {
            let needed = rule.alternatives.flatMap { $0.map(\.fact) }.filter { facts[$0] == nil }
            var seen: Set<SizeFacts.Fact> = []
            let options = needed.filter { seen.insert($0).inserted }.map { "--\($0.rawValue.replacingAll("_", with: "-"))" }
            out.append(
                NamingFinding(
                    rule: "da.size-unstated", category: .exaggerated, severity: .warning,
                    message: "\(entry.generic) is only for a feature of \(describe(rule)), and the proposal does not say how big it is; state it (\(options.joined(separator: ", "))) so the size can be checked, or choose a generic that claims no size.",
                    evidence: "\(entry.generic): \(rule.text)"))
        }
        if hasGeneric, !facts.isEmpty {
            let generic = nameClass == .road ? roads.analyze(name).generic : parts.generic
            if let rule = lexicon.classGenerics.first(where: { $0.generic == generic && $0.nameClass == nameClass })?.size,
                rule.isMet(by: facts) == false
            {
                let stated = SizeFacts.Fact.allCases.compactMap { f in facts[f].map { "\(f.label) \(format($0))" } }
                out.append(
                    NamingFinding(
                        rule: "da.size", category: .exaggerated, severity: .error,
                        message: "\(generic) requires \(describe(rule)); the proposal states \(stated.joined(separator: ", ")). Choose a generic that fits the feature's size.",
                        evidence: "\(generic): \(rule.text)"))
            }
        }
        return out
    }

    private func examples(_ c: NameClass) -> String {
        if c == .road { return "路, 街, 巷 …" }
        return (genericsByClass[c] ?? []).prefix(4).map(\.generic).joined(separator: ", ") + " …"
    }

    private func format(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(x)
    }

    private func describe(_ rule: SizeRule) -> String {
        rule.alternatives.map { alt in
            alt.map { "\($0.fact.label) \($0.comparison.rawValue) \(format($0.value))" }.joined(separator: " and ")
        }.joined(separator: ", or ")
    }
}
