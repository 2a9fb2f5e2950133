import Foundation

/// The side of a road a doorplate stands on, by its number's parity.
public enum DoorplateSide: String, Sendable, Codable, CaseIterable {
    case odd
    case even

    public static func of(_ number: Int) -> DoorplateSide { number % 2 == 1 ? .odd : .even }
}

/// A compass direction, for where numbering starts and which side is odd.
public enum CompassPoint: String, Sendable, Codable, CaseIterable {
    case east, west, south, north
}

/// How a number inserted between two doorplates is written.
public enum SubNumberStyle: String, Sendable, Codable, CaseIterable {
    /// 118-1号
    case dash
    /// 118号之一
    case zhi
    /// 118号附1
    case fu
    /// 118甲号
    case jiayi

    static let zhiNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    static let stems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]

    /// The designation of sub-number `index` (1 = the first) of `base`, or nil
    /// when the style has no sign for it (之 and 甲/乙 go up to ten here).
    public func designation(base: Int, index: Int) -> String? {
        guard index >= 1 else { return nil }
        switch self {
        case .dash: return "\(base)-\(index)号"
        case .fu: return "\(base)号附\(index)"
        case .zhi: return index <= 10 ? "\(base)号之\(Self.zhiNumerals[index - 1])" : nil
        case .jiayi: return index <= 10 ? "\(base)\(Self.stems[index - 1])号" : nil
        }
    }

    /// The sub-number index a designation's qualifier stands for, in any style:
    /// `-1`, `之一`, `附1` and `甲` are all 1. Nil for qualifiers of another kind.
    public static func index(ofSuffix suffix: String) -> Int? {
        if suffix.hasPrefix("-") || suffix.hasPrefix("附") { return Int(suffix.dropFirst()) }
        if suffix.hasPrefix("之") {
            let rest = String(suffix.dropFirst())
            return zhiNumerals.firstIndex(of: rest).map { $0 + 1 }
        }
        return stems.firstIndex(of: suffix).map { $0 + 1 }
    }
}

/// One jurisdiction's doorplate numbering rules (门牌编号规则).
///
/// Presets come from `gazetteer/doorplates/policies.tsv`; a division may
/// override single values (``NumberingOverrides``). The type only computes:
/// which number comes next, which sub-number to insert. Which numbers a road
/// already has is the caller's business.
public struct NumberingPolicy: Sendable, Equatable, Codable {
    public var preset: String
    /// Where numbering starts on east–west roads (east or west).
    public var eastWestStart: CompassPoint
    /// Where numbering starts on north–south roads (south or north).
    public var northSouthStart: CompassPoint
    /// The side of an east–west road that takes odd numbers (north or south).
    public var eastWestOddSide: CompassPoint
    /// The side of a north–south road that takes odd numbers (west or east).
    public var northSouthOddSide: CompassPoint
    /// Numbers a one-sided road uses: `either` (only odd or only even), `odd`, `even`, or `no`.
    public var oneSided: String
    /// Numbers never handed out.
    public var skipped: [Int]
    /// Numbers that must not be skipped (Beijing: 4, 13 and 14).
    public var mustNotSkip: [Int]
    /// Distance between neighbouring numbers on one side.
    public var step: Int
    /// Spare numbers left free after each new number (预留备用号).
    public var reserve: Int
    /// Metric numbering: the number is the distance in metres from the zero point divided by this.
    public var metresPerNumber: Int?
    public var subNumberStyle: SubNumberStyle
    /// Roads numbered on one side only, by name, with the side they use.
    public var oneSidedRoads: [String: DoorplateSide]
    public var source: String

    enum CodingKeys: String, CodingKey {
        case preset
        case eastWestStart = "ew_start"
        case northSouthStart = "ns_start"
        case eastWestOddSide = "ew_odd"
        case northSouthOddSide = "ns_odd"
        case oneSided = "one_sided"
        case skipped = "skip"
        case mustNotSkip = "keep"
        case step, reserve
        case metresPerNumber = "metres_per_number"
        case subNumberStyle = "sub_style"
        case oneSidedRoads = "one_sided_roads"
        case source
    }

    public init(
        preset: String, eastWestStart: CompassPoint = .east, northSouthStart: CompassPoint = .south,
        eastWestOddSide: CompassPoint = .south, northSouthOddSide: CompassPoint = .west, oneSided: String = "either",
        skipped: [Int] = [], mustNotSkip: [Int] = [], step: Int = 2, reserve: Int = 0, metresPerNumber: Int? = nil,
        subNumberStyle: SubNumberStyle = .dash, oneSidedRoads: [String: DoorplateSide] = [:], source: String = ""
    ) {
        self.preset = preset
        self.eastWestStart = eastWestStart
        self.northSouthStart = northSouthStart
        self.eastWestOddSide = eastWestOddSide
        self.northSouthOddSide = northSouthOddSide
        self.oneSided = oneSided
        self.skipped = skipped.sorted()
        self.mustNotSkip = mustNotSkip.sorted()
        self.step = step
        self.reserve = reserve
        self.metresPerNumber = metresPerNumber
        self.subNumberStyle = subNumberStyle
        self.oneSidedRoads = oneSidedRoads
        self.source = source
    }

    /// Why a policy cannot be used, or nil.
    public var problem: String? {
        if step < 2 || step % 2 != 0 { return "step must be a positive even number (it is \(step)), so a side keeps its parity" }
        if reserve < 0 { return "reserve cannot be negative" }
        if let m = metresPerNumber, m < 1 { return "metres_per_number must be at least 1" }
        if skipped.contains(where: { $0 < 1 }) { return "skipped numbers must be positive" }
        let forced = Set(skipped).intersection(mustNotSkip).sorted()
        if !forced.isEmpty {
            return "the \(preset) rules forbid skipping \(forced.map(String.init).joined(separator: ", "))"
        }
        if !["either", "odd", "even", "no"].contains(oneSided) { return "one_sided must be either, odd, even or no" }
        if oneSided == "no", !oneSidedRoads.isEmpty { return "the \(preset) rules allow no one-sided roads" }
        for (road, side) in oneSidedRoads.sorted(by: { $0.key < $1.key }) where oneSided != "either" && side.rawValue != oneSided {
            return "one-sided road \(road) must use \(oneSided) numbers under the \(preset) rules"
        }
        return nil
    }

    /// The first number of a side: 1 or 2.
    public func first(on side: DoorplateSide) -> Int { side == .odd ? 1 : 2 }

    /// The sides a road may be numbered on.
    public func allowedSides(road: String) -> [DoorplateSide] {
        if let only = oneSidedRoads[road] { return [only] }
        return [.odd, .even]
    }

    /// The parity side that a compass side of a road stands for: north/south
    /// on an east–west road, east/west on a north–south one.
    public func side(facing point: CompassPoint) -> DoorplateSide {
        switch point {
        case .north, .south: return point == eastWestOddSide ? .odd : .even
        case .east, .west: return point == northSouthOddSide ? .odd : .even
        }
    }

    public func isSkipped(_ number: Int) -> Bool { skipped.contains(number) }

    /// The number that follows the highest one ever issued on a side (`last`,
    /// nil when the side has none): `step` on, plus the reserved spares,
    /// passing over skipped numbers and numbers `isUsed` says are taken.
    public func next(after last: Int?, on side: DoorplateSide) -> Int { next(after: last, on: side, isUsed: { _ in false }) }

    public func next(after last: Int?, on side: DoorplateSide, isUsed: (Int) throws -> Bool) rethrows -> Int {
        var n = last.map { $0 + step * (1 + reserve) } ?? first(on: side)
        if DoorplateSide.of(n) != side { n += 1 }
        while try isSkipped(n) || isUsed(n) { n += step }
        return n
    }

    /// The first whole number after `number` and before `limit` (exclusive;
    /// nil for no limit) on the same side that is neither skipped nor used.
    public func wholeNumber(after number: Int, before limit: Int?, isUsed: (Int) throws -> Bool) rethrows -> Int? {
        var n = number + step
        while limit.map({ n < $0 }) ?? true {
            if try !isSkipped(n) && !isUsed(n) { return n }
            n += step
        }
        return nil
    }

    /// Metric numbering: the number for a door `metres` from the road's zero
    /// point on `side`, or nil if the policy is not metric.
    public func number(atMetres metres: Double, on side: DoorplateSide) -> Int? {
        guard let per = metresPerNumber, metres >= 0 else { return nil }
        var n = max(1, Int((metres / Double(per)).rounded()))
        if DoorplateSide.of(n) != side { n += 1 }
        return n
    }

    /// This policy with a division's overrides applied.
    public func applying(_ overrides: NumberingOverrides) -> NumberingPolicy {
        var p = self
        if let v = overrides.skip { p.skipped = v.sorted() }
        if let v = overrides.step { p.step = v }
        if let v = overrides.reserve { p.reserve = v }
        if let v = overrides.metresPerNumber { p.metresPerNumber = v == 0 ? nil : v }
        if let v = overrides.subStyle { p.subNumberStyle = v }
        if let v = overrides.oneSidedRoads { p.oneSidedRoads.merge(v) { $1 } }
        return p
    }
}

/// Values a division changes in its preset, stored as JSON in the registry.
/// Every field is optional: absent means "as the preset says".
public struct NumberingOverrides: Sendable, Equatable, Codable {
    public var skip: [Int]?
    public var step: Int?
    public var reserve: Int?
    /// 0 turns metric numbering off.
    public var metresPerNumber: Int?
    public var subStyle: SubNumberStyle?
    public var oneSidedRoads: [String: DoorplateSide]?

    enum CodingKeys: String, CodingKey {
        case skip, step, reserve
        case metresPerNumber = "metres_per_number"
        case subStyle = "sub_style"
        case oneSidedRoads = "one_sided_roads"
    }

    public init(
        skip: [Int]? = nil, step: Int? = nil, reserve: Int? = nil, metresPerNumber: Int? = nil,
        subStyle: SubNumberStyle? = nil, oneSidedRoads: [String: DoorplateSide]? = nil
    ) {
        self.skip = skip
        self.step = step
        self.reserve = reserve
        self.metresPerNumber = metresPerNumber
        self.subStyle = subStyle
        self.oneSidedRoads = oneSidedRoads
    }
}

/// The presets of `gazetteer/doorplates/policies.tsv`, by name.
public struct NumberingPresets: Sendable, Equatable {
    /// The preset of a division that chose none.
    public static let defaultName = "national"
    public static let columns = [
        "preset", "ew_start", "ns_start", "ew_odd", "ns_odd", "one_sided", "skip", "keep", "step", "reserve",
        "metres_per_number", "sub_style", "source",
    ]

    public var byName: [String: NumberingPolicy]
    public var names: [String] { byName.keys.sorted() }

    public init(_ policies: [NumberingPolicy]) {
        byName = Dictionary(policies.map { ($0.preset, $0) }, uniquingKeysWith: { $1 })
    }

    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var line: Int
        public var reason: String
        public var description: String { "policies.tsv line \(line): \(reason)" }
    }

    /// Parses the presets file: `#` lines are comments, the first other line is
    /// the header, then one preset per line; `-` stands for an empty value.
    public static func parse(_ text: String) throws(ParseError) -> NumberingPresets {
        var policies: [NumberingPolicy] = []
        var header: [String]?
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
            guard let names = header else {
                guard fields == columns else {
                    throw ParseError(line: lineNumber, reason: "expected the header \(columns.joined(separator: " "))")
                }
                header = fields
                continue
            }
            guard fields.count == names.count else {
                throw ParseError(line: lineNumber, reason: "expected \(names.count) tab-separated fields, found \(fields.count)")
            }
            func value(_ column: String) -> String? {
                let v = fields[names.firstIndex(of: column)!]
                return v == "-" || v.isEmpty ? nil : v
            }
            func point(_ column: String, _ allowed: [CompassPoint]) throws(ParseError) -> CompassPoint {
                guard let v = value(column), let p = CompassPoint(rawValue: v), allowed.contains(p) else {
                    throw ParseError(line: lineNumber, reason: "\(column) must be \(allowed.map(\.rawValue).joined(separator: " or "))")
                }
                return p
            }
            func numbers(_ column: String) throws(ParseError) -> [Int] {
                guard let v = value(column) else { return [] }
                var out: [Int] = []
                for part in v.split(separator: ",") {
                    guard let n = Int(part.trimmingCharacters(in: .whitespaces)) else {
                        throw ParseError(line: lineNumber, reason: "\(column): \(part) is not a number")
                    }
                    out.append(n)
                }
                return out
            }
            func integer(_ column: String) throws(ParseError) -> Int? {
                guard let v = value(column) else { return nil }
                guard let n = Int(v) else { throw ParseError(line: lineNumber, reason: "\(column): \(v) is not a number") }
                return n
            }
            guard let name = value("preset") else { throw ParseError(line: lineNumber, reason: "the preset has no name") }
            guard let style = value("sub_style").flatMap(SubNumberStyle.init(rawValue:)) else {
                throw ParseError(line: lineNumber, reason: "sub_style must be dash, zhi, fu or jiayi")
            }
            let policy = NumberingPolicy(
                preset: name, eastWestStart: try point("ew_start", [.east, .west]),
                northSouthStart: try point("ns_start", [.south, .north]),
                eastWestOddSide: try point("ew_odd", [.north, .south]),
                northSouthOddSide: try point("ns_odd", [.west, .east]), oneSided: value("one_sided") ?? "either",
                skipped: try numbers("skip"), mustNotSkip: try numbers("keep"), step: try integer("step") ?? 2,
                reserve: try integer("reserve") ?? 0, metresPerNumber: try integer("metres_per_number"),
                subNumberStyle: style, source: value("source") ?? "")
            if let problem = policy.problem { throw ParseError(line: lineNumber, reason: problem) }
            if policies.contains(where: { $0.preset == name }) {
                throw ParseError(line: lineNumber, reason: "preset \(name) is defined twice")
            }
            policies.append(policy)
        }
        guard header != nil else { throw ParseError(line: lineNumber, reason: "no header line") }
        let presets = NumberingPresets(policies)
        guard presets.byName[defaultName] != nil else {
            throw ParseError(line: lineNumber, reason: "the default preset \(defaultName) is missing")
        }
        return presets
    }
}
