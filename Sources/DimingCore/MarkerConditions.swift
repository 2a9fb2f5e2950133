/// The set of conditions one inspection recorded for a marker.
///
/// In the CSV the words are separated by `;` or `|` (a comma would split the
/// field); the registry stores them comma-separated in canonical order, and
/// reports join them with `;`, the same way the CSV accepts them back.
public struct MarkerConditions: Sendable, Hashable, Codable {
    /// Sorted, without repeats, never empty.
    public let items: [MarkerCondition]

    public init(_ conditions: some Sequence<MarkerCondition>) throws(BoundaryRowProblem) {
        let set = Set(conditions)
        guard !set.isEmpty else { throw .missingField("condition") }
        if set.contains(.intact) && set.count > 1 {
            throw .contradictoryConditions(set.sorted().map(\.rawValue).joined(separator: ";"))
        }
        items = set.sorted()
    }

    /// Parses the `condition` field: one or more words separated by `;` or `|`.
    public static func parse(_ text: String) throws(BoundaryRowProblem) -> MarkerConditions {
        let separators: Set<Character> = [";", "|", "；"]
        let pieces = text.split(whereSeparator: { (c: Character) -> Bool in separators.contains(c) })
        let words = pieces.map { String($0).boundaryTrimmed }.filter { !$0.isEmpty }
        guard !words.isEmpty else { throw .missingField("condition") }
        var found: [MarkerCondition] = []
        for word in words {
            guard let condition = MarkerCondition(word: word) else { throw .unknownCondition(word) }
            found.append(condition)
        }
        return try MarkerConditions(found)
    }

    /// Reads the registry's stored form (comma-separated words).
    public init?(stored: String) {
        let found = stored.split(separator: ",").compactMap { MarkerCondition(rawValue: String($0)) }
        guard let value = try? MarkerConditions(found) else { return nil }
        self = value
    }

    public func contains(_ condition: MarkerCondition) -> Bool { items.contains(condition) }

    /// The registry's stored form: comma-separated, canonical order.
    public var stored: String { items.map(\.rawValue).joined(separator: ",") }

    /// The form used in reports and accepted by the CSV: `damaged;illegible`.
    public var text: String { items.map(\.rawValue).joined(separator: ";") }

    /// The Chinese terms joined with 、, for the printed report.
    public var chineseText: String { items.map(\.chineseName).joined(separator: "、") }

    /// The most serious condition, which decides a marker's colour on the map.
    public var worst: MarkerCondition { items.max { $0.severity < $1.severity }! }

    /// What must be done about these conditions (see ``MarkerAction/required(by:)``).
    public var requiredActions: [MarkerAction] { MarkerAction.required(by: self) }
}
