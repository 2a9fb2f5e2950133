import DimingCore

extension AddressParser {
    /// Towns elsewhere whose names start with a county's short name before
    /// the short name, bare at the head of a line, stops being read as that
    /// county when a place follows.
    static let sharedStemTownCount = 4

    /// For each division of `resolver` (by number), whether it is a county
    /// whose short name is also the start of many towns' names outside it
    /// (黄龙, 东方, 西湖, 江北: 黄龙镇, 东方红镇, 西湖街道 … in other
    /// provinces). Such a name alone at the head of a line says little about
    /// the county; 义乌, 萧山, 柯桥 start no other town's name and do.
    /// One pass over the towns, looking up each one's first two and three
    /// scalars among the short names: sorting the 43,000 names instead was
    /// a twelfth of the parser's start-up.
    static func sharedStemDivisions(_ gazetteer: Gazetteer, _ resolver: DivisionResolver) -> [Bool] {
        struct Stem {
            var index: Int32
            var code: String
            var scalars: [Unicode.Scalar]
            var elsewhere = 0
        }
        // Two or three scalars in one number (Han scalars take 21 bits each);
        // a longer short name is found by its first three and checked whole.
        func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar? = nil) -> UInt64 {
            let two = UInt64(a.value) << 21 | UInt64(b.value)
            return c.map { 1 << 63 | two << 21 | UInt64($0.value) } ?? two
        }
        var stems: [Stem] = []
        var byKey: [UInt64: [Int]] = [:]
        for division in gazetteer.divisions where division.level == .county {
            let scalars = Array(division.shortName.unicodeScalars)
            guard scalars.count >= 2, let index = resolver.index(of: division.code) else { continue }
            let k = scalars.count == 2 ? key(scalars[0], scalars[1]) : key(scalars[0], scalars[1], scalars[2])
            byKey[k, default: []].append(stems.count)
            stems.append(Stem(index: index, code: division.code, scalars: scalars))
        }
        for town in gazetteer.towns {
            var it = town.name.unicodeScalars.makeIterator()
            guard let a = it.next(), let b = it.next() else { continue }
            for slot in byKey[key(a, b)] ?? [] where stems[slot].code != town.countyCode { stems[slot].elsewhere += 1 }
            guard let c = it.next(), let slots = byKey[key(a, b, c)] else { continue }
            for slot in slots where stems[slot].code != town.countyCode
                && (stems[slot].scalars.count == 3 || town.name.unicodeScalars.starts(with: stems[slot].scalars))
            {
                stems[slot].elsewhere += 1
            }
        }
        var shared = [Bool](repeating: false, count: resolver.divisionCount)
        for stem in stems where stem.elsewhere >= sharedStemTownCount { shared[Int(stem.index)] = true }
        return shared
    }

    /// Whether a county's bare short name at the head of a line, with no
    /// province or city before it, starts a place's name instead (黄龙 +
    /// 家电市场, 西湖 + 人家): the name is shared with many towns elsewhere,
    /// no town of the county or deeper division follows, and the first
    /// generic word after it ends a place, not a road, town or village.
    func sharedStemStartsPlace(_ candidates: [DivisionResolver.Candidate], at after: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard after < s.count, Self.isNameScalar(s[after]),
            candidates.allSatisfy({ $0.index >= 0 && Self.rank($0.level) == 2 && sharedStem[Int($0.index)] })
        else { return false }
        var p = after
        while p < s.count, Self.isNameScalar(s[p]) {
            if let word = lexicon.suffix(at: p, in: s) {
                guard word.label == .poi || word.label == .subpoi, p > after else { return false }
                return divisionNames(at: after, s).isEmpty && !startsTown(of: candidates, at: after, s)
            }
            p += 1
        }
        return false
    }
}
