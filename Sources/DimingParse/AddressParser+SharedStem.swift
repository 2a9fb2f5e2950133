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
    static func sharedStemDivisions(_ gazetteer: Gazetteer, _ resolver: DivisionResolver) -> [Bool] {
        // Town names sorted by scalar value: a prefix's towns are one run.
        var names: [([Unicode.Scalar], String)] = gazetteer.towns.map { (Array($0.name.unicodeScalars), $0.countyCode) }
        names.sort { $0.0.lexicographicallyPrecedes($1.0) { $0.value < $1.value } }
        var shared = [Bool](repeating: false, count: resolver.divisionCount)
        for division in gazetteer.divisions where division.level == .county {
            let stem = Array(division.shortName.unicodeScalars)
            guard stem.count >= 2, let index = resolver.index(of: division.code) else { continue }
            // The first town not before the stem.
            var low = 0
            var high = names.count
            while low < high {
                let mid = (low + high) / 2
                if names[mid].0.lexicographicallyPrecedes(stem, by: { $0.value < $1.value }) { low = mid + 1 } else { high = mid }
            }
            var count = 0
            var k = low
            while k < names.count, names[k].0.starts(with: stem), count < sharedStemTownCount {
                if names[k].1 != division.code { count += 1 }
                k += 1
            }
            shared[Int(index)] = count >= sharedStemTownCount
        }
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
