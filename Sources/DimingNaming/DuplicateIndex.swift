import DimingText

/// The registry's names keyed every way the duplicate rules compare them, so
/// that checking a name is a handful of dictionary probes and an audit of a
/// whole registry never compares all pairs.
///
/// Keys: the name itself; the name without a leading city or county name and
/// 新/大 (the Tongling definition of 同名); the 专名 stem (青龙 of 青龙路 and
/// 青龙街); the toneless pinyin, under the customary reading and the second
/// reading of each polyphone (同音, polyphone-aware); and the name with one
/// character deleted (names one character apart).
public struct DuplicateIndex: Sendable {
    public let names: [RegisteredName]
    private let checker: NameChecker
    private var exact: [String: [Int32]] = [:]
    private var reduced: [String: [Int32]] = [:]
    private var stems: [String: [Int32]] = [:]
    private var sounds: [[UInt32]: [Int32]] = [:]
    private var deletions: [String: [Int32]] = [:]
    private var generics: [String] = []

    /// Names of three characters or more in the 专名 take part in the
    /// one-character-apart rule: below that, nearly every pair of short names
    /// (人民路, 人和路) would be reported.
    static let minimumSpecificForNearMatch = 3
    /// Alternative pinyin keys per name are capped: a name full of polyphones
    /// would otherwise produce thousands.
    static let maximumSoundKeys = 8

    public init(names: [RegisteredName], checker: NameChecker) {
        self.names = names
        self.checker = checker
        generics.reserveCapacity(names.count)
        for (i, n) in names.enumerated() {
            let id = Int32(i)
            exact[n.name, default: []].append(id)
            let r = checker.reducedName(n.name, divisionCode: n.divisionCode)
            if r != n.name { reduced[r, default: []].append(id) }
            let parts = checker.parts(of: n.name, nameClass: n.nameClass)
            generics.append(parts.generic)
            if !parts.generic.isEmpty, !parts.stem.isEmpty { stems[parts.stem, default: []].append(id) }
            for key in soundKeys(n.name) { sounds[key, default: []].append(id) }
            if parts.specific.unicodeScalars.count >= Self.minimumSpecificForNearMatch {
                for d in Self.deletions(of: n.name) { deletions[d, default: []].append(id) }
            }
        }
    }

    /// The pinyin keys of a name: customary readings, then each polyphone
    /// not fixed by the place lexicon read its second way, up to the cap.
    func soundKeys(_ name: String) -> [[UInt32]] {
        Self.soundKeys(name, pinyin: checker.pinyin)
    }

    static func soundKeys(_ name: String, pinyin table: PinyinTable) -> [[UInt32]] {
        let scalars = name.unicodeScalars.map(\.value)
        let (ids, fixed) = table.readingIDs(scalars)
        var base: [UInt32] = []
        var options: [(position: Int, alternative: UInt32)] = []
        for (i, v) in scalars.enumerated() {
            if let id = ids[i] {
                let t = table.tonelessID(of: id)
                base.append(0x8000_0000 | UInt32(t))
                if !fixed[i] {
                    let all = table.tonelessReadingIDs(of: v).prefix(2)
                    if let other = all.first(where: { $0 != t }) { options.append((base.count - 1, 0x8000_0000 | UInt32(other))) }
                }
            } else if !(v == 0x20 || v == 0x3000) {
                base.append((v >= 0x41 && v <= 0x5A) ? v | 0x20 : v)
            }
        }
        var keys = [base]
        for option in options {
            for k in keys where keys.count < Self.maximumSoundKeys {
                var alt = k
                alt[option.position] = option.alternative
                keys.append(alt)
            }
        }
        return keys
    }

    static func deletions(of name: String) -> [String] {
        let s = Array(name.unicodeScalars)
        guard s.count >= 2 else { return [] }
        return (0..<s.count).map { i in
            var t = s
            t.remove(at: i)
            return String(String.UnicodeScalarView(t))
        }
    }

    /// The duplicate and homophone findings of `name` against the indexed
    /// names of its class group within `scope`, leaving out `excluding` (the
    /// name's own registry row in an audit).
    public func findings(
        for name: String, nameClass: NameClass, divisionCode: String, scope: NamingScope, excluding: String? = nil
    ) -> [NamingFinding] {
        let prefix = scope.prefix(of: divisionCode)
        let group = nameClass.duplicateGroup
        func inScope(_ i: Int32) -> Bool {
            let n = names[Int(i)]
            return n.ref != excluding && group.contains(n.nameClass) && n.divisionCode.hasPrefix(prefix)
        }
        var reported: Set<Int32> = []
        var out: [NamingFinding] = []
        func report(_ ids: [Int32]?, rule: String, severity: FindingSeverity, _ message: (RegisteredName) -> String) {
            guard let ids else { return }
            for i in ids where inScope(i) && !reported.contains(i) {
                reported.insert(i)
                let n = names[Int(i)]
                out.append(
                    NamingFinding(
                        rule: rule, category: .duplicate, severity: severity, message: message(n),
                        evidence: "\(n.name) (\(n.nameClass.rawValue) \(n.ref), division \(n.divisionCode))"))
            }
        }
        let scopeWord = scope.word
        report(exact[name], rule: "chong.identical", severity: .error) { _ in
            "The same name is already registered in this \(scopeWord); names must not repeat within it."
        }
        let r = checker.reducedName(name, divisionCode: divisionCode)
        report(exact[r], rule: "chong.reduced", severity: .error) { n in
            "\(name) differs from the registered \(n.name) only by a city or county name or a 新/大 prefix, which counts as the same name."
        }
        report(reduced[r], rule: "chong.reduced", severity: .error) { n in
            "\(name) and the registered \(n.name) are the same once a city or county name or a 新/大 prefix is dropped."
        }
        let parts = checker.parts(of: name, nameClass: nameClass)
        if !parts.generic.isEmpty, !parts.stem.isEmpty, let ids = stems[parts.stem] {
            let other = ids.filter { generics[Int($0)] != parts.generic }
            report(other, rule: "chong.generic", severity: .warning) { n in
                "\(name) has the same 专名 as the registered \(n.name) with another generic term; people will confuse them."
            }
        }
        let myKeys = soundKeys(name)
        for (k, key) in myKeys.enumerated() {
            report(sounds[key], rule: "chong.homophone", severity: .warning) { n in
                let reading = key.map { $0 & 0x8000_0000 != 0 ? checker.pinyin.tonelessKey(ofTonelessID: UInt16($0 & 0xFFFF)) : String(Unicode.Scalar($0).map(Character.init) ?? " ") }
                    .joined(separator: " ")
                return "\(name) sounds the same as the registered \(n.name) (\(reading)\(k > 0 ? ", reading a polyphone another way" : "")); names should not sound alike."
            }
        }
        if parts.specific.unicodeScalars.count >= Self.minimumSpecificForNearMatch
            || name.unicodeScalars.count >= Self.minimumSpecificForNearMatch + 2
        {
            var near: [Int32] = []
            let mine = Array(name.unicodeScalars)
            for d in Self.deletions(of: name) {
                near += exact[d] ?? []
                near += deletions[d] ?? []
            }
            near += deletions[name] ?? []
            near = near.filter { Self.oneApart(mine, Array(names[Int($0)].name.unicodeScalars)) }
            report(near, rule: "chong.near", severity: .warning) { n in
                "\(name) is one character away from the registered \(n.name); people will confuse them."
            }
        }
        return out
    }

    /// Edit distance exactly 1 (one substitution, insertion or deletion).
    static func oneApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            var diff = 0
            for i in 0..<a.count where a[i] != b[i] {
                diff += 1
                if diff > 1 { return false }
            }
            return diff == 1
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count, long[i] == short[i] { i += 1 }
        return Array(long[(i + 1)...]) == Array(short[i...])
    }
}
