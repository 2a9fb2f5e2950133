/// The result of normalizing one line: the text, where each of its scalars
/// came from, what changed and what was found.
public struct NormalizedText: Sendable, Equatable {
    /// The normalized text as scalars, for parsers that index by position.
    public let scalars: [Unicode.Scalar]
    /// Output scalar → input scalar span.
    public let offsets: OffsetMap
    /// The rules that changed the text, as a set of `NormalizationRule.bit`s:
    /// a parser that never asks for them pays nothing for them.
    let fired: UInt32
    public let warnings: [NormalizationWarning]
    /// Sub-numbered doorplates in the text (118号之一 …), with output offsets.
    public let subNumbers: [SubNumber]
    /// Villagers' group doorplates (5组6号), with output offsets.
    public let villageGroups: [VillageGroupNumber]

    init(
        scalars: [Unicode.Scalar], offsets: OffsetMap, fired: UInt32, warnings: [NormalizationWarning],
        subNumbers: [SubNumber], villageGroups: [VillageGroupNumber]
    ) {
        self.scalars = scalars
        self.offsets = offsets
        self.fired = fired
        self.warnings = warnings
        self.subNumbers = subNumbers
        self.villageGroups = villageGroups
    }

    /// The normalized text. Built when asked for: the parser reads the
    /// scalars and never needs it.
    public var text: String {
        let count = ScalarUTF8.count(scalars)
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { ScalarUTF8.encode(scalars, into: $0) }
    }

    /// The rules that changed the text, in the order they ran.
    public var firedRules: [NormalizationRule] {
        NormalizationRule.allCases.filter { fired & $0.bit != 0 && $0 != .subNumbers }
    }

    /// Whether the normalized text differs from the input at all.
    public var changed: Bool { fired & ~NormalizationRule.subNumbers.bit != 0 }
}
