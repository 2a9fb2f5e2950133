/// The size a generic term requires (大厦: floors>=10; 广场:
/// land_area>=10000|floor_area>=100000): alternatives of conjunctions of
/// comparisons, as written in class-generics.tsv.
public struct SizeRule: Sendable, Equatable, CustomStringConvertible {
    public struct Condition: Sendable, Equatable {
        public enum Comparison: String, Sendable { case atLeast = ">=", above = ">", below = "<" }
        public var fact: SizeFacts.Fact
        public var comparison: Comparison
        public var value: Double

        func holds(_ x: Double) -> Bool {
            switch comparison {
            case .atLeast: return x >= value
            case .above: return x > value
            case .below: return x < value
            }
        }
    }

    /// Any one alternative satisfied is enough; within one, all conditions.
    public var alternatives: [[Condition]]
    public let text: String

    public var description: String { text }

    /// Nil when the text is not a rule.
    public init?(_ text: String) {
        self.text = text
        var alternatives: [[Condition]] = []
        for alternative in text.split(separator: "|") {
            var conditions: [Condition] = []
            for part in alternative.split(separator: "&") {
                var found: Condition?
                for op in [Condition.Comparison.atLeast, .above, .below] {
                    let pieces = part.components(op.rawValue)
                    if pieces.count == 2, let fact = SizeFacts.Fact(rawValue: pieces[0]), let value = Double(pieces[1]) {
                        found = Condition(fact: fact, comparison: op, value: value)
                        break
                    }
                }
                guard let found else { return nil }
                conditions.append(found)
            }
            if conditions.isEmpty { return nil }
            alternatives.append(conditions)
        }
        if alternatives.isEmpty { return nil }
        self.alternatives = alternatives
    }

    /// False when the facts given show the feature too small: every
    /// alternative has a condition whose fact is given and fails. Nil when the
    /// facts given cannot decide (a fact is missing from every alternative).
    public func isMet(by facts: SizeFacts) -> Bool? {
        var undecided = false
        for alternative in alternatives {
            var fails = false
            var missing = false
            for condition in alternative {
                guard let x = facts[condition.fact] else {
                    missing = true
                    continue
                }
                if !condition.holds(x) { fails = true }
            }
            if !fails && !missing { return true }
            if !fails && missing { undecided = true }
        }
        return undecided ? nil : false
    }
}

extension Substring {
    /// Splits on a multi-character separator (no Foundation in the engine).
    fileprivate func components(_ separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            out.append(String(rest[..<range.lowerBound]).trimmed)
            rest = rest[range.upperBound...]
        }
        out.append(String(rest).trimmed)
        return out
    }
}

extension String {
    fileprivate var trimmed: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
