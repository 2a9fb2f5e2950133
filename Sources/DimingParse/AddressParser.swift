import DimingCore
import DimingText

/// Turns one address line into labelled components (LABELS.md scheme), the
/// resolved division and a normalized full address.
///
/// The line is normalized first (DimingText); the parser scans the normalized
/// text left to right and maps every span back to the input with the
/// normalizer's offset map, so offsets always refer to what was typed.
/// 1. Administrative prefix: country, then division names from the resolver,
///    coarse to fine, each consistent with the ones before; a repeated name is
///    redundant; a short name followed by a lower-level generic (东城 + 街道)
///    is not a division.
/// 2. The rest: numbers with their unit word (118号, 12幢, 3单元, 5层, 1001室),
///    stand-alone words (附近, 对面), towns of the resolved county, and name
///    text cut at the generic words of gazetteer/parsing/words.tsv.
public struct AddressParser: Sendable {
    public let resolver: DivisionResolver
    public let normalizer: Normalizer
    public let lexicon: ParsingLexicon
    /// Town names (东城街道) and their stems (东城), each with the counties and
    /// cities (by number, see `townKeyByIndex`) that have them.
    let townIndex: ScalarTrie<TownEntry>
    /// The same numbers by the resolver's code numbers (nil: no towns).
    let townKeyByIndex: [Int32?]
    /// The resolver's names by scalars, for lookups without building strings.
    private let divisionIndex: DivisionNameIndex
    /// By the resolver's code numbers: a county whose short name starts many
    /// towns' names elsewhere (see `sharedStemDivisions`).
    let sharedStem: [Bool]
    /// By the resolver's code numbers: a county whose bare name reads as its
    /// seat town (see `seatTown`).
    let seatTownByIndex: [Int32: SeatTownReading]

    struct TownEntry: Sendable {
        var full: [Int32] = []
        var stem: [Int32] = []
    }

    struct Piece {
        var label: AddressLabel
        var range: Range<Int>
        var value: String?
    }

    public init(gazetteer: Gazetteer, normalizer: Normalizer, lexicon: ParsingLexicon) {
        let resolver = DivisionResolver(gazetteer: gazetteer)
        self.resolver = resolver
        self.normalizer = normalizer
        self.lexicon = lexicon
        var parents: [String: String] = [:]
        for division in gazetteer.divisions { parents[division.code] = division.parentCode }
        var townKeys: [String: Int32] = [:]
        func key(_ code: String) -> Int32 {
            if let known = townKeys[code] { return known }
            let id = Int32(townKeys.count)
            townKeys[code] = id
            return id
        }
        // Built in the trie itself: keying a dictionary by 43,000 Han names
        // hashed and compared them with Unicode normalization, most of the
        // parser's start-up.
        var townIndex = ScalarTrie<TownEntry>()
        for town in gazetteer.towns {
            let county = key(town.countyCode)
            let city = parents[town.countyCode].map(key)
            var stem: String?
            let scalars = town.name.unicodeScalars
            for generic in Self.townGenerics where scalars.count > generic.count && scalars.suffix(generic.count).elementsEqual(generic) {
                if scalars.count - generic.count >= 2 { stem = String(Substring(scalars.dropLast(generic.count))) }
                break
            }
            townIndex.modify(town.name, initial: TownEntry()) { entry in
                for id in [county, city].compactMap({ $0 }) where !entry.full.contains(id) { entry.full.append(id) }
            }
            if let stem {
                townIndex.modify(stem, initial: TownEntry()) { entry in
                    for id in [county, city].compactMap({ $0 }) where !entry.stem.contains(id) { entry.stem.append(id) }
                }
            }
        }
        self.townIndex = townIndex
        var townKeyByIndex = [Int32?](repeating: nil, count: resolver.divisionCount)
        for (code, key) in townKeys {
            if let i = resolver.index(of: code) { townKeyByIndex[Int(i)] = key }
        }
        self.townKeyByIndex = townKeyByIndex
        self.divisionIndex = DivisionNameIndex(resolver: resolver, misspellings: lexicon.misspellings)
        self.sharedStem = Self.sharedStemDivisions(gazetteer, resolver)
        self.seatTownByIndex = Self.seatTownReadings(lexicon.seatTowns, gazetteer, resolver)
    }

    public init(gazetteer: Gazetteer, tables: NormalizationTables, lexicon: ParsingLexicon) {
        // Repeated administrative names stay in the text: the parser labels
        // them redundant rather than letting them vanish.
        let rules = NormalizationRule.allCases.filter { $0 != .repeatedPrefix }
        self.init(gazetteer: gazetteer, normalizer: Normalizer(tables: tables, rules: rules), lexicon: lexicon)
    }

    // MARK: - Character classes

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return true }
        if v < 0x85 || (v >= 0x4E00 && v <= 0x9FFF) { return false }  // no table lookup for ASCII and common Han
        return s.properties.isWhitespace
    }
    /// Text that can be part of a name: letters of any script other than ASCII
    /// (Han, including characters beyond the BMP).
    static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x4E00 && v <= 0x9FFF { return true }  // the common Han block, without a table lookup
        return v >= 0x80 && s.properties.isAlphabetic
    }
    // Scalar classes as switches, not `Set<Unicode.Scalar>`: they are asked
    // for nearly every scalar of every line, and hashing was a tenth of the time.

    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "-", "_", ",", ";", "，", "、", "；", "。", ".", "/", "\\", "|", ":", "：", "~", "?", "？", "!", "！", "*": return true
        default: return false
        }
    }

    /// Generic words of towns, whose stems (下沙 for 下沙街道) are also looked for.
    static let townGenerics: [[Unicode.Scalar]] = [Array("街道".unicodeScalars), ["镇"], ["乡"]]

    static func isDivisionGeneric(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "省", "市", "区", "县", "盟", "旗": return true
        default: return false
        }
    }

    static func rank(_ level: DivisionLevel) -> Int {
        switch level {
        case .province: return 0
        case .city: return 1
        case .county: return 2
        default: return 3
        }
    }

    /// `candidates` without those `keep` rejects. Most names have one or two
    /// candidates and all of them stay: then the same array comes back, with
    /// no allocation.
    @inline(__always)
    static func keeping(
        _ candidates: [DivisionResolver.Candidate], _ keep: (DivisionResolver.Candidate) -> Bool
    ) -> [DivisionResolver.Candidate] {
        if candidates.allSatisfy(keep) { return candidates }
        return candidates.filter(keep)
    }

    static func minimumRank(_ candidates: [DivisionResolver.Candidate]) -> Int? {
        var best: Int?
        for c in candidates {
            let r = rank(c.level)
            if best == nil || r < best! { best = r }
        }
        return best
    }

    static func label(forRank rank: Int) -> AddressLabel {
        switch rank {
        case 0: return .prov
        case 1: return .city
        default: return .district
        }
    }

    // MARK: - Parsing

    func analyze(_ line: String) -> Analysis {
        let normalized = normalizer.normalize(line)
        let s = normalized.scalars
        let n = s.count
        var warnings = normalized.warnings.map { $0.description }
        var pieces: [Piece] = []
        pieces.reserveCapacity(24)
        var pos = 0

        // Symbols or emoji before the address proper.
        while pos < n, !Self.isNameScalar(s[pos]), !Self.isDigit(s[pos]), !Self.isLatin(s[pos]), !Self.isSpace(s[pos]),
            !Self.isSeparator(s[pos])
        {
            let start = pos
            while pos < n, !Self.isNameScalar(s[pos]), !Self.isDigit(s[pos]), !Self.isLatin(s[pos]), !Self.isSpace(s[pos]),
                !Self.isSeparator(s[pos])
            {
                pos += 1
            }
            pieces.append(Piece(label: .redundant, range: start..<pos, value: nil))
        }

        // A town, road or company written before the full chain (崇溪镇云南省昭通市…,
        // 得力集团宁波江北工业园浙江省宁波市…): the address proper starts at the chain.
        if let chain = laterChainStart(from: pos, s) {
            var chunk = pos
            for i in pos...chain where i == chain || Self.isSeparator(s[i]) || Self.isSpace(s[i]) {
                if i > chunk { pieces.append(Piece(label: .redundant, range: chunk..<i, value: nil)) }
                chunk = i + 1
            }
            pos = chain
        }

        // 1. Administrative prefix.
        var admin = Admin()
        pos = adminPrefix(from: pos, s, &pieces, &admin)
        // A chain that stops at a few characters of other text and goes on, or
        // starts again, after them (浙江 + 两字 + / + 杭州市江干区): the text between
        // is meaningless material.
        if pos > 0, pos < n, pieces.contains(where: { $0.label == .prov || $0.label == .city || $0.label == .country }),
            // Cheap tests first: a later chain has a generic word (省 市 区 县 州)
            // soon, and a province's or city's name starts within the window.
            (min(n, pos + 2)..<min(n, pos + 14)).contains(where: { Self.isDivisionGeneric(s[$0]) || s[$0] == "州" }),
            startsProvinceOrCity(in: pos + 1..<min(n, pos + 5), s),
            let chain = laterChainStart(from: pos, s, within: 5)
        {
            var chunk = pos
            let firstJunk = pieces.count
            for i in pos...chain where i == chain || Self.isSeparator(s[i]) || Self.isSpace(s[i]) {
                if i > chunk { pieces.append(Piece(label: .redundant, range: chunk..<i, value: nil)) }
                if i < chain, Self.isSeparator(s[i]) { pieces.append(Piece(label: .redundant, range: i..<(i + 1), value: nil)) }
                chunk = i + 1
            }
            let chainStart = admin.firstPiece
            pos = adminPrefix(from: chain, s, &pieces, &admin)
            if admin.firstPiece == chainStart {
                // The chain went on or was repeated, not started again: a town
                // between (阿扎镇 + 那曲地区嘉黎县 again) is the chain's town.
                for i in firstJunk..<pieces.count where pieces[i].label == .redundant && pieces[i].range.count > 2 {
                    if lexicon.suffix(at: pieces[i].range.upperBound - 1, in: s)?.label == .town
                        || lexicon.suffix(at: pieces[i].range.upperBound - 2, in: s)?.label == .town
                    {
                        pieces[i].label = .town
                    }
                    break
                }
            }
        }
        // Resolve the chain.
        var division: ParsedDivision?
        var townKey: Int32?
        var cityTownKey: Int32?
        if !admin.names.isEmpty {
            let resolution = resolver.resolve(admin.names, candidates: admin.written)
            warnings.append(contentsOf: resolution.notes)
            // The resolved chain's names by rank (province, city, county), in
            // local slots: a dictionary per line cost its allocations.
            var chainByRank = DivisionResolver.RankNames()
            if let code = resolution.code {
                division = ParsedDivision(code: code, names: resolution.names)
                if resolution.codeIndex >= 0 {
                    chainByRank = resolver.rankNames(resolution.codeIndex)
                    townKey = townKeyByIndex[Int(resolution.codeIndex)]
                    let parent = resolver.parentIndex(of: resolution.codeIndex)
                    if parent >= 0, let cityKey = townKeyByIndex[Int(parent)] {
                        if resolution.viaFormerName { townKey = cityKey } else { cityTownKey = cityKey }
                    }
                }
            } else if resolution.isAmbiguous {
                warnings.append("ambiguous division: \(admin.names.joined())")
                if let last = admin.sets.last { townKey = townKeyOfAmbiguousCounty(last, at: pos, s) }
            }
            for (index, set) in zip(admin.pieces, admin.sets) {
                if pieces[index].label == .town, let town = pieces[index].value {
                    // A seat town standing for its county keeps the town's name.
                    if let county = division?.names.last {
                        warnings.append("\(String(String.UnicodeScalarView(s[pieces[index].range]))) read as \(town) of \(county)")
                    }
                    continue
                }
                let rank = Self.rank(set[0].level)
                let chainName: String?
                switch rank {
                case 0: chainName = chainByRank.province
                case 1: chainName = chainByRank.city
                case 2: chainName = chainByRank.county
                default: chainName = nil
                }
                if let name = chainName {
                    pieces[index].value = name
                } else {
                    // The value is known when every candidate carries the same name.
                    var only: String?
                    var agree = true
                    for candidate in set {
                        guard let name = resolver.division(candidate.code)?.name else { continue }
                        if only == nil { only = name } else if only != name { agree = false; break }
                    }
                    if agree, let only { pieces[index].value = only }
                }
            }
        }
        if admin.sawSlip { warnings.append(contentsOf: slipWarnings(pieces, s)) }
        if pos == n { keepFirstOfTwinChains(&pieces, s) }
        if !admin.names.isEmpty { keepFullerFirstChain(&pieces, s, divisionNames: division?.names) }

        // 2. The rest.
        // A line has few sub-numbers: a linear search beats hashing every number's position.
        let subNumbers = normalized.subNumbers
        var state = State()
        if let last = pieces.last(where: { $0.label != .redundant && $0.label != .country }) { state.last = last.label }
        while pos < n {
            if let last = pieces.last, last.label != .redundant, last.label != .assist, last.label != .otherinfo {
                state.last = last.label
            }
            pos = skipSeparators(pos, s, &pieces)
            guard pos < n else { break }
            let c = s[pos]
            if Self.isDigit(c) || Self.isLatin(c)
                || (Self.isChineseNumeral(c)
                    && (chineseNumberEnd(at: pos, s) != nil || aisleFollows(at: pos, s, pieces, state)
                        || chineseDoorplateFollows(at: pos, s, state)))
            {
                pos = number(at: pos, s, subNumbers, &pieces, &state)
                continue
            }
            if let end = directionUnitEnd(at: pos, s, &pieces, &state) {
                pos = end
                continue
            }
            if let word = lexicon.word(at: pos, in: s),
                word.label != .country || !countryStartsName(at: pos + word.length, s),
                word.label != .assist || !Self.villageNamedAfter(word, at: pos, s)
            {
                let end = pos + word.length
                pieces.append(Piece(label: word.label == .country ? .redundant : word.label, range: pos..<end, value: nil))
                pos = end
                continue
            }
            if !state.sawTown, !state.sawRoad, !state.sawPOI, let key = townKey, let end = townEnd(at: pos, s, key, city: cityTownKey) {
                pieces.append(Piece(label: .town, range: pos..<end, value: nil))
                state.sawTown = true
                state.sawSettlement = true
                pos = end
                continue
            }
            if townKey == nil, state.last == nil, !state.sawTown, let end = leadingTownStemEnd(at: pos, s) {
                pieces.append(Piece(label: .town, range: pos..<end, value: nil))
                state.sawTown = true
                state.sawSettlement = true
                pos = end
                continue
            }
            if !admin.sets.isEmpty, let repeated = repeatedDivision(at: pos, s, admin.sets) {
                pieces.append(Piece(label: .redundant, range: pos..<repeated, value: nil))
                pos = repeated
                continue
            }
            if c == "第", ordinalNumberEnd(at: pos, s) != nil {
                // 第12层, 第3201号: the ordinal word belongs to the number.
                let first = pieces.count
                let ordinal = pos
                pos = number(at: pos + 1, s, subNumbers, &pieces, &state)
                if pieces.count > first, pieces[first].range.lowerBound == ordinal + 1 {
                    pieces[first].range = ordinal..<pieces[first].range.upperBound
                }
                continue
            }
            if c == "城", urbanAreaAfterCounty(at: pos, s, pieces) {
                pieces.append(Piece(label: .redundant, range: pos..<(pos + 2), value: nil))
                pos += 2
                continue
            }
            if c == "商", pos + 1 < n, s[pos + 1] == "铺", let last = pieces.last, last.range.upperBound == pos,
                Self.isNumberLabel(last.label)
            {
                // 13号 商铺: the shop after its number is meaningless material.
                pieces.append(Piece(label: .redundant, range: pos..<(pos + 2), value: nil))
                pos += 2
                continue
            }
            if c == "和" || c == "跟", let last = pieces.last, last.range.upperBound == pos,
                last.label == .road || last.label == .subroad, roadFollows(at: pos + 1, s)
            {
                // 中山路 和 解放路: the two roads are joined by a locating word.
                pieces.append(Piece(label: .assist, range: pos..<(pos + 1), value: nil))
                pos += 1
                continue
            }
            if Self.isNameScalar(c) {
                pos = name(at: pos, s, &pieces, &state)
                continue
            }
            // Anything else (symbols, emoji, controls): meaningless material.
            var end = pos + 1
            while end < n, !Self.isDigit(s[end]), !Self.isLatin(s[end]), !Self.isNameScalar(s[end]), !Self.isSpace(s[end]),
                !Self.isSeparator(s[end])
            {
                end += 1
            }
            pieces.append(Piece(label: .redundant, range: pos..<end, value: nil))
            pos = end
        }

        if let key = townKey, !state.sawTown { splitTownStemFromRoad(&pieces, s, key: key) }
        relabel(&pieces, s)
        if admin.sets.count >= 2 { keepChainAfterTown(&pieces, s, admin) }
        joinPlaceNamePrefixes(&pieces, s)
        markVillageWithBuildings(&pieces, s, line, normalized.offsets)
        if state.sawLetteredSection { joinLetteredSections(&pieces, s) }
        joinNumberedBranch(&pieces, s)
        joinNumberedStore(&pieces, s)
        joinBasementFloor(&pieces, s)
        markRepeatedEstate(&pieces, s)
        markLaneEstates(&pieces, s)
        splitReceiverMark(&pieces, s)
        markPostalCode(&pieces, s)
        markCodeAfterDivisions(&pieces, s)
        markCourierNote(&pieces, s)
        joinNumberLists(&pieces, s)
        joinDoorplatePrefix(&pieces, s)
        markTenantAndRepeatedStem(&pieces, s)
        joinCountyNameIntoPlace(&pieces, s)
        splitLeadingTownFromLongPlace(&pieces, s)
        splitStrayNumberWord(&pieces, s)
        return Analysis(normalized: normalized, pieces: pieces, division: division, warnings: warnings)
    }

    /// Whether a province's or city's name starts somewhere in `range`. (A
    /// method, not a closure: a closure here copied the whole parser, and
    /// retained everything it holds, on every line that asked.)
    private func startsProvinceOrCity(in range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        for p in range {
            for found in divisionNames(at: p, s) where found.candidates.contains(where: { Self.rank($0.level) <= 1 }) {
                return true
            }
        }
        return false
    }

    /// The administrative chain being read.
    struct Admin {
        var names: [String] = []
        /// Every division each name may stand for, as the resolver wants them.
        var written: [[DivisionResolver.Candidate]] = []
        var sets: [[DivisionResolver.Candidate]] = []
        var pieces: [Int] = []
        var lastRank = -1
        /// Pieces from here on belong to the chain being read.
        var firstPiece = 0
        /// A name was read through a known slip (安微): the line gets a warning.
        var sawSlip = false

        /// Room for a chain of four names made once: growing the four lists
        /// name by name was half the parser's allocations.
        init() {
            names.reserveCapacity(4)
            written.reserveCapacity(4)
            sets.reserveCapacity(4)
            pieces.reserveCapacity(4)
        }

        /// A new chain starting at piece `firstPiece`, in the room of the old one.
        mutating func restart(at firstPiece: Int) {
            names.removeAll(keepingCapacity: true)
            written.removeAll(keepingCapacity: true)
            sets.removeAll(keepingCapacity: true)
            pieces.removeAll(keepingCapacity: true)
            lastRank = -1
            self.firstPiece = firstPiece
        }
    }

    /// Whether a written division name ends with a generic word (省 市 区 县 …).
    static func hasGeneric(_ name: String) -> Bool {
        guard let last = name.unicodeScalars.last else { return false }
        return isDivisionGeneric(last) || name.hasSuffix("自治州")
    }

    /// Reads country and division names from `start`; a second chain (浙江省
    /// 杭州市 written twice, or a sender's home province before the real one)
    /// turns the first into redundant material, as the later one is the address.
    private func adminPrefix(from start: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ admin: inout Admin) -> Int {
        let n = s.count
        var pos = start
        while pos < n {
            pos = skipSeparators(pos, s, &pieces)
            guard pos < n else { break }
            if let word = lexicon.word(at: pos, in: s), word.label == .redundant {
                let end = pos + word.length
                pieces.append(Piece(label: .redundant, range: pos..<end, value: nil))
                pos = end
                continue
            }
            if let word = lexicon.word(at: pos, in: s), word.label == .country {
                let end = pos + word.length
                // 中国轻纺城, 海宁市 + 中国皮革城: 中国 starting a name is the name's.
                if countryStartsName(at: end, s) { break }
                if !admin.names.isEmpty { restart(&pieces, &admin) }
                pieces.append(Piece(label: .country, range: pos..<end, value: "中国"))
                pos = end
                continue
            }
            var accepted = false
            var retry = false
            for found in divisionNames(at: pos, s) {
                var after = pos + found.length
                var generic = found.hasGeneric
                if !generic, let extra = genericAfter(found.candidates, at: after, s) {
                    // 广西省, 怒江州, 山南地区: a short name with a generic the gazetteer does not list.
                    after += extra
                    generic = true
                }
                var newDistrict = false
                if !generic, after + 1 < n, s[after] == "新", s[after + 1] == "区",
                    found.candidates.contains(where: { Self.rank($0.level) == 2 })
                {
                    // 光明新区, 龙华新区: a new district named after the county it was
                    // cut from (below the chain only: 余姚市 城东新区 is a place in 余姚).
                    after += 2
                    generic = true
                    newDistrict = true
                }
                if !generic, let next = lexicon.suffix(at: after, in: s),
                    (next.label != .poi && next.label != .subpoi) || next.length >= 2
                        || next.isCharacter("苑") || next.isCharacter("园")
                        // 新都 + 汇 + 16幢: a one-character estate generic with the
                        // estate's buildings after it.
                        || (after + 1 < n && Self.isDigit(s[after + 1])),
                    !divisionNames(at: after, s).contains(where: { $0.hasGeneric }),
                    // 杭州 + 学院路: a road named after a kind of place, not a place.
                    (next.label != .poi && next.label != .subpoi) || lexicon.suffix(at: after + next.length, in: s)?.label != .road
                {
                    // 东城 + 街道: a town, not 东城区; 澄江 + 工业区, 天水 + 家园: a place
                    // named after the county; but 宁波 + 镇海区 is two divisions.
                    continue
                }
                if !generic, after < n, lexicon.unit(at: after, in: s) != nil { continue }
                if !generic, shortNameStartsName(found.candidates, at: after, s) { continue }
                if !generic, admin.names.isEmpty, sharedStemStartsPlace(found.candidates, at: after, s) { continue }
                if !generic, after < n, s[after] == "山" || s[after] == "湖" || s[after] == "岛",
                    !found.candidates.contains(where: { Self.rank($0.level) < 2 }), divisionNames(at: after, s).isEmpty,
                    !startsTown(of: found.candidates, at: after, s)
                {
                    // 普陀 + 山, 九龙 + 湖: a mountain, lake or island named like the
                    // county, and the place named after it.
                    continue
                }
                if !generic, admin.names.isEmpty, let (county, reading) = seatTown(found.candidates, pos..<after, s) {
                    // 临平 + 星光街: the seat town, in the county's chain (see the helper).
                    admin.pieces.append(pieces.count)
                    pieces.append(Piece(label: .town, range: pos..<after, value: reading.town))
                    admin.names.append(found.name)
                    admin.written.append(found.candidates)
                    admin.sets.append([county])
                    admin.lastRank = 2
                    pos = after
                    accepted = true
                    break
                }
                // 福田市场: a market, not 福田市.
                if after < n, s[after] == "场", s[after - 1] == "市" { continue }
                if !generic, after < n, s[after] == "县", found.candidates.allSatisfy({ Self.rank($0.level) == 1 }),
                    divisionNames(at: pos, s).allSatisfy({ $0.length <= found.length })
                {
                    // 绍兴县, 遵义县: a county named after its city, since renamed.
                    break
                }
                let consistent = Self.keeping(found.candidates) { c in
                    admin.sets.allSatisfy { set in set.contains { resolver.contains($0, c) } }
                }
                let lastRank = admin.lastRank
                let deeper = Self.keeping(consistent) { Self.rank($0.level) > lastRank && Self.rank($0.level) < 3 }
                if deeper.isEmpty, newDistrict { continue }
                if deeper.isEmpty {
                    // Not below the chain so far: the same chain again, or another one.
                    guard !admin.names.isEmpty, found.candidates.contains(where: { Self.rank($0.level) < 3 }) else { continue }
                    let repeatedSet = admin.sets.lastIndex(where: { set in
                        set.contains { c in found.candidates.contains { $0.code == c.code } }
                    })
                    // A bare name followed by another division name is the chain again
                    // (浙江杭州), or another one; but a bare name that is not in the chain
                    // (临平 after 余杭区) needs one inside it to follow: 临平 + 朝阳东路
                    // is a place below the chain.
                    // The name repeats the chain's last name, written right before it.
                    let repeatsLast =
                        repeatedSet != nil && repeatedSet == admin.sets.count - 1
                        && admin.pieces[admin.sets.count - 1] == pieces.count - 1 && pieces[pieces.count - 1].range.upperBound == pos
                    let adjacentRepeat = repeatsLast && pieces[pieces.count - 1].range.count == after - pos
                    // 瑞安市瑞安 + 塘下, 拱墅区拱墅: the county's bare name right after
                    // its full writing is the same name again, unless a town's or
                    // zone's generic follows (余杭区余杭镇 names the town).
                    let shortRepeat =
                        !generic && repeatsLast
                        && Self.rank(admin.sets[admin.sets.count - 1][0].level) == 2
                        && pieces[pieces.count - 1].range.count > after - pos
                        && s[pos..<after].elementsEqual(s[pieces[pieces.count - 1].range.prefix(after - pos)])
                        && (after == n || !(Self.isDivisionGeneric(s[after]) || s[after] == "镇" || s[after] == "乡" || s[after] == "街"))
                    guard generic || adjacentRepeat || shortRepeat
                        || (repeatedSet != nil ? !divisionNames(at: after, s).isEmpty
                            : startsDeeperDivision(found.candidates, at: after, s, written: false))
                    else { continue }
                    let newRank = Self.minimumRank(found.candidates)!
                    if repeatedSet == nil, generic, newRank == 2,
                        let prefecture = prefectureOfSeat(before: found.candidates, pieces, s, admin)
                    {
                        // 湖南省吉首市 + 凤凰县: the seat stands for its prefecture (see the helper).
                        let last = admin.sets.count - 1
                        pieces[admin.pieces[last]].label = .city
                        admin.sets[last] = [prefecture]
                        admin.written[last] = [prefecture]
                        admin.names[last] = resolver.division(prefecture.code)?.name ?? admin.names[last]
                        admin.lastRank = 1
                        retry = true
                        break
                    }
                    if repeatsLast, let repeatedSet {
                        let previous = pieces[pieces.count - 1].range.count
                        // A city's name written twice the same way at the start
                        // (杭州市杭州市, and a municipality's: 上海市上海市) is mostly
                        // labelled with the first writing as the slip.
                        let sameCity = after - pos == previous && repeatedSet == 0
                            && (Self.minimumRank(admin.sets[0]) == 1 || pieces[pieces.count - 1].label == .city)
                        // 富阳市富阳区: a former name, then the current one, written
                        // in full; the current name stands, as it would first (上虞区上虞市).
                        let formerThenCurrent = generic && after - pos == previous
                            && admin.written[admin.written.count - 1].allSatisfy { $0.via != .name && $0.via != .shortName }
                            && found.candidates.contains { $0.via == .name }
                        if !formerThenCurrent, after - pos < previous || (after - pos == previous && generic && !sameCity) {
                            // 西湖区西湖区, 宁海县宁海: the second writing is the slip.
                            pieces.append(Piece(label: .redundant, range: pos..<after, value: nil))
                            pos = after
                            accepted = true
                            break
                        }
                        // 温州温州, 上海上海市: a name written twice in a row, the
                        // fuller one second; that one stands (read again below).
                        pieces[pieces.count - 1].label = .redundant
                        pieces[pieces.count - 1].value = nil
                        admin.names.removeLast()
                        admin.written.removeLast()
                        admin.sets.removeLast()
                        admin.pieces.removeLast()
                        admin.lastRank = admin.sets.last.map { Self.rank($0[0].level) } ?? -1
                        retry = true
                        break
                    } else if let repeatedSet, after - pos < pieces[admin.pieces[repeatedSet]].range.count {
                        // 浙江省温州市浙江温州市龙湾区: a name written again in a shorter
                        // form is the slip; the fuller writing stands and the chain
                        // goes on below it.
                        pieces.append(Piece(label: .redundant, range: pos..<after, value: nil))
                        pos = after
                        accepted = true
                        break
                    } else if repeatedSet == 0, generic, provinceRepeatedWithinChain(at: after, s, admin) {
                        // 浙江省温州市浙江省永嘉县, 浙江省某市某区浙江省某某街道: see the helper.
                        pieces.append(Piece(label: .redundant, range: pos..<after, value: nil))
                        pos = after
                        accepted = true
                        break
                    } else if newRank <= Self.rank(admin.sets[0][0].level)
                        || (repeatedSet == nil && generic && newRank <= admin.lastRank
                            && startsDeeperDivision(found.candidates, at: after, s))
                    {
                        // The chain written again (浙江省杭州市余杭区浙江省杭州市余杭区), or
                        // another one (a sender's home, then the real one): the later
                        // one stands, the earlier is redundant.
                        restart(&pieces, &admin)
                    } else if repeatedSet != nil {
                        // 杭州市余杭区杭州市余杭区 after 浙江省: the repetition is redundant.
                        pieces.append(Piece(label: .redundant, range: pos..<after, value: nil))
                        pos = after
                        accepted = true
                        break
                    } else {
                        continue
                    }
                }
                let candidates = deeper.isEmpty ? Self.keeping(found.candidates) { Self.rank($0.level) < 3 } : deeper
                guard let rank = Self.minimumRank(candidates) else { continue }
                let chosen = Self.keeping(candidates) { Self.rank($0.level) == rank }
                admin.pieces.append(pieces.count)
                // A municipality written in full (北京市, 重庆市) stands where a city does;
                // its bare name (上海) is the province-level unit.
                // Written bare (北京 + 朝阳区) it is labelled so too: addresses name
                // the city there, as 北京 上海市 names it twice.
                let isMunicipality = rank == 0 && found.entry.namesMunicipality
                var label = isMunicipality ? .city : Self.label(forRank: rank)
                if label == .district, found.entry.isZone { label = .devzone }
                pieces.append(Piece(label: label, range: pos..<after, value: nil))
                if found.entry.misspelt { admin.sawSlip = true }
                admin.names.append(found.name)
                admin.written.append(found.candidates)
                admin.sets.append(chosen)
                admin.lastRank = rank
                pos = after
                accepted = true
                break
            }
            if retry { continue }
            if !accepted {
                // A county-level name the gazetteer no longer has (江东区,
                // 绍兴县) right after its city: a district, unresolved.
                if admin.lastRank < 2, let end = formerDistrictEnd(at: pos, s),
                    // 湖州市八里店 + 区府路: the stem of one of the city's towns
                    // (八里店镇) before a road named 区… (区府路, 县前街), not a district.
                    !((end..<min(s.count, end + 2)).contains { lexicon.suffix(at: $0, in: s)?.label == .road }
                        && admin.sets.last.map { startsTown(of: $0, at: pos, s, length: end - 1 - pos) } == true)
                {
                    pieces.append(Piece(label: .district, range: pos..<end, value: nil))
                    admin.lastRank = 2
                    pos = end
                    continue
                }
                break
            }
        }
        return pos
    }

    /// Whether the text after a bare division name is one character and the
    /// generic word of a road, town or zone (皇姑 + 山路, 独山 + 港镇, 新安 +
    /// 江街道): such names have two characters or more of their own, so the
    /// division's name is the start of the road's or town's, not a division.
    /// Not when the character is a direction or ordinal before a longer
    /// generic (西大街, 南环路 are whole names), nor when a second generic follows (梁弄镇: 弄 + 镇); a
    /// generic that starts with a direction (东路, 三路) leaves a two-character
    /// road (文三路 after a city), so it counts only after a county's name
    /// (解放 + 东街).
    private func shortNameStartsName(_ candidates: [DivisionResolver.Candidate], at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard pos + 1 < s.count, Self.isNameScalar(s[pos]), let next = lexicon.suffix(at: pos + 1, in: s)
        else { return false }
        let countyOnly = !candidates.contains(where: { Self.rank($0.level) < 2 })
        // 西大街, 南环路: whole names; 解放 + 东街 after a county's name is not.
        if Self.isRoadQualifier(s[pos]), !countyOnly || next.length > 1 { return false }
        switch next.label {
        case .road, .town, .devzone: break
        default: return false
        }
        let end = pos + 1 + next.length
        if end < s.count, lexicon.suffix(at: end, in: s) != nil { return false }
        if Self.isRoadQualifier(s[pos + 1]), !countyOnly { return false }
        // 缙云 + 壶镇: a town of that county (壶镇镇), written without its generic.
        if next.label == .town, startsTown(of: candidates, at: pos, s, length: end - pos) { return false }
        return divisionNames(at: pos, s).isEmpty
    }

    /// Whether a town of one of `candidates` (in full or by its stem) starts
    /// at `pos`, of the given length when one is given; with `fullOnly`, only
    /// a town written with its generic (前所街道, not 前所).
    func startsTown(
        of candidates: [DivisionResolver.Candidate], at pos: Int, _ s: [Unicode.Scalar], length: Int? = nil,
        fullOnly: Bool = false
    ) -> Bool {
        candidates.contains { c in
            guard c.index >= 0, let key = townKeyByIndex[Int(c.index)] else { return false }
            var known = false
            townIndex.matches(at: pos, in: s) { found, entry in
                if length == nil || found == length, entry.full.contains(key) || (!fullOnly && entry.stem.contains(key)) {
                    known = true
                }
            }
            return known
        }
    }

    /// Whether a division inside one of `candidates`, written with its generic
    /// word, starts at `pos` (六安市 + 金安区).
    /// With `written` false the deeper name may be bare (浙江 + 杭州).
    private func startsDeeperDivision(
        _ candidates: [DivisionResolver.Candidate], at pos: Int, _ s: [Unicode.Scalar], written: Bool = true
    ) -> Bool {
        divisionNames(at: pos, s).contains { next in
            (next.hasGeneric || !written)
                && next.candidates.contains { c in candidates.contains { resolver.contains($0, c) && $0.code != c.code } }
        }
    }

    /// Where a chain of two divisions, one of them written with its generic
    /// word, starts within the first few scalars after `start`, when no
    /// division name stands at `start` itself; nil otherwise.
    private func laterChainStart(from start: Int, _ s: [Unicode.Scalar], within: Int = 40) -> Int? {
        let n = s.count
        let limit = min(n, start + 40)
        // Without a generic word of a province or city nearby there is no such chain.
        guard start < n, (start..<limit).contains(where: { Self.isDivisionGeneric(s[$0]) || s[$0] == "州" }),
            lexicon.word(at: start, in: s)?.label != .country,
            !divisionNames(at: start, s).contains(where: { found in
                // A chain already starts here (浙江台州, 黄岩区): nothing to skip. A
                // short name before a town word (北湖街道) is no chain.
                found.candidates.contains { Self.rank($0.level) < 3 }
                    && (found.hasGeneric || !divisionNames(at: start + found.length, s).isEmpty
                        || (lexicon.suffix(at: start + found.length, in: s)?.label != .town
                            && !shortNameStartsName(found.candidates, at: start + found.length, s)))
            })
        else { return nil }
        var p = start + 1
        while p < min(limit, start + within) {
            // Digits end the search in a short window: 12号 is an address's own.
            if within < 40, Self.isDigit(s[p]) { return nil }
            for found in divisionNames(at: p, s) {
                let top = Self.keeping(found.candidates) { Self.rank($0.level) <= 1 }
                if top.isEmpty, p - start <= 3, found.hasGeneric, found.length >= 3,
                    startsTown(of: Self.keeping(found.candidates) { Self.rank($0.level) == 2 }, at: p + found.length, s, fullOnly: true)
                {
                    // 台市 + 椒江区前所街道: a county in full with one of its towns in
                    // full right after it starts the address as a city does; the
                    // few characters before it are a slip.
                    return p
                }
                guard !top.isEmpty else { continue }
                var after = p + found.length
                var generic = found.hasGeneric
                if !generic, let extra = genericAfter(top, at: after, s) {
                    after += extra
                    generic = true
                }
                // 浙江省_台州市: separators may stand between the names.
                while after < n, Self.isSeparator(s[after]) || Self.isSpace(s[after]) { after += 1 }
                let next = divisionNames(at: after, s).contains { next in
                    (generic || next.hasGeneric)
                        && next.candidates.contains { c in top.contains { resolver.contains($0, c) && $0.code != c.code } }
                }
                if next { return p }
            }
            p += 1
        }
        return nil
    }

    /// Scalars of a generic word written after a short division name that the
    /// gazetteer does not list in that form (广西省, 怒江州, 山南地区), or nil.
    private func genericAfter(_ candidates: [DivisionResolver.Candidate], at pos: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard pos < s.count else { return nil }
        let has0 = candidates.contains { Self.rank($0.level) == 0 }
        if has0, s[pos] == "省" { return 1 }
        if candidates.contains(where: { Self.rank($0.level) == 2 }), s[pos] == "县" || s[pos] == "区" || s[pos] == "旗" {
            // 隆林县 for 隆林各族自治县, 浦东区 for 浦东新区.
            let generic = s[pos]
            if candidates.contains(where: { resolver.division($0.code)?.name.unicodeScalars.last == generic }) { return 1 }
        }

        if candidates.contains(where: { Self.rank($0.level) == 1 }) {
            if s[pos] == "州" || s[pos] == "盟" { return 1 }
            // 红河洲: 州 mistyped as its homophone, after an autonomous prefecture's
            // short name (红河州), where no name ends so.
            if s[pos] == "洲", candidates.contains(where: { c in
                Self.rank(c.level) == 1 && resolver.division(c.code)?.name.hasSuffix("自治州") == true
            }) {
                return 1
            }
            if s[pos] == "地", pos + 1 < s.count, s[pos + 1] == "区" { return 2 }
        }
        return nil
    }

    /// Earlier chain pieces become redundant; a new chain starts.
    private func restart(_ pieces: inout [Piece], _ admin: inout Admin) {
        for i in admin.firstPiece..<pieces.count {
            switch pieces[i].label {
            case .prov, .city, .district, .devzone, .town: pieces[i].label = .redundant
            default: break
            }
        }
        admin.restart(at: pieces.count)
    }

    static func isPositionWord(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "东", "西", "南", "北", "内", "口", "旁", "侧", "边", "里", "后", "前", "外", "中", "上", "下": return true
        default: return false
        }
    }

    static let zoneWords: Set<String> = [
        "小区", "园区", "社区", "校区", "景区", "厂区", "街区", "片区", "新区", "城区", "矿区", "营区", "林区", "发区", "业区", "住区", "辖区", "它区", "他区",
    ]

    /// Two or three name characters and 区 or 县, not a generic of a lower level.
    private func formerDistrictEnd(at pos: Int, _ s: [Unicode.Scalar]) -> Int? {
        for length in 2...3 {
            let end = pos + length
            guard end < s.count else { return nil }
            for i in pos..<end where !Self.isNameScalar(s[i]) { return nil }
            if s[end] == "区" || s[end] == "县" {
                // 小区, 园区, 开发区 … are estates and zones, not districts.
                let last = String(String.UnicodeScalarView([s[end - 1], s[end]]))
                if Self.zoneWords.contains(last) { return nil }
                // 青口北区, 柳青二区: a part of an estate (江北区, 江东区 are districts).
                if Self.isRoadQualifier(s[end - 1]), length == 3 || Self.isChineseNumeral(s[end - 1]) { return nil }
                return end + 1
            }
        }
        return nil
    }

    struct State {
        var sawRoad = false
        var sawRoadNumber = false
        var sawPOI = false
        var sawHouse = false
        var sawTown = false
        var afterBuilding = false
        var everRoad = false
        var sawSettlement = false
        var sawCommunity = false
        /// A section made of a letter or number and 区 was written (see `joinLetteredSections`).
        var sawLetteredSection = false
        /// The last structural piece (not redundant, assist, separators).
        var last: AddressLabel?
    }

    /// Division names starting at `position`, longest first (as the resolver's
    /// `names(startingAt:in:)`, without building strings).
    func divisionNames(at position: Int, _ s: [Unicode.Scalar]) -> DivisionNameIndex.Matches {
        divisionIndex.names(at: position, s)
    }

    /// A town of the division `key` written at `pos`, in full or by its stem
    /// (下沙 for 下沙街道) when no generic word follows the stem. A town of
    /// another county of the same city (`cityKey`) is read only when no town
    /// of `key` starts there: districts are redrawn (杭州 2021) and legacy
    /// addresses keep the old district before a town that has since moved.
    func townEnd(at pos: Int, _ s: [Unicode.Scalar], _ key: Int32, city cityKey: Int32?) -> Int? {
        var best: Int?
        var elsewhere: Int?
        var ownSeen = false
        townIndex.matches(at: pos, in: s) { length, entry in
            let end = pos + length
            let ownFull = entry.full.contains(key)
            let own = ownFull || entry.stem.contains(key)
            if own { ownSeen = true }
            // 龙镇大道, 乐乡大道: a road named after the town.
            if lexicon.suffix(at: end, in: s)?.label == .road, length < 3 || !roadWordStartsNextName(at: end, s) { return }
            let full: Bool
            if own {
                full = ownFull
            } else if let cityKey, entry.full.contains(cityKey) || entry.stem.contains(cityKey) {
                full = entry.full.contains(cityKey)
            } else {
                return
            }
            if !full, !stemStandsAlone(end: end, s) { return }
            if own { best = end } else { elsewhere = end }
        }
        return best ?? (ownSeen ? nil : elsewhere)
    }

    /// Whether a town's stem ending at `end` is the town and not the start of
    /// a longer name.
    private func stemStandsAlone(end: Int, _ s: [Unicode.Scalar]) -> Bool {
        if let next = lexicon.suffix(at: end, in: s), next.label != .subpoi { return false }
        if end < s.count, lexicon.unit(at: end, in: s) != nil { return false }
        // 控江路 (of 控江路街道) is the road; 九华 + 中大道 a road named after the town.
        if s[end - 1] == "路" || s[end - 1] == "街" || s[end - 1] == "道" { return false }
        if end < s.count, Self.isRoadQualifier(s[end]), lexicon.suffix(at: end + 1, in: s)?.label == .road { return false }
        // 九堡 + 家苑, 望江 + 新园: one character before an estate word is
        // too short a name of its own; the estate is named after the town.
        // So before a road's (某桥 + 塘路): the road is the town's name and one
        // more, unless the generic is a direction's (小港 + 兴中路) or another
        // road word follows it (瓯北 + 马道东路). So is an ordinal before a
        // village's generic (某某 + 一村, 二村): the numbered village is named
        // after the town.
        if end + 1 < s.count, Self.isNameScalar(s[end]), let word = lexicon.suffix(at: end + 1, in: s),
            word.label == .road
                ? !Self.isRoadQualifier(s[end + 1]) && lexicon.suffix(at: end + 1 + word.length, in: s)?.label != .road
                : word.label == .community
                    ? Self.isChineseNumeral(s[end])
                    : (word.label == .poi || word.label == .subpoi) && !weakInsideName(word, at: end + 1, s)
        {
            return false
        }
        return true
    }

    private func hasPrefix(_ word: [Unicode.Scalar], at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard pos + word.count <= s.count else { return false }
        for i in 0..<word.count where s[pos + i] != word[i] { return false }
        return true
    }

    private func skipSeparators(_ start: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece]) -> Int {
        var pos = start
        while pos < s.count {
            if Self.isSpace(s[pos]) {
                pos += 1
            } else if Self.isSeparator(s[pos]) {
                pieces.append(Piece(label: .redundant, range: pos..<(pos + 1), value: nil))
                pos += 1
            } else {
                break
            }
        }
        return pos
    }

    /// A division name already written (浙江省 again after 浙江省台州市): its end.
    private func repeatedDivision(at pos: Int, _ s: [Unicode.Scalar], _ sets: [[DivisionResolver.Candidate]]) -> Int? {
        for found in divisionNames(at: pos, s) {
            guard found.hasGeneric else { continue }
            if sets.contains(where: { set in set.contains { c in found.candidates.contains { $0.code == c.code } } }) {
                return pos + found.length
            }
        }
        return nil
    }

    /// Digits and Latin letters with their unit word.
    private func number(
        at start: Int, _ s: [Unicode.Scalar], _ subNumbers: [SubNumber], _ pieces: inout [Piece], _ state: inout State
    ) -> Int {
        let n = s.count
        if let sub = subNumbers.first(where: { $0.range.lowerBound == start }) {
            var end = sub.range.upperBound
            if end < n, let unit = lexicon.unit(at: end, in: s), unit.label == .roadno, unit.isCharacter("号") { end += 1 }
            let label: AddressLabel = (!state.sawRoadNumber && (state.sawRoad || !state.sawPOI)) ? .roadno : .houseno
            if label == .roadno { state.sawRoadNumber = true } else { state.sawHouse = true }
            if label == .roadno, let dash = (start..<sub.range.upperBound).first(where: { s[$0] == "-" }),
                (start..<dash).allSatisfy({ Self.isDigit(s[$0]) }),
                let digitsEnd = Optional((dash + 1..<end).first(where: { !Self.isDigit(s[$0]) }) ?? end),
                (digitsEnd..<end).allSatisfy({ s[$0] == "号" }),
                Self.dashPairSplits(start..<dash, (dash + 1)..<digitsEnd, s), !buildingFollows(at: end, s)
            {
                // 82-11号: doorplate 82, building 11 (see dashPairSplits).
                return emitDoorplateAndBuilding(start, dash: dash, end, &pieces, &state)
            }
            if label == .houseno, let split = splitEstateNumberPair(start, sub.range.upperBound, end, s, state, &pieces) { return split }
            if label == .roadno, let split = splitSubNumber(sub, start, end, s, &pieces, &state) { return split }
            pieces.append(Piece(label: label, range: start..<end, value: nil))
            return end
        }
        var end = start
        if Self.isChineseNumeral(s[start]) {
            while end < n, Self.isChineseNumeral(s[end]) { end += 1 }
        } else {
            while end < n, Self.isDigit(s[end]) || Self.isLatin(s[end]) { end += 1 }
            end = Self.numberEndBeforeLatinWord(start, end, s)
        }
        if let distanceEnd = distance(start: start, end: end, s, &pieces) {
            // A lone direction taken for an estate's name is the distance's now.
            state.sawPOI = pieces.contains { $0.label == .poi }
            return distanceEnd
        }
        if let word = lexicon.word(at: start, in: s), word.label == .redundant, word.length == end - start {
            pieces.append(Piece(label: .redundant, range: start..<end, value: nil))
            return end
        }
        // Latin letters inside a name (望京soho塔, 和N塑料): part of the name.
        if !Self.isDigit(s[start]), !(start..<end).contains(where: { Self.isDigit(s[$0]) }), end < n,
            Self.isNameScalar(s[end]), lexicon.unit(at: end, in: s) == nil, lexicon.suffix(at: end, in: s) == nil,
            start > 0, Self.isNameScalar(s[start - 1]), let last = pieces.last, last.range.upperBound == start,
            last.label == .poi || last.label == .subpoi || last.label == .person
        {
            let nameEnd = name(at: end, s, &pieces, &state)
            // Join the letters and what follows to the piece before.
            let added = pieces.removeLast()
            pieces[pieces.count - 1].range = pieces[pieces.count - 1].range.lowerBound..<added.range.upperBound
            return nameEnd
        }
        if !Self.isDigit(s[start]), let nameEnd = latinName(start: start, end: end, s, &pieces, &state) { return nameEnd }
        if let roomStart = floorBeforeRoom(start: start, end: end, s, &pieces, &state) { return roomStart }
        if end - start >= 2, end - start <= 4, s[end - 1] == "F" || s[end - 1] == "f",
            Self.isDigit(s[start]), Self.isDigit(s[end - 2]), Self.isDigit(s[start + 1]) || end - start == 2,
            end == n || !(s[end] == "-" || s[end] == "_")
        {
            // 7F, 12F, 115F: a floor written the English way.
            pieces.append(Piece(label: .floorno, range: start..<end, value: nil))
            state.sawHouse = true
            state.afterBuilding = true
            return end
        }
        if let roomEnd = buildingLetterRoom(start: start, end: end, s, &pieces, &state) { return roomEnd }
        if let brandEnd = tenantAfterFloor(start: start, end: end, s, &pieces, &state) { return brandEnd }
        if let chain = numberChain(start: start, end: end, s, &pieces, &state) { return chain }
        if end < n, Self.startsStallWord(s[end]), let stallEnd = stallWordEnd(start, end, s, state) {
            pieces.append(Piece(label: .roomno, range: start..<stallEnd, value: nil))
            state.sawHouse = true
            state.afterBuilding = true
            return stallEnd
        }
        if var unit = lexicon.unit(at: end, in: s), !numberedStreet(at: end, unit, s) {
            if unit.label == .subpoi, unit.length == 2, s[end] == "号", end + 2 < n,
                s[end + 2] == "卫" || s[end + 2] == "面" || s[end + 2] == "市"
            {
                // 1301号门卫, 477号门面: the number is 1301号; 门卫, 门面 are words of their own.
                unit = Self.bareNumberUnit
            } else if unit.length == 2, unit.first == "号", s[end + 1] == "之", !Self.subNumberFollows(at: end + 2, s) {
                // 1155号之江学院: 之 starts the name after the doorplate (号之一 needs a number).
                unit = Self.bareNumberUnit
            }
            var unitEnd = end + unit.length
            // 148号附近: the doorplate is 148号; 附近 is a word of its own.
            if unit.label == .roadno, unitEnd - end > 1, lexicon.word(at: end + 1, in: s)?.label == .assist { unitEnd = end + 1 }
            var label = unit.label
            switch unit.label {
            case .roadno:
                if unit.first == "号" {
                    label = doorplateLabel(state)
                    if label == .houseno, unitEnd == n, end - start >= 4, state.last == .poi || state.last == .subpoi {
                        // 浙江汽配城1550号 at the end: a shop or room number, not a building.
                        label = .roomno
                    } else if label == .cellno, Self.isRoomAfterBuilding(digits: end - start, endsLine: unitEnd == n) {
                        label = .roomno
                    } else if label == .roadno, state.last == .poi, estateBefore(start, unitEnd, s, pieces) || Self.roomFollows(at: unitEnd, s) {
                        label = .houseno
                    } else if label == .houseno, unitEnd == n, placeNameAfterChain(start, s, pieces, state) {
                        label = .roadno
                    }
                    if label == .houseno || label == .roadno, end - start >= 3, stallInMarket(start, unitEnd, s, pieces, state) {
                        label = .roomno
                    }
                } else if unit.isCharacter("弄"), state.last == .road, doorplateFollows(at: unitEnd, s) {
                    // 盛莫路1278弄298号: the lane is a road of its own, 298号 is on it.
                    label = .subroad
                } else if state.sawRoadNumber || !state.sawRoad {
                    label = .roadno
                }
            case .road:
                state.sawRoad = true
                state.sawRoadNumber = false
            case .floorno:
                if !state.afterBuilding, Self.isLetteredBuilding(start, end, unitEnd, s) { label = .houseno }
            case .subpoi:
                // 79号门: a numbered gate of the estate, or the place itself when none was named.
                if !state.sawPOI { label = .poi } else if state.afterBuilding && !Self.namesBuilding(state.last) || Self.isInsidePart(state) { label = .person }
                state.sawPOI = true
            default: break
            }
            if label == .houseno, let wing = wingAfterBuilding(start, unitEnd, s, pieces) { label = wing }
            switch label {
            case .roadno, .subroadno: state.sawRoadNumber = true
            case .houseno, .cellno, .floorno, .roomno: state.sawHouse = true; state.afterBuilding = true
            default: break
            }
            pieces.append(Piece(label: label, range: start..<unitEnd, value: nil))
            return unitEnd
        }
        // A numbered lane or street: 3巷, 11街, 6号大街, 西园5路.
        var roadAt = end
        if end < n, s[end] == "号", lexicon.suffix(at: end + 1, in: s)?.label == .road { roadAt = end + 1 }
        if roadAt == end, !state.sawRoadNumber, isDoorplateWrittenWithLu(start, end, s, pieces) {
            pieces.append(Piece(label: .roadno, range: start..<(end + 1), value: nil))
            state.sawRoadNumber = true
            return end + 1
        }
        if roadAt < n, let suffix = lexicon.suffix(at: roadAt, in: s), suffix.label == .road {
            let suffixEnd = roadAt + suffix.length
            if state.afterBuilding, roadAt == end {
                // 国际商贸城 四区 六楼 7街 41050: a numbered aisle inside the building.
                pieces.append(Piece(label: .cellno, range: start..<suffixEnd, value: nil))
                return suffixEnd
            }
            if roadAt == end, suffix.length == 1, s[roadAt] == "街", Self.inMarket(pieces, s) {
                pieces.append(Piece(label: .cellno, range: start..<suffixEnd, value: nil))
                state.sawHouse = true
                state.afterBuilding = true
                return suffixEnd
            }
            var roadStart = start
            // 6号大街 is a numbered avenue of its own: the name before it stays apart.
            if roadAt == end, let last = pieces.last, last.range.upperBound == start, last.label == .poi || last.label == .subpoi,
                last.range.count <= 3
            {
                roadStart = last.range.lowerBound
                pieces.removeLast()
                state.sawPOI = pieces.contains { $0.label == .poi }
            } else if roadAt == end, let last = pieces.last, last.range.upperBound == start, last.label == .poi || last.label == .subpoi,
                let cut = numberedRoadStart(in: last.range, s)
            {
                // 某某工业区纬 5路: 纬5路 is the road, the estate ends at its word.
                roadStart = cut
                pieces[pieces.count - 1].range = last.range.lowerBound..<cut
            } else if roadAt > end, !state.sawTown, let last = pieces.last, last.range.upperBound == start, last.label == .poi,
                last.range.count <= 3
            {
                // 某地 6号大街: the short name before a numbered avenue is the area it runs through.
                pieces[pieces.count - 1].label = .town
                state.sawTown = true
                state.sawPOI = pieces.contains { $0.label == .poi }
            }
            emit(.road, roadStart..<suffixEnd, &pieces, &state)
            return suffixEnd
        }
        // A letter or number before a name suffix: A区, 3期 (not 店面, 阁楼 after a room number).
        if end < n, let suffix = lexicon.suffix(at: end, in: s), suffix.label == .subpoi || suffix.label == .poi,
            lexicon.word(at: end, in: s)?.label != .redundant
        {
            let suffixEnd = end + suffix.length
            let inside = state.afterBuilding && !Self.namesBuilding(state.last) || Self.isInsidePart(state)
            pieces.append(Piece(label: !state.sawPOI ? .poi : inside ? .person : .subpoi, range: start..<suffixEnd, value: nil))
            state.sawPOI = true
            if s[suffixEnd - 1] == "区" { state.sawLetteredSection = true }
            return suffixEnd
        }
        // Bare digits.
        let label: AddressLabel
        if state.afterBuilding {
            label = state.last == .houseno && Self.isUnitAfterBuilding(start: start, end: end, s) ? .cellno : .roomno
        } else if (state.sawRoad && !state.sawRoadNumber && !state.sawPOI)
            || (Self.isDigit(s[start]) && bareDoorplate(start: start, end: end, s, pieces, state))
        {
            label = .roadno
            state.sawRoadNumber = true
        } else if end < n, s[end] == "-" || s[end] == "_" {
            label = .houseno
            state.sawHouse = true
            state.afterBuilding = true
        } else if state.last == .poi || state.last == .subpoi, Self.isBuildingCode(start: start, end: end, s) {
            label = .houseno
            state.sawHouse = true
            state.afterBuilding = true
        } else {
            label = .roomno
        }
        pieces.append(Piece(label: label, range: start..<end, value: nil))
        return end
    }

    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百": return true
        default: return false
        }
    }

    /// The end of a number in Chinese numerals with a building, unit, floor or
    /// room word after it (七楼, 三单元), or nil.
    func chineseNumberEnd(at start: Int, _ s: [Unicode.Scalar]) -> Int? {
        var end = start
        while end < s.count, Self.isChineseNumeral(s[end]) { end += 1 }
        guard end > start, let unit = lexicon.unit(at: end, in: s) else { return nil }
        switch unit.label {
        case .houseno, .cellno, .floorno, .roomno: return end + unit.length
        default: return nil
        }
    }

    /// Numbers joined by dashes: 1326-11-6-434 after a road is doorplate,
    /// building, unit and room; 47-6-746 after an estate building, unit, room.
    private func numberChain(
        start: Int, end: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State
    ) -> Int? {
        let n = s.count
        var groups: [Range<Int>] = [start..<end]
        var q = end
        // 9一9一2192: 一 between digits is a dash typed with the wrong key.
        while q + 1 < n, s[q] == "-" || s[q] == "_" || (s[q] == "一" && Self.isDigit(s[q - 1]) && Self.isDigit(s[q + 1])),
            Self.isDigit(s[q + 1]) || Self.isLatin(s[q + 1])
        {
            var e = q + 1
            while e < n, Self.isDigit(s[e]) || Self.isLatin(s[e]) { e += 1 }
            groups.append((q + 1)..<e)
            q = e
        }
        guard groups.count > 1 else { return nil }
        var unitLength = 0
        var unitLabel: AddressLabel?
        if let unit = lexicon.unit(at: q, in: s), unit.label != .road {
            unitLength = unit.length
            unitLabel = unit.label
        }
        let doorplate = doorplateLabel(state)
        if groups.count == 2, unitLabel == .roadno, !state.afterBuilding, Self.isShortRun(groups[0], groups[1], s), Self.inMarket(pieces, s) {
            // 某某市场 32-38号: a run of stalls, one room number.
            pieces.append(Piece(label: .roomno, range: start..<(q + unitLength), value: nil))
            state.sawHouse = true
            state.afterBuilding = true
            return q + unitLength
        }
        if groups.count == 2, doorplate != .roadno, doorplate != .subroadno, unitLabel == nil || unitLabel == .roomno
            || unitLabel == .roadno, Self.isRoomRange(groups[0], groups[1], s)
        {
            // 1205-1208, A123-124: a run of rooms, one room number.
            pieces.append(Piece(label: .roomno, range: start..<(q + unitLength), value: nil))
            state.sawHouse = true
            state.afterBuilding = true
            return q + unitLength
        }
        if state.afterBuilding {
            if groups.count == 2, state.last == .houseno {
                // 9号楼3-42: unit 3, room 42 of the building.
                pieces.append(Piece(label: .cellno, range: groups[0], value: nil))
                pieces.append(Piece(label: .redundant, range: groups[0].upperBound..<groups[1].lowerBound, value: nil))
                let last: AddressLabel = unitLabel == .floorno ? .floorno : .roomno
                pieces.append(Piece(label: last, range: groups[1].lowerBound..<(q + unitLength), value: nil))
                return q + unitLength
            }
            pieces.append(Piece(label: .roomno, range: start..<(q + unitLength), value: nil))
            return q + unitLength
        }
        if groups.count == 2 && (doorplate == .roadno || doorplate == .subroadno) && state.last != .poi && state.last != .subpoi
            && !Self.dashPairSplits(groups[0], groups[1], s) && !Self.isDoorplateAndLetterBuilding(groups[0], groups[1], s)
        {
            pieces.append(Piece(label: doorplate, range: start..<(q + unitLength), value: nil))
            state.sawRoadNumber = true
            return q + unitLength
        }
        var labels: [AddressLabel] = []
        var k = groups.count
        if doorplate == .roadno || doorplate == .subroadno, state.last != .poi, state.last != .subpoi {
            labels.append(doorplate)
            state.sawRoadNumber = true
            k -= 1
        }
        switch k {
        case 1: labels += [.houseno]
        case 2:
            // 63-12 after an estate: building 63, unit 12; a room has three or more digits (47-746).
            labels += [.houseno, groups[groups.count - 1].count <= 2 ? .cellno : .roomno]
        case 3: labels += [.houseno, .cellno, .roomno]
        default: labels += [.houseno, .cellno] + Array(repeating: .floorno, count: k - 3) + [.roomno]
        }
        if unitLabel == nil { relabelBareDoorplatePair(&labels, groups, s, state) }
        if unitLabel == .houseno, labels == [.houseno, .cellno] {
            // 1-18栋, A-6幢: one building number as written, not a building and a unit.
            pieces.append(Piece(label: .houseno, range: start..<(q + unitLength), value: nil))
            state.sawHouse = true
            state.afterBuilding = true
            return q + unitLength
        }
        // The unit word names the last number (a7-10楼 is a building and a floor).
        if let unitLabel, unitLabel == .floorno || unitLabel == .cellno { labels[labels.count - 1] = unitLabel }
        for (i, group) in groups.enumerated() {
            if i > 0 { pieces.append(Piece(label: .redundant, range: (group.lowerBound - 1)..<group.lowerBound, value: nil)) }
            let upper = i == groups.count - 1 ? group.upperBound + unitLength : group.upperBound
            pieces.append(Piece(label: labels[i], range: group.lowerBound..<upper, value: nil))
        }
        state.sawHouse = true
        state.afterBuilding = true
        return q + unitLength
    }

    /// Two numbers joined by a dash after a road: a range of doorplates when
    /// the second is a little larger (456-458号), else a doorplate and a building
    /// behind it (82-11号), as addresses are mostly written.
    static func dashPairSplits(_ a: Range<Int>, _ b: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        func value(_ r: Range<Int>) -> Int? {
            guard !r.isEmpty, r.count <= 9 else { return nil }
            var v = 0
            for i in r {
                guard Self.isDigit(s[i]) else { return nil }
                v = v * 10 + Int(s[i].value - 0x30)
            }
            return v
        }
        guard let x = value(a), let y = value(b) else { return false }
        // A range of doorplates is a few numbers long (456-458号); 3-644 is not one.
        return y <= x || (y - x > 20 && !isDoorplateSpan(a.count, b.count))
    }

    /// What a number with 号 is, from the piece before it.
    private func doorplateLabel(_ state: State) -> AddressLabel {
        switch state.last {
        case .road, .community, .town, .devzone, nil: return .roadno
        case .subroad: return .subroadno
        case .poi, .subpoi:
            // An estate's number is a doorplate only where no doorplate was
            // written yet and a town or village was named (a village's estates
            // take its numbers); a part of an estate after a road takes a
            // building number.
            let roadBefore = state.last == .subpoi && state.everRoad
            return !state.sawRoadNumber && !roadBefore && state.sawSettlement ? .roadno : .houseno
        case .roadno, .subroadno: return .houseno
        case .houseno: return .cellno
        default: return .roomno
        }
    }

    /// Name text up to the next number or separator, cut at generic words.
    func name(at start: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State) -> Int {
        let n = s.count
        var runEnd = start
        while runEnd < n, Self.isNameScalar(s[runEnd]) {
            if runEnd > start, Self.isChineseNumeral(s[runEnd]), chineseNumberEnd(at: runEnd, s) != nil { break }
            if runEnd > start, s[runEnd] == "第", ordinalNumberEnd(at: runEnd, s) != nil { break }
            runEnd += 1
        }
        if let zoneEnd = bareZoneEnd(at: start, runEnd: runEnd, s, pieces) {
            // 某某县 开发区: the county's zone.
            emit(.devzone, start..<zoneEnd, &pieces, &state)
            return zoneEnd
        }
        var poiEnd: Int?
        /// Where a weak suffix (湾, 都) ended inside the name, before any other.
        var weakEnd: Int?
        var p = start + 1
        while p < runEnd {
            if p >= start + 2, s[p] == "旁" || s[p] == "内", p + 1 >= runEnd || s[p + 1] != "科",
                (lexicon.word(at: p, in: s)?.length ?? 1) == 1, lexicon.suffix(at: p, in: s)?.label != .road
            {
                // 普陀山旁, 梅溪水库内, 和通家纺内创纳服饰: beside or inside the place
                // named; but 某某门内大街 is a road's name.
                if let pe = poiEnd, pe < p {
                    emit(.poi, start..<pe, &pieces, &state)
                    return pe
                }
                if poiEnd != nil {
                    emit(.poi, start..<p, &pieces, &state)
                } else {
                    emitName(start..<p, s, &pieces, &state, followedByNumber: false)
                }
                pieces.append(Piece(label: .assist, range: p..<(p + 1), value: nil))
                return p + 1
            }
            if let word = lexicon.word(at: p, in: s), word.label == .assist || word.label == .redundant,
                word.length >= 2,
                poiEnd == nil || p >= poiEnd!
            {
                if poiEnd == nil, word.length == 2, s[p] == "路", s[p + 1] == "口" {
                    // 古墩路口: the road 古墩路 and its 口.
                    emit(.road, start..<(p + 1), &pieces, &state)
                    pieces.append(Piece(label: .assist, range: (p + 1)..<(p + 2), value: nil))
                    return p + 2
                }
                if poiEnd == nil, let end = genericBeforeLocatingWord(start: start, at: p, word.length, s, &pieces, &state) { return end }
                // Name text before a locating word.
                emitName(start..<(poiEnd ?? p), s, &pieces, &state, followedByNumber: false)
                return poiEnd ?? p
            }
            guard let suffix = lexicon.suffix(at: p, in: s) else {
                p += 1
                continue
            }
            // A weak suffix, or any estate word after a single character of
            // name (长城, 和家园, 中院), ends the name only where its text ends.
            if suffix.role == .weak || (p == start + 1 && poiEnd == nil && suffix.label == .poi),
                p + suffix.length < runEnd
            {
                if poiEnd == nil, weakEnd == nil { weakEnd = p + suffix.length }
                p += 1
                continue
            }
            let end = min(p + suffix.length, runEnd)
            switch suffix.label {
            case .poi, .subpoi:
                if suffix.length == 1, end < runEnd, Self.genericStartsWord(s[p], s[end]) {
                    // 某某园林公司, 某某门业: the generic character starts a word of the name.
                    p += 1
                    continue
                }
                if end < runEnd, Self.universityStartsWord(at: p, length: suffix.length, runEnd: runEnd, s) {
                    p += 1
                    continue
                }
                if poiEnd == nil, namesVillageByCommittee(suffix, at: p, from: start, s) {
                    emit(.community, start..<end, &pieces, &state)
                    return end
                }
                if let pe = poiEnd, suffix.role == .extend, p >= pe,
                    !extendStartsPart(at: p, length: suffix.length, after: pe, s)
                {
                    if p > pe, roadNameFollows(end: end, runEnd: runEnd, s) {
                        // 某某工业区 新城路: the road's name, not more of the estate's.
                        emit(.poi, start..<pe, &pieces, &state)
                        return pe
                    }
                    // 杭州萧山国际 + 商务中心: still the same place.
                    poiEnd = end
                    p = end
                    continue
                }
                if let pe = poiEnd, p > pe || suffix.label == .subpoi {
                    // 阳光小区 东区: a part after the estate is its own piece.
                    emit(.poi, start..<pe, &pieces, &state)
                    return pe
                }
                if poiEnd == nil, suffix.label == .subpoi,
                    let cut = estatePartStart(at: p, length: suffix.length, from: start, s)
                {
                    // 长城机电 东区, 格兰云天 二期: the estate's name, then a part of it.
                    emit(.poi, start..<cut, &pieces, &state)
                    return cut
                }
                if poiEnd == nil, suffix.label == .poi, p + suffix.length == runEnd,
                    let cut = Self.courtStart(at: p, length: suffix.length, from: start, s)
                        ?? (state.sawPOI ? nil : Self.wingStart(at: p, length: suffix.length, from: start, s))
                {
                    // 某某水岸 碧海苑: an estate, then a court of it.
                    emit(.poi, start..<cut, &pieces, &state)
                    return cut
                }
                if poiEnd == nil, suffix.label == .subpoi, let we = weakEnd, we == p {
                    // 下湾 一区, 鞋都 二期: a part right after a short estate name.
                    emit(.poi, start..<we, &pieces, &state)
                    return we
                }
                poiEnd = end
                p = end
            default:
                if suffix.label == .road, poiEnd == nil, let building = buildingNamedAfterRoad(at: end, runEnd: runEnd, s) {
                    // 某某巷小区, 某某街大厦: a building named after its lane.
                    poiEnd = building
                    p = building
                    continue
                }
                if suffix.label == .town, poiEnd == nil,
                    townAfterBareRoad(start: start, generic: p, length: suffix.length, runEnd: runEnd, s, pieces)
                {
                    // 某某路 某某街道 + 阳光小区: the town, then the place.
                    emit(.town, start..<end, &pieces, &state)
                    return end
                }
                if suffix.label == .town, state.sawRoad, poiEnd == nil, p + suffix.length < runEnd {
                    // 南街624号 藤桥镇人民政府: after a road a town's name is part of a place's.
                    p += suffix.length
                    continue
                }
                if suffix.label == .road, poiEnd == nil, directionRoadStartsName(start: start, at: p, runEnd: runEnd, s) {
                    // 东路 + 某大道: the road's name starts with a direction and 路.
                    p += 1
                    continue
                }
                if suffix.label == .person, poiEnd == nil, p < start + 2 {
                    // 龚大堂: a name, not a lobby.
                    p += 1
                    continue
                }
                // An estate word one character before 路 or 街 is inside the road's
                // name; before a two-character road word (工业区 高横路) it ends a place.
                if let pe = poiEnd, p > pe || (p == pe && suffix.label == .person),
                    !(suffix.label == .road && p - pe < 2 && suffix.length == 1) || numberedStreetAfterEstate(start, pe, p, suffix, s)
                {
                    // 红会医院 爱玛客办公室, 酒店 前台: the tenant or desk is a piece of its own.
                    emit(.poi, start..<pe, &pieces, &state)
                    return pe
                }
                // 白银路街道: a town or village named after a road.
                var end = end
                var label = suffix.label
                if label == .road, end < runEnd, let next = lexicon.suffix(at: end, in: s),
                    next.label == .town || (next.label == .community && next.length == 1)
                {
                    // 周家段村, 下吴家路村: a village named after a road or place.
                    end = min(end + next.length, runEnd)
                    label = next.label
                } else if suffix.isCharacter("村"), let named = placeNamedAfterVillage(end: end, runEnd: runEnd, s) {
                    // 某村路, 某村街道: a road or a town named after a village.
                    end = named.end
                    label = named.label
                } else if suffix.isCharacter("村"), villageGenericWrittenTwice(end: end, runEnd: runEnd, s) {
                    // 某村村: the village's name ends in 村.
                    end += 1
                } else if label == .town, end < runEnd, let next = lexicon.suffix(at: end, in: s), next.label == .road,
                    p - start < 2 || !roadWordStartsNextName(at: end, s)
                {
                    // 龙镇大道: a road named after a town.
                    end = min(end + next.length, runEnd)
                    label = .road
                } else if suffix.isCharacter("乡") || suffix.isCharacter("村"), p == start + 1, end < runEnd,
                    let next = lexicon.suffix(at: end, in: s), next.label == .town
                {
                    // 金乡镇, 许村镇: one character and 乡 or 村 is too short a name
                    // for a township or village; with 镇 after it, it is a town's.
                    end = min(end + next.length, runEnd)
                    label = .town
                }
                // 郑巷北路, 新城大道南路: a direction or ordinal and 路 after a road
                // word go on naming the same road.
                while label == .road, end + 1 < runEnd, Self.isRoadQualifier(s[end]), let next = lexicon.suffix(at: end, in: s),
                    next.label == .road, next.length == 2
                {
                    end += 2
                }
                if label == .road, end + 1 == runEnd, Self.closesRoadName(s[end]), s[end - 1] != s[end] {
                    // 某某街路, 某某街弄, 某某大街道: a lane word closing the name is the road's.
                    end += 1
                }
                if label == .road, poiEnd != nil, let zone = zoneBeforeRoad(from: start, road: p, end: end, s) {
                    // 某某工业园区中路: the zone, then its road.
                    emit(zone.label, start..<zone.end, &pieces, &state)
                    return zone.end
                }
                if label == .road, poiEnd == nil, let cut = roadNameStart(start..<p, s) {
                    // 慈东海丰北路, 白烟山政和路: a road's own name is short; what
                    // comes before it is a place of its own.
                    emitHead(start..<cut, s, &pieces, &state)
                    emit(.road, cut..<end, &pieces, &state)
                    return end
                }
                if label == .town, townOfficeIsAPlace(start..<end, s) { label = .poi }
                if label == .town, let cut = townStartInsideName(start..<end, generic: p, s) {
                    // 某某物流 + 庄桥镇: text glued before the town's full name.
                    if headIsTownName(start..<cut, s) {
                        pieces.append(Piece(label: .redundant, range: start..<cut, value: nil))
                    } else {
                        emit(.poi, start..<cut, &pieces, &state)
                    }
                    emit(.town, cut..<end, &pieces, &state)
                    return end
                }
                if label == .town, let division = divisionBeforeTown(start..<end, s, pieces) {
                    pieces.append(Piece(label: division.label, range: start..<division.end, value: nil))
                    emit(.town, division.end..<end, &pieces, &state)
                    return end
                }
                if label == .town, end - start >= 5, let cut = countyBeforeTown(start..<end, s) {
                    pieces.append(Piece(label: .district, range: start..<cut, value: nil))
                    emit(.town, cut..<end, &pieces, &state)
                    return end
                }
                if label == .road, s[start] == "区", districtGenericBeforeRoad(start, p, s, &pieces) {
                    // 某某区 某某路 with 某某 read as a town: 区 ends that name.
                    emit(.road, (start + 1)..<end, &pieces, &state)
                    return end
                }
                if label == .community, villageInsideVillage(suffix, pieces) { label = .poi }
                emit(label, start..<end, &pieces, &state)
                return end
            }
        }
        if let pe = poiEnd {
            emit(.poi, start..<pe, &pieces, &state)
            return pe
        }
        emitName(start..<runEnd, s, &pieces, &state, followedByNumber: runEnd < n && (Self.isDigit(s[runEnd]) || Self.isLatin(s[runEnd])))
        return runEnd
    }

    static func isRoadQualifier(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "东", "西", "南", "北", "中", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "环": return true
        default: return false
        }
    }

    /// Where the road's own name starts in `core` (the text before its generic
    /// word), when more than a road name stands there: most road names are two
    /// characters and a direction or ordinal (海丰北路, 纬三路), so four or more
    /// before the direction mean something else is written in front.
    private func roadNameStart(_ core: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        var specificEnd = core.upperBound
        while specificEnd > core.lowerBound, Self.isRoadQualifier(s[specificEnd - 1]) { specificEnd -= 1 }
        guard specificEnd - core.lowerBound >= 4 else { return nil }
        return specificEnd - 2
    }

    /// Text before a road's own name: a district the gazetteer no longer has
    /// (江东区), else the next level down the chain not yet written.
    private func emitHead(_ range: Range<Int>, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State) {
        if range.count == 3, s[range.upperBound - 1] == "区" || s[range.upperBound - 1] == "县",
            !pieces.contains(where: { $0.label == .district })
        {
            pieces.append(Piece(label: .district, range: range, value: nil))
        } else if !state.sawTown && !state.sawSettlement && !state.sawPOI {
            emit(.town, range, &pieces, &state)
        } else if state.sawTown && !state.sawCommunity && !state.sawPOI {
            emit(.community, range, &pieces, &state)
        } else {
            emit(.poi, range, &pieces, &state)
        }
    }

    /// Name text with no generic word of its own.
    private func emitName(_ range: Range<Int>, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State, followedByNumber: Bool) {
        guard !range.isEmpty else { return }
        // A lone direction or position after a named place, a floor, a room
        // or another locating word: 甬临线 东 81号, 大厦 内, 5楼 西, 3楼 中 12号, 路口 向东50米 南.
        if range.count == 1, let last = pieces.last, last.range.upperBound == range.lowerBound,
            [.road, .subroad, .poi, .subpoi, .roadno, .community, .houseno, .cellno, .floorno, .roomno, .assist].contains(last.label),
            Self.isPositionWord(s[range.lowerBound])
        {
            pieces.append(Piece(label: .assist, range: range, value: nil))
            return
        }
        if let last = pieces.last, last.label == .poi, last.range.upperBound == range.lowerBound, range.count <= 2 {
            if let apart = deskOrGate(range, s) {
                pieces.append(Piece(label: apart, range: range, value: nil))
                return
            }
            if Self.shortTailJoinsPlace(range, last.range, s) {
                pieces[pieces.count - 1].range = last.range.lowerBound..<range.upperBound
                return
            }
        }
        if followedByNumber, state.sawTown, !state.sawCommunity, !state.sawPOI, !state.sawRoad,
            villageGroupFollows(at: range.upperBound, s)
        {
            emit(.community, range, &pieces, &state)
        } else if state.afterBuilding && !Self.namesBuilding(state.last) {
            pieces.append(Piece(label: .person, range: range, value: nil))
        } else if !state.sawPOI || Self.startsNewPlace(state.last, pieces) {
            emit(.poi, range, &pieces, &state)
        } else {
            pieces.append(Piece(label: Self.followsPartOrTenant(state.last) ? .person : .subpoi, range: range, value: nil))
        }
    }

    static func namesBuilding(_ label: AddressLabel?) -> Bool { label == .houseno || label == .cellno }

    func emit(_ label: AddressLabel, _ range: Range<Int>, _ pieces: inout [Piece], _ state: inout State) {
        var label = label
        switch label {
        case .road:
            // A second road is a subroad; after a place too when it follows the
            // first road directly (小区 东方路 建设巷 12号).
            if state.sawRoad && (!state.sawPOI || state.last == .road) {
                label = .subroad
            }
            state.sawRoad = true
            state.everRoad = true
            state.sawRoadNumber = false
        case .poi:
            // After a floor or room number a named place is a tenant (a shop,
            // an office); right after a building number it is the building
            // (72号 中昌大厦) or a part of the estate (82栋 帝星商贸办事处).
            if state.afterBuilding && !Self.namesBuilding(state.last) {
                label = .person
            } else if state.sawPOI && !Self.startsNewPlace(state.last, pieces) {
                // A place named after a part of the estate is in that part:
                // a shop or office (小区 东区 超市), as addresses are labelled.
                label = Self.followsPartOrTenant(state.last) ? .person : .subpoi
            }
            state.sawPOI = true
        case .subpoi:
            if !state.sawPOI {
                label = .poi
            } else if Self.followsPartOrTenant(state.last) || (state.afterBuilding && !Self.namesBuilding(state.last)) {
                label = .person
            }
            state.sawPOI = true
        case .town:
            state.sawTown = true
            state.sawSettlement = true
            state.sawRoad = false
        case .community:
            state.sawSettlement = true
            state.sawCommunity = true
            state.sawRoad = false
        case .devzone:
            if state.sawTown || state.sawRoad || state.sawPOI {
                label = .poi
                state.sawPOI = true
            }
        default: break
        }
        pieces.append(Piece(label: label, range: range, value: nil))
    }

    /// Fixes that need the whole sequence: a number after a subroad is a
    /// subroadno; a road or town written again is redundant.
    private func relabel(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var lastRoad: AddressLabel?
        var lastRoadRange: Range<Int>?
        var lastTownRange: Range<Int>?
        for i in pieces.indices {
            if pieces[i].label == .town {
                // 寿昌镇 … 寿昌镇, 金清镇金清镇: the town written again.
                if let previous = lastTownRange, s[previous].elementsEqual(s[pieces[i].range]) {
                    pieces[i].label = .redundant
                    continue
                }
                lastTownRange = pieces[i].range
            }
            if pieces[i].label == .road || pieces[i].label == .subroad, let previous = lastRoadRange,
                s[previous].elementsEqual(s[pieces[i].range])
            {
                pieces[i].label = .redundant
                continue
            }
            if pieces[i].label == .road { lastRoadRange = pieces[i].range }
            switch pieces[i].label {
            case .road, .subroad: lastRoad = pieces[i].label
            case .roadno where lastRoad == .subroad: pieces[i].label = .subroadno
            default: break
            }
        }
    }
}
