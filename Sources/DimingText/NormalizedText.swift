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
        var count = 0
        for scalar in scalars {
            let v = scalar.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard count > 0 else { return "" }
        // Encoded by hand into the string's own storage: appending scalar by
        // scalar to a String took several times as long.
        return String(unsafeUninitializedCapacity: count) { buffer in
            var p = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[p] = UInt8(v)
                    p += 1
                } else if v < 0x800 {
                    buffer[p] = UInt8(0xC0 | v >> 6)
                    buffer[p + 1] = UInt8(0x80 | v & 0x3F)
                    p += 2
                } else if v < 0x10000 {
                    buffer[p] = UInt8(0xE0 | v >> 12)
                    buffer[p + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[p + 2] = UInt8(0x80 | v & 0x3F)
                    p += 3
                } else {
                    buffer[p] = UInt8(0xF0 | v >> 18)
                    buffer[p + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[p + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[p + 3] = UInt8(0x80 | v & 0x3F)
                    p += 4
                }
            }
            return p
        }
    }

    /// The rules that changed the text, in the order they ran.
    public var firedRules: [NormalizationRule] {
        NormalizationRule.allCases.filter { fired & $0.bit != 0 && $0 != .subNumbers }
    }

    /// Whether the normalized text differs from the input at all.
    public var changed: Bool { fired & ~NormalizationRule.subNumbers.bit != 0 }
}
