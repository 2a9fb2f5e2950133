/// The result of normalizing one line: the text, where each of its scalars
/// came from, what changed and what was found.
public struct NormalizedText: Sendable, Equatable {
    /// The normalized text.
    public let text: String
    /// The same text as scalars, for parsers that index by position.
    public let scalars: [Unicode.Scalar]
    /// Output scalar → input scalar span.
    public let offsets: OffsetMap
    /// The rules that changed the text, in the order they ran.
    public let firedRules: [NormalizationRule]
    public let warnings: [NormalizationWarning]
    /// Sub-numbered doorplates in the text (118号之一 …), with output offsets.
    public let subNumbers: [SubNumber]
    /// Villagers' group doorplates (5组6号), with output offsets.
    public let villageGroups: [VillageGroupNumber]

    init(
        text: String, scalars: [Unicode.Scalar], offsets: OffsetMap, firedRules: [NormalizationRule],
        warnings: [NormalizationWarning], subNumbers: [SubNumber], villageGroups: [VillageGroupNumber]
    ) {
        self.text = text
        self.scalars = scalars
        self.offsets = offsets
        self.firedRules = firedRules
        self.warnings = warnings
        self.subNumbers = subNumbers
        self.villageGroups = villageGroups
    }

    /// Whether the normalized text differs from the input at all.
    public var changed: Bool { !firedRules.isEmpty }
}
