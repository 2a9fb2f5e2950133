import DimingParse
import DimingText

/// Matches a legacy address line to the registry: the standard address it
/// means, how sure that is, and every fault found on the way.
///
/// The line is normalized first (full-width forms, traditional characters,
/// numerals, sub-number and building-unit-room forms), so the matcher reads
/// one spelling of everything. It then finds, left to right: the written
/// divisions, the registry's names (towns, communities, villages, roads by any
/// of their names, estates), the doorplate and the building-unit-room. Where
/// no registry name precedes a number, the text before it is looked up by
/// typo, sound and 专名 keys. Each reading of the line becomes a hypothesis
/// with a confidence made of the faults it needs; the best one wins, and two
/// equally good ones that disagree make the line ambiguous, never a guess.
public struct AddressMatcher: Sendable {
    public let index: MatchIndex
    public var thresholds: MatchThresholds
    let normalizer: Normalizer
    let resolver: DivisionResolver

    /// Division names (full and short, current and former) by scalars, so the
    /// start of every line is scanned without building strings.
    let divisionTrie: NameTrie
    let divisionNames: [String]
    let divisionCandidates: [[DivisionResolver.Candidate]]

    public init(index: MatchIndex, normalizer: Normalizer, resolver: DivisionResolver, thresholds: MatchThresholds = MatchThresholds()) {
        self.index = index
        self.normalizer = normalizer
        self.resolver = resolver
        self.thresholds = thresholds
        var trie = NameTrie()
        let names = resolver.indexedNames.sorted()
        for (i, name) in names.enumerated() {
            trie.insert(Array(name.unicodeScalars), NameRef(kind: .town, index: Int32(i), name: Int32(i)))
        }
        divisionTrie = trie
        divisionNames = names
        divisionCandidates = names.map { resolver.candidates(for: $0) }
    }

    /// Division names starting at `position`, longest first.
    func divisionNames(at position: Int, in s: [Unicode.Scalar]) -> [(length: Int, name: String, candidates: [DivisionResolver.Candidate])] {
        var found: [(Int, String, [DivisionResolver.Candidate])] = []
        divisionTrie.forEachMatch(at: position, in: s) { length, refs in
            let i = Int(refs[0].index)
            found.append((length, divisionNames[i], divisionCandidates[i]))
        }
        return found.reversed()
    }

    func startsDivisionName(at position: Int, in s: [Unicode.Scalar]) -> Bool {
        var any = false
        divisionTrie.forEachMatch(at: position, in: s) { _, _ in any = true }
        return any
    }

    /// A name of the registry found in the line.
    struct Mention {
        var start: Int
        var end: Int
        var refs: [NameRef]
    }

    /// One reading of the line.
    struct Hypothesis {
        var level: MatchLevel
        var address: Int32 = -1
        var road: Int32 = -1
        var place: Int32 = -1
        var confidence: Double
        var reasons: [MatchReason]
    }

    /// A road or estate the text may mean, with what it costs to believe it.
    struct Candidate {
        var ref: NameRef
        var factor: Double
        var reasons: [MatchReason]

        /// Found by a former or colloquial name: named, and a little less sure.
        func byOtherName() -> Candidate {
            var c = self
            switch ref.kind {
            case .formerRoad: c.reasons.append(.formerRoadName)
            case .otherRoad: c.reasons.append(.colloquialRoadName)
            default: return c
            }
            c.factor *= 0.97
            return c
        }
    }

    public func match(_ line: String) -> MatchResult {
        let normalized = normalizer.normalize(line)
        var s = normalized.scalars
        var reasons: [MatchReason] = []
        if Self.removeNoise(&s) { reasons.append(.noiseRemoved) }
        let text = normalized.text
        guard s.contains(where: { $0.properties.isIdeographic || AddressScanner.isDigit($0) }) else {
            return finish(nil, reasons: reasons + [.emptyInput], normalized: text)
        }

        // Divisions written at the start.
        var position = 0
        var written: [String] = []
        var writtenCandidates: [[DivisionResolver.Candidate]] = []
        Self.skipSeparators(s, &position)
        while position < s.count, let option = divisionName(at: position, in: s, after: writtenCandidates) {
            written.append(option.name)
            writtenCandidates.append(option.candidates)
            position += option.length
            Self.skipSeparators(s, &position)
        }
        var scope: [String] = []
        var countyWritten = false
        if let deepest = writtenCandidates.last {
            // The deepest name's divisions that lie inside every earlier name
            // (each name was already checked against the one before it).
            var codes: [String] = []
            for c in deepest where !codes.contains(c.code) {
                if writtenCandidates.dropLast().allSatisfy({ set in set.contains { resolver.contains($0.code, c.code) } }) {
                    codes.append(c.code)
                }
            }
            if codes.isEmpty { codes = deepest.map(\.code) }
            scope = codes
            countyWritten = codes.count == 1 && deepest.contains { $0.code == codes[0] && $0.level == .county }
        }

        // Registry names, longest first at each position.
        var mentions: [Mention] = []
        var i = position
        while i < s.count {
            var best: (Int, [NameRef])?
            index.trie.forEachMatch(at: i, in: s) { best = ($0, $1) }
            if let (length, refs) = best {
                mentions.append(Mention(start: i, end: i + length, refs: refs))
                i += length
            } else {
                i += 1
            }
        }
        let townMentions = mentions.flatMap { $0.refs.filter { $0.kind == .town }.map(\.index) }

        var hypotheses: [Hypothesis] = []

        // Road (or village) and doorplate.
        var roadMention: Mention?
        var door: (key: DoorplateKey, start: Int, end: Int)?
        for mention in mentions where mention.refs.contains(where: { $0.isRoad || $0.kind == .community }) {
            var j = mention.end
            Self.skipSeparators(s, &j)
            if let (key, end) = AddressScanner.readDoorplate(s, at: j, requireHao: false) {
                roadMention = mention
                door = (key, j, end)
            }
        }
        if door == nil {
            var p = position
            while p < s.count {
                if AddressScanner.isDigit(s[p]), p == 0 || !AddressScanner.isDigit(s[p - 1]),
                    let (key, end) = AddressScanner.readDoorplate(s, at: p, requireHao: true)
                {
                    door = (key, p, end)
                    break
                }
                p += 1
            }
        }

        // Estate, and building-unit-room.
        let estateMention = mentions.first { m in m.refs.contains { $0.kind == .place } && m.start >= (door?.end ?? 0) }
            ?? mentions.first { m in m.refs.contains { $0.kind == .place } }
        var rooms: RoomKey?
        var roomsStart = -1
        do {
            var p = max(door?.end ?? position, estateMention?.end ?? position)
            Self.skipSeparators(s, &p)
            if let (key, _) = AddressScanner.readRooms(s, at: p) {
                rooms = key
                roomsStart = p
            } else if door == nil && estateMention == nil {
                // An estate the registry does not spell this way: the first number starts the rooms.
                var q = position
                while q < s.count, !AddressScanner.isDigit(s[q]) { q += 1 }
                if q < s.count, let (key, _) = AddressScanner.readRooms(s, at: q) {
                    rooms = key
                    roomsStart = q
                }
            }
        }
        if let r = rooms, r.room == 0 && r.unit == 0 && door != nil { rooms = nil }

        if let door {
            var candidates: [Candidate] = []
            if let roadMention {
                for ref in roadMention.refs where ref.isRoad || ref.kind == .community {
                    candidates.append(Candidate(ref: ref, factor: 1, reasons: []).byOtherName())
                }
            } else {
                let spanStart = mentions.last { $0.end <= door.start }?.end ?? position
                candidates = fuzzy(s, span: spanStart..<door.start, roads: true)
            }
            candidates = restrict(candidates, to: scope, fuzzy: roadMention == nil)
            for candidate in candidates {
                if let h = evaluate(candidate, door: door.key, rooms: rooms) { hypotheses.append(h) }
            }
        }

        // Estate and rooms, with or without the road.
        if let rooms, !rooms.isEmpty {
            var candidates: [Candidate] = []
            if let estateMention {
                for ref in estateMention.refs where ref.kind == .place {
                    candidates.append(Candidate(ref: ref, factor: 1, reasons: []))
                }
            } else if roomsStart > 0 {
                let spanStart = mentions.last { $0.end <= roomsStart && !$0.refs.contains { $0.kind == .place } }?.end ?? position
                let spanEnd = door.map { $0.start > spanStart && $0.start < roomsStart ? $0.start : roomsStart } ?? roomsStart
                let base = door != nil && spanEnd == roomsStart ? (door!.end) : spanStart
                candidates = fuzzy(s, span: max(base, spanStart)..<spanEnd, roads: false)
            }
            candidates = restrict(candidates, to: scope, fuzzy: estateMention == nil)
            for candidate in candidates {
                if var h = evaluate(estate: candidate, rooms: rooms) {
                    if door == nil { h.reasons.append(.estateInsteadOfRoad) }
                    hypotheses.append(h)
                }
            }
        }

        if hypotheses.isEmpty {
            if door == nil && (rooms == nil || rooms!.isEmpty) { reasons.append(.noNumber) }
            if mentions.allSatisfy({ m in !m.refs.contains { $0.isRoad || $0.kind == .place } }) {
                reasons.append(.noRoadOrEstate)
            }
            // The road alone, when a road is named but nothing below it fits.
            if let roadMention, let ref = roadMention.refs.first(where: \.isRoad) {
                let road = Hypothesis(level: .road, road: ref.index, confidence: 0.3, reasons: [.numberNotFound])
                return finish(road, reasons: reasons, normalized: text)
            }
            return finish(nil, reasons: reasons, normalized: text)
        }

        // Consistency with the written town and division.
        for k in hypotheses.indices {
            let county = county(of: hypotheses[k])
            if !townMentions.isEmpty, hypotheses[k].address >= 0 {
                let town = index.addressTown[Int(hypotheses[k].address)]
                if town >= 0 && !townMentions.contains(town) {
                    hypotheses[k].reasons.append(.townMismatch)
                    hypotheses[k].confidence *= townMentions.contains { index.townCounty[Int($0)] == county } ? 0.9 : 0.7
                }
            }
            if !countyWritten {
                hypotheses[k].reasons.append(.missingLevel)
                hypotheses[k].confidence *= 0.99
            }
        }
        // The same address read two ways agrees with itself.
        var best: [Int32: Hypothesis] = [:]
        var paths: [Int32: Int] = [:]
        var others: [Hypothesis] = []
        for h in hypotheses {
            guard h.address >= 0 else {
                others.append(h)
                continue
            }
            paths[h.address, default: 0] += 1
            if var seen = best[h.address] {
                // Both readings name the same address: keep the surer one, and every fault either found.
                if h.confidence > seen.confidence { seen.confidence = h.confidence }
                for r in h.reasons where !seen.reasons.contains(r) && r != .ambiguous { seen.reasons.append(r) }
                seen.confidence = min(1, seen.confidence + 0.02)
                best[h.address] = seen
            } else {
                best[h.address] = h
            }
        }
        // An address both the road and the estate lead to outranks one only a single path reaches.
        if paths.values.contains(where: { $0 > 1 }) {
            for (address, n) in paths where n == 1 { best[address]?.confidence *= 0.8 }
        }
        // Ties are broken by registry order, so the same line gives the same
        // answer in every run (dictionary order changes from run to run).
        var ranked = (Array(best.values) + others).sorted { a, b in
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            if (a.level == .address) != (b.level == .address) { return a.level == .address }
            return (a.address, a.road, a.place) < (b.address, b.road, b.place)
        }
        var top = ranked.removeFirst()
        // Two readings about as good that disagree; or, when the line names
        // neither county nor town, another county with a fitting address too
        // (the same estate name, with the room in several of its units).
        let rival = ranked.first.map { second in
            second.confidence >= top.confidence - 0.1
                && !(second.level == .address && top.level == .address && second.address == top.address)
                && !(top.level == .address && second.level != .address && top.confidence >= second.confidence + 0.05)
        } ?? false
        let otherCounty = !countyWritten && townMentions.isEmpty && top.level == .address
            && ranked.contains { $0.level == .address && $0.confidence >= 0.5 && county(of: $0) != county(of: top) }
        if !top.reasons.contains(.ambiguous) && (rival || otherCounty) {
            top.reasons.append(.ambiguous)
            top.confidence *= 0.6
        }
        if top.address >= 0, index.addressRetired[Int(top.address)] {
            top.reasons.append(.retiredAddress)
            top.confidence *= 0.6
        }
        return finish(top, reasons: reasons, normalized: text)
    }

    /// The division name that starts at `position`, if the text there is one.
    ///
    /// Several readings compete: 椒江县前三路 is 椒江 + 县前三路 (a road), not
    /// 椒江县 + 前三路; 台州市路桥区 goes on after 台州市 although 路 follows it;
    /// 滨海新区 is the registry's town, not Tianjin's district; 温岭市滨湖东路 stops
    /// before 滨湖, a district elsewhere in China that does not lie in 温岭市.
    func divisionName(
        at position: Int, in s: [Unicode.Scalar], after earlier: [[DivisionResolver.Candidate]]
    ) -> (length: Int, name: String, candidates: [DivisionResolver.Candidate])? {
        var registryLength = 0
        index.trie.forEachMatch(at: position, in: s) { length, _ in registryLength = length }
        var fallback: (length: Int, name: String, candidates: [DivisionResolver.Candidate])?
        for option in divisionNames(at: position, in: s) {
            let after = position + option.length
            let inRegistry = option.candidates.contains { index.scopeCodes.contains($0.code) }
            if registryLength > option.length || (registryLength == option.length && !inRegistry) { continue }
            // Deeper than, and inside, what was written before it.
            if let last = earlier.last, !option.candidates.contains(where: { c in
                last.contains { $0.code != c.code && resolver.contains($0.code, c.code) }
            }) {
                continue
            }
            if earlier.isEmpty && !inRegistry && registryLength > 0 { continue }
            var nextIsName = false
            index.trie.forEachMatch(at: after, in: s) { _, _ in nextIsName = true }
            let nextIsDivision = startsDivisionName(at: after, in: s)
            if after < s.count, "路街道巷弄".unicodeScalars.contains(s[after]), !nextIsDivision { continue }  // 台州路
            if nextIsName || nextIsDivision || after == s.count || AddressScanner.isDigit(s[after]) || Self.isSeparator(s[after]) {
                return option
            }
            if fallback == nil { fallback = option }
        }
        return fallback
    }

    /// The county of what a hypothesis points at.
    func county(of h: Hypothesis) -> Int32 {
        if h.address >= 0 { return index.addressCounty[Int(h.address)] }
        if h.road >= 0 { return index.roadCounty[Int(h.road)] }
        if h.place >= 0 { return index.placeCounty[Int(h.place)] }
        return -1
    }

    /// Keeps the candidates inside the written division; when none is, an
    /// exact name keeps all of them (the division may be miswritten) at a cost,
    /// a fuzzy one keeps none.
    func restrict(_ candidates: [Candidate], to scope: [String], fuzzy: Bool) -> [Candidate] {
        guard !scope.isEmpty, !candidates.isEmpty else { return candidates }
        let inside = candidates.filter { c in scope.contains { index.inScope(county: countyOf(c.ref), code: $0) } }
        if !inside.isEmpty || fuzzy { return inside }
        return candidates.map { c in
            var c = c
            c.factor *= 0.6
            c.reasons.append(.divisionMismatch)
            return c
        }
    }

    func countyOf(_ ref: NameRef) -> Int32 {
        switch ref.kind {
        case .road, .formerRoad, .otherRoad: index.roadCounty[Int(ref.index)]
        case .place: index.placeCounty[Int(ref.index)]
        case .community: index.communityCounty[Int(ref.index)]
        case .town: index.townCounty[Int(ref.index)]
        }
    }

    /// Road (or village) and doorplate, then building-unit-room if written.
    func evaluate(_ candidate: Candidate, door: DoorplateKey, rooms: RoomKey?) -> Hypothesis? {
        let locator = candidate.ref.kind == .community ? -(candidate.ref.index + 1) : candidate.ref.index
        let road: Int32 = candidate.ref.kind == .community ? -1 : candidate.ref.index
        var reasons = candidate.reasons
        var factor = candidate.factor
        var found = index.addresses(locator: locator, door: door)
        if found.isEmpty && door.sub != 0 {
            found = index.addresses(locator: locator, door: door.withoutSub)
            if !found.isEmpty {
                reasons.append(.subNumberMismatch)
                factor *= 0.55
            }
        }
        if found.isEmpty && door.group == 0 && locator < 0 {
            // A village number written without its group: only if one group has it.
            return nil
        }
        guard !found.isEmpty else {
            guard road >= 0 else { return nil }
            return Hypothesis(level: .road, road: road, confidence: factor * 0.45, reasons: reasons + [.numberNotFound])
        }
        if let rooms, !rooms.isEmpty {
            if let exact = found.first(where: { index.addressRooms[Int($0)] == rooms }) {
                return Hypothesis(level: .address, address: exact, road: road, confidence: factor, reasons: reasons)
            }
            if rooms.unit == 0 {
                let loose = found.filter {
                    let r = index.addressRooms[Int($0)]
                    return r.building == rooms.building && r.room == rooms.room
                }
                if loose.count == 1 {
                    return Hypothesis(level: .address, address: loose[0], road: road, confidence: factor * 0.95, reasons: reasons + [.unitMissing])
                }
                if loose.count > 1 {
                    // The same room number in several units: the text does not say which.
                    return Hypothesis(
                        level: .address, address: loose[0], road: road, confidence: factor * 0.55,
                        reasons: reasons + [.unitMissing, .ambiguous])
                }
            }
            let plain = found.first { index.addressRooms[Int($0)].isEmpty } ?? found[0]
            let estate = index.addressEstate[Int(plain)]
            return Hypothesis(
                level: estate >= 0 ? .estate : .road, road: road, place: estate, confidence: factor * 0.45,
                reasons: reasons + [.numberNotFound])
        }
        if let plain = found.first(where: { index.addressRooms[Int($0)].isEmpty }) {
            return Hypothesis(level: .address, address: plain, road: road, confidence: factor, reasons: reasons)
        }
        let estate = index.addressEstate[Int(found[0])]
        return Hypothesis(
            level: estate >= 0 ? .estate : .road, road: road, place: estate, confidence: factor * 0.6,
            reasons: reasons + [.roomsNotGiven])
    }

    /// Estate and building-unit-room.
    func evaluate(estate candidate: Candidate, rooms: RoomKey) -> Hypothesis? {
        let estate = candidate.ref.index
        var found = index.addresses(estate: estate, rooms: rooms)
        var reasons = candidate.reasons
        var factor = candidate.factor
        if found.isEmpty && rooms.unit == 0 {
            var units = 0
            for unit in Int32(1)...9 {
                let inUnit = index.addresses(estate: estate, rooms: RoomKey(building: rooms.building, unit: unit, room: rooms.room))
                if !inUnit.isEmpty {
                    if found.isEmpty { found = inUnit }
                    units += 1
                }
            }
            if units > 0 {
                reasons.append(.unitMissing)
                factor *= 0.95
            }
            if units > 1 {
                // The same room number in several units: the text does not say which.
                reasons.append(.ambiguous)
                factor *= 0.58
            }
        }
        guard let address = found.first else {
            return Hypothesis(level: .estate, place: estate, confidence: factor * 0.45, reasons: reasons + [.numberNotFound])
        }
        let road = index.addressLocator[Int(address)]
        return Hypothesis(level: .address, address: address, road: road >= 0 ? road : -1, place: estate, confidence: factor, reasons: reasons)
    }

    /// Roads or estates whose name is close to the end of `span`: a typo, a
    /// homophone, another generic or direction. Looked up by key, never by scan.
    func fuzzy(_ s: [Unicode.Scalar], span: Range<Int>, roads: Bool) -> [Candidate] {
        var lower = span.lowerBound
        var upper = span.upperBound
        while lower < upper, Self.isSeparator(s[lower]) { lower += 1 }
        while upper > lower, Self.isSeparator(s[upper - 1]) { upper -= 1 }
        guard upper - lower >= 2 else { return [] }
        var refs: [NameRef] = []
        func collect(_ found: [NameRef]?) {
            guard let found else { return }
            for ref in found where ref.isRoad == roads && ref.kind != .town && ref.kind != .community && !refs.contains(ref) {
                refs.append(ref)
            }
        }
        let shortest = 2
        var start = upper - shortest
        while start >= max(lower, upper - 14) {
            let q = s[start..<upper]
            collect(index.deletions[ScalarHash.of(q)])
            if q.count >= 3 {
                for skip in q.indices { collect(index.deletions[ScalarHash.of(q, skipping: skip)]) }
            }
            if roads {
                collect(index.stems[ScalarHash.of(index.roadGenerics.stem(q))])
                collect(index.stems[ScalarHash.of(q)])
            }
            if let phonetic = index.phonetic, let key = phonetic.phoneticKey(q) { collect(index.sounds[key]) }
            if refs.count > 64 { break }
            start -= 1
        }
        var out: [Candidate] = []
        for ref in refs {
            let name = index.names[Int(ref.name)]
            // Compare with the text of about the name's length that ends where the number starts.
            var bestDistance = Int.max
            var bestStart = upper
            for length in max(1, name.count - 1)...(name.count + 1) where upper - length >= lower {
                let d = EditDistance.between(name, s[(upper - length)..<upper], limit: 3)
                if d < bestDistance || (d == bestDistance && length == name.count) {
                    bestDistance = d
                    bestStart = upper - length
                }
            }
            let written = s[bestStart..<upper]
            var reasons: [MatchReason] = []
            var factor: Double
            let sameSound: Bool = {
                guard let phonetic = index.phonetic, written.count == name.count else { return false }
                return phonetic.phoneticKey(written) == phonetic.phoneticKey(name[...])
            }()
            let sameStem = roads && index.roadGenerics.stem(written).elementsEqual(index.roadGenerics.stem(name[...]))
            if bestDistance == 0 {
                factor = 1
            } else if sameSound {
                factor = 0.9
                reasons.append(roads ? .homophoneRoad : .typoInEstate)
            } else if sameStem {
                let genericsDiffer = index.roadGenerics.hasGeneric(written) && index.roadGenerics.hasGeneric(name[...])
                    && !written.suffix(1).elementsEqual(name.suffix(1))
                reasons.append(genericsDiffer ? .genericDiffers : .directionDiffers)
                factor = 0.7
            } else if bestDistance == 1 && name.count >= 4 {
                factor = 0.88
                reasons.append(roads ? .typoInRoad : .typoInEstate)
            } else if bestDistance == 1 && name.count == 3 {
                factor = 0.82
                reasons.append(roads ? .typoInRoad : .typoInEstate)
            } else if bestDistance == 2 && name.count >= 5 {
                factor = 0.6
                reasons.append(roads ? .typoInRoad : .typoInEstate)
            } else {
                continue
            }
            // Text before the name that nothing explains: 芙蓉东路 is not 东海路 with 海 left out.
            if bestStart > lower && bestDistance > 0 { factor *= 0.7 }
            out.append(Candidate(ref: ref, factor: factor, reasons: reasons).byOtherName())
        }
        return out
    }

    func finish(_ hypothesis: Hypothesis?, reasons: [MatchReason], normalized: String) -> MatchResult {
        guard let h = hypothesis else {
            return MatchResult(
                level: .none, id: nil, addressID: nil, roadID: nil, placeID: nil, standard: "", confidence: 0,
                verdict: .unmatched, reasons: reasons, normalized: normalized)
        }
        var all = reasons
        for r in h.reasons where !all.contains(r) { all.append(r) }
        let confidence = (max(0, min(1, h.confidence)) * 1000).rounded() / 1000
        let addressID = h.address >= 0 ? index.addressIDs[Int(h.address)] : nil
        let roadID = h.road >= 0 ? index.roads[Int(h.road)].id : nil
        let placeID = h.place >= 0 ? index.places[Int(h.place)].id : nil
        let standard: String
        let id: Int64?
        switch h.level {
        case .address:
            standard = index.standardText(address: h.address)
            id = addressID
        case .road:
            standard = index.standardText(road: h.road)
            id = roadID
        case .estate:
            standard = index.standardText(place: h.place)
            id = placeID
        case .none:
            standard = ""
            id = nil
        }
        return MatchResult(
            level: h.level, id: id, addressID: addressID, roadID: roadID, placeID: placeID, standard: standard,
            confidence: confidence, verdict: thresholds.verdict(confidence, level: h.level), reasons: all,
            normalized: normalized)
    }

    // MARK: Text helpers

    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", ",", "，", "、", "(", ")", "（", "）", ":", "：", ";", "；", "/", "|": true
        default: false
        }
    }

    static func skipSeparators(_ s: [Unicode.Scalar], _ i: inout Int) {
        while i < s.count, isSeparator(s[i]) { i += 1 }
    }

    /// Sets aside phone numbers (runs of seven or more digits, with their
    /// label) and contact labels, which legacy sheets often append.
    static func removeNoise(_ s: inout [Unicode.Scalar]) -> Bool {
        var removed = false
        var i = 0
        while i < s.count {
            guard AddressScanner.isDigit(s[i]) else {
                i += 1
                continue
            }
            var j = i
            var digits = 0
            while j < s.count, AddressScanner.isDigit(s[j]) || (s[j] == "-" && j + 1 < s.count && AddressScanner.isDigit(s[j + 1]) && digits >= 3) {
                if AddressScanner.isDigit(s[j]) { digits += 1 }
                j += 1
            }
            if digits >= 7 {
                var start = i
                for label in ["联系电话", "电话", "手机", "Tel", "tel", "TEL", "联系人"] {
                    let l = Array(label.unicodeScalars)
                    var k = start
                    while k > 0, isSeparator(s[k - 1]) { k -= 1 }
                    if k >= l.count, s[(k - l.count)..<k].elementsEqual(l) {
                        start = k - l.count
                        break
                    }
                }
                s.replaceSubrange(start..<j, with: [" "])
                removed = true
                i = start + 1
            } else {
                i = j
            }
        }
        return removed
    }
}
