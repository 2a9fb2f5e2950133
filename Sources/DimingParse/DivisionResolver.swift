import DimingCore

/// Resolves the administrative part of an address against the gazetteer.
///
/// Legacy addresses name divisions every way at once: in full (浙江省台州市黄岩区),
/// by abbreviation (台州黄岩), with levels missing (黄岩区 alone), by names that
/// no longer exist (黄岩县, 襄樊市, 柳州地区), and by names that several places
/// share (朝阳区, 鼓楼区). The resolver turns a sequence of such names into the
/// current division with its full chain, keeps what was written, says how it
/// got there, and refuses to guess when the text does not decide.
public struct DivisionResolver: Sendable {
    /// How a written name was recognised.
    public enum Via: String, Sendable, Equatable {
        /// The division's own name (黄岩区).
        case name
        /// Its short name (黄岩, 浙江).
        case shortName
        /// A superseded division whose successor is known (襄樊市 → 襄阳市).
        case formerName
        /// An old name from the dated change list (柳州地区 → 来宾市, 柳州市).
        case changeList
        /// An older generic form of a current name (黄岩县 for 黄岩区), inferred
        /// because counties are regularly made districts or cities; flagged so
        /// the reader can check it.
        case inferredFormerName
    }

    /// One division a written name may stand for.
    public struct Candidate: Sendable, Equatable {
        /// The current division the name leads to.
        public var code: String
        public var level: DivisionLevel
        public var via: Via
        /// Where `code` sits in the resolver's parent table: ancestor tests,
        /// asked for every pair of candidates, then need no string lookups.
        var index: Int32 = -1
    }

    /// The outcome for a sequence of names.
    public struct Resolution: Sendable, Equatable {
        /// The deepest division the names decide, or nil.
        public var code: String?
        /// Its current names from the province down.
        public var names: [String]
        /// Every division the names could equally mean, when they do not decide (more than one).
        public var alternatives: [String]
        /// Things a clerk should know: renamed divisions, inferred levels, conflicts.
        public var notes: [String]

        public var isAmbiguous: Bool { alternatives.count > 1 }
        /// `code`'s number in the resolver's tables (-1: none), so that the
        /// parser looks up what it needs about it without hashing the code.
        var codeIndex: Int32 = -1
        /// The deepest name was a superseded one (江干区 → 上城区): its towns
        /// may now lie anywhere in the city, as the old district was split.
        var viaFormerName = false
    }

    /// The current names of a division's province, city and county (those
    /// of its chain that exist), by level.
    struct RankNames: Sendable {
        var province: String?
        var city: String?
        var county: String?
    }

    private let divisions: [String: Division]
    /// Division codes by number, and each one's parent by number (-1: none).
    private let codeIndex: [String: Int32]
    private let parentIndex: [Int32]
    /// By code number, computed once: the current names from the province
    /// down, and the same names by level.
    private let chainsByIndex: [[String]]
    private let rankNamesByIndex: [RankNames]
    private var byName: [String: [Candidate]] = [:]
    /// Longest indexed name, in Unicode scalars, to bound scanning.
    public private(set) var longestName = 0

    public init(gazetteer: Gazetteer) {
        var divisions: [String: Division] = [:]
        for division in gazetteer.divisions where divisions[division.code] == nil {
            divisions[division.code] = division
        }
        self.divisions = divisions
        var codeIndex: [String: Int32] = [:]
        for code in divisions.keys.sorted() { codeIndex[code] = Int32(codeIndex.count) }
        var parentIndex = [Int32](repeating: -1, count: codeIndex.count)
        var chainsByIndex = [[String]](repeating: [], count: codeIndex.count)
        var rankNamesByIndex = [RankNames](repeating: RankNames(), count: codeIndex.count)
        for (code, i) in codeIndex {
            let division = divisions[code]!
            if let parent = division.parentCode, let p = codeIndex[parent] { parentIndex[Int(i)] = p }
            chainsByIndex[Int(i)] = Self.path(of: code, in: divisions)
            var names = RankNames()
            var next: String? = code
            var steps = 0  // a step limit guards against a cycle in the data
            while let c = next, steps < 16, let d = divisions[c] {
                switch d.level {
                case .province: names.province = d.name
                case .city: names.city = d.name
                case .county: names.county = d.name
                default: break
                }
                next = d.parentCode
                steps += 1
            }
            rankNamesByIndex[Int(i)] = names
        }
        self.codeIndex = codeIndex
        self.parentIndex = parentIndex
        self.chainsByIndex = chainsByIndex
        self.rankNamesByIndex = rankNamesByIndex

        func current(_ code: String) -> Division? {
            var seen = Set<String>()
            var division = divisions[code]
            while let d = division, d.status == .superseded, let next = d.successorCode, seen.insert(d.code).inserted {
                division = divisions[next]
            }
            return division?.status == .current ? division : nil
        }

        // In code order, so that candidates, and with them warnings, come out
        // the same in every run (dictionary order changes from run to run).
        let ordered = divisions.values.sorted { $0.code < $1.code }
        for division in ordered {
            if division.status == .current {
                add(division.name, Candidate(code: division.code, level: division.level, via: .name))
                if division.shortName.unicodeScalars.count >= 2, division.shortName != division.name {
                    add(division.shortName, Candidate(code: division.code, level: division.level, via: .shortName))
                }
            } else if let successor = current(division.code) {
                add(division.name, Candidate(code: successor.code, level: successor.level, via: .formerName))
                // 江东 for 江东区: legacy addresses shorten former names as much as current ones.
                if division.shortName.unicodeScalars.count >= 2, division.shortName != division.name {
                    add(division.shortName, Candidate(code: successor.code, level: successor.level, via: .formerName))
                }
            }
        }
        // Old names in the change list: the old path's last name leads to the
        // new division; an old parent (a 地区 that was split) leads to every
        // division that took over its counties.
        var currentByPath: [[String]: String] = [:]
        for division in divisions.values where division.status == .current {
            currentByPath[Self.path(of: division.code, in: divisions)] = division.code
        }
        let currentNames = Set(divisions.values.lazy.filter { $0.status == .current }.map(\.name))
        for change in gazetteer.changes {
            guard let newCode = change.newCode.flatMap(current)?.code ?? currentByPath[change.newPath] else { continue }
            guard let newDivision = divisions[newCode] else { continue }
            if let oldName = change.oldPath.last, oldName != newDivision.name {
                add(oldName, Candidate(code: newCode, level: newDivision.level, via: .changeList))
            }
            if change.oldPath.count >= 2, change.newPath.count == change.oldPath.count,
                let oldParent = change.oldPath.dropLast().last, let newParentCode = newDivision.parentCode,
                let newParent = divisions[newParentCode], oldParent != newParent.name,
                !currentNames.contains(oldParent)
            {
                add(oldParent, Candidate(code: newParentCode, level: newParent.level, via: .changeList))
            }
        }
        // 黄岩区 was 黄岩县: county-level names change their generic word when a
        // county becomes a district or a city. Add the other forms where no
        // division of that name exists.
        let generics = ["县", "市", "区"]
        for division in ordered where division.status == .current && division.level == .county {
            guard let last = division.name.last, generics.contains(String(last)) else { continue }
            let stem = String(division.name.dropLast())
            guard stem.count >= 2 else { continue }
            for generic in generics where generic != String(last) {
                let alias = stem + generic
                if byName[alias] == nil {
                    add(alias, Candidate(code: division.code, level: division.level, via: .inferredFormerName))
                }
            }
        }
    }

    private mutating func add(_ name: String, _ candidate: Candidate) {
        var candidate = candidate
        candidate.index = codeIndex[candidate.code] ?? -1
        var list = byName[name, default: []]
        if !list.contains(where: { $0.code == candidate.code }) {
            list.append(candidate)
            byName[name] = list
        }
        longestName = max(longestName, name.unicodeScalars.count)
    }

    private static func path(of code: String, in divisions: [String: Division]) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        var next: String? = code
        while let c = next, let d = divisions[c], seen.insert(c).inserted {
            names.insert(d.name, at: 0)
            next = d.parentCode
        }
        return names
    }

    /// The divisions a written name may stand for (empty when it names none).
    public func candidates(for name: String) -> [Candidate] {
        byName[name] ?? []
    }

    /// Every name the resolver knows (for callers that build their own index).
    public var indexedNames: [String] { Array(byName.keys) }

    /// The current names of `code` and its ancestors, province first.
    public func chain(of code: String) -> [String] {
        codeIndex[code].map { chainsByIndex[Int($0)] } ?? Self.path(of: code, in: divisions)
    }

    /// Whether `ancestor` is `candidate`'s division or one of its ancestors.
    public func contains(_ ancestor: Candidate, _ candidate: Candidate) -> Bool {
        guard ancestor.index >= 0, candidate.index >= 0 else { return contains(ancestor.code, candidate.code) }
        var next = candidate.index
        var steps = 0
        while next >= 0, steps < 16 {
            if next == ancestor.index { return true }
            next = parentIndex[Int(next)]
            steps += 1
        }
        return false
    }

    public func division(_ code: String) -> Division? { divisions[code] }

    /// How many divisions the resolver numbers.
    var divisionCount: Int { parentIndex.count }

    /// The number of `code` in the resolver's tables.
    func index(of code: String) -> Int32? { codeIndex[code] }

    /// The names by level of the division numbered `index`.
    func rankNames(_ index: Int32) -> RankNames { rankNamesByIndex[Int(index)] }

    /// The number of the parent of the division numbered `index` (-1: none).
    func parentIndex(of index: Int32) -> Int32 { parentIndex[Int(index)] }

    /// Whether `ancestor` is `code` itself or one of its ancestors.
    public func contains(_ ancestor: String, _ code: String) -> Bool {
        // A step limit instead of a visited set guards against a cycle in the
        // data: the parser asks this for every pair of candidates, and a set
        // per call was a tenth of its time.
        var next: String? = code
        var steps = 0
        while let c = next, steps < 16 {
            if c == ancestor { return true }
            next = divisions[c]?.parentCode
            steps += 1
        }
        return false
    }

    /// Resolves names written in order, coarse to fine (浙江, 台州, 黄岩).
    ///
    /// The deepest name decides among its candidates those that lie inside
    /// some candidate of every earlier name; more than one left is ambiguous,
    /// and nothing is guessed. Names that contradict the rest are reported and
    /// set aside.
    public func resolve(_ names: [String]) -> Resolution {
        resolve(names, candidates: names.map { candidates(for: $0) })
    }

    /// As `resolve(_:)`, with each name's candidates already looked up (the
    /// parser has them from its own index).
    public func resolve(_ names: [String], candidates found: [[Candidate]]) -> Resolution {
        var notes: [String] = []
        var sets = found
        var writtenNames = names
        // Names the gazetteer does not know are reported and set aside (the
        // parser only passes known ones, so this is rarely taken).
        if found.contains(where: { $0.isEmpty }) {
            for (name, set) in zip(names, found) where set.isEmpty {
                notes.append(name + " is not a division in the gazetteer")
            }
            let known = zip(names, found).filter { !$0.1.isEmpty }
            sets = known.map(\.1)
            writtenNames = known.map(\.0)
        }
        guard let last = sets.last else { return Resolution(code: nil, names: [], alternatives: [], notes: notes) }

        // Keep, for the deepest name, the candidates every earlier name contains.
        var deepest = last.filter { candidate in
            sets.dropLast().allSatisfy { earlier in earlier.contains { contains($0, candidate) } }
        }
        if deepest.isEmpty {
            notes.append(writtenNames.joined() + " do not lie inside one another; resolved from " + writtenNames.last! + " alone")
            deepest = last
        }
        // Several names of the same place may remain (黄岩 as short name and as
        // inferred 黄岩县): one code is one answer.
        let target = deepest[0]
        if deepest.contains(where: { $0.code != target.code }) {
            // A coarser name can still narrow finer ones: 朝阳 alone is ambiguous,
            // 北京朝阳 is not, handled above; but 鼓楼区 with nothing before stays open.
            var codes: [String] = []
            for candidate in deepest where !codes.contains(candidate.code) { codes.append(candidate.code) }
            let options = codes.map { chain(of: $0).joined() }
            notes.append(writtenNames.last! + " could be " + options.joined(separator: ", ") + "; the address does not say which")
            return Resolution(code: nil, names: [], alternatives: codes, notes: notes)
        }
        let code = target.code
        let viaFormerName = target.via == .formerName || target.via == .changeList
        // Current names a former name was written for (鄞州区 for 江东区): not missing.
        var renamedTo: [String] = []
        for (name, set) in zip(writtenNames, sets) {
            guard let used = set.first(where: { contains($0, target) }) else { continue }
            switch used.via {
            case .formerName, .changeList:
                let now = divisions[used.code]?.name ?? used.code
                renamedTo.append(now)
                notes.append(name + " is now " + now)
            case .inferredFormerName:
                notes.append(name + " taken as the former name of " + (divisions[used.code]?.name ?? used.code))
            case .name, .shortName:
                break
            }
        }
        let chainNames = target.index >= 0 ? chainsByIndex[Int(target.index)] : chain(of: code)
        if chainNames.count > names.count {
            // Byte prefixes: division names are plain Han text, where String's
            // canonical-equivalence prefix test gives the same answer at a tenth of the cost.
            var missing = ""
            for full in chainNames
            where !renamedTo.contains(full) && !writtenNames.contains(where: { Self.hasBytePrefix(full, $0) || Self.hasBytePrefix($0, full) }) {
                missing += full
            }
            if !missing.isEmpty { notes.append("inferred " + missing) }
        }
        return Resolution(
            code: code, names: chainNames, alternatives: [code], notes: notes, codeIndex: target.index, viaFormerName: viaFormerName)
    }

    static func hasBytePrefix(_ text: String, _ prefix: String) -> Bool {
        var text = text
        var prefix = prefix
        return text.withUTF8 { t in
            prefix.withUTF8 { p in
                guard p.count <= t.count else { return false }
                for i in 0..<p.count where t[i] != p[i] { return false }
                return true
            }
        }
    }

    /// Division names that start at `position` in `scalars`, longest first,
    /// each with its candidates: how a parser finds the administrative prefix.
    public func names(startingAt position: Int, in scalars: [Unicode.Scalar]) -> [(length: Int, name: String, candidates: [Candidate])] {
        var found: [(Int, String, [Candidate])] = []
        var text = ""
        var length = 0
        while position + length < scalars.count && length < longestName {
            text.unicodeScalars.append(scalars[position + length])
            length += 1
            if let candidates = byName[text] { found.append((length, text, candidates)) }
        }
        return found.reversed()
    }
}
