/// Turns one free-text address line into the registry's written form, and
/// keeps track of where every character came from.
///
/// Built once from the tables and then shared: it is an immutable value, so
/// any number of threads may call `normalize` at once. Normalizing never
/// fails and never traps, whatever the input (empty, damaged, 100 KB of
/// noise): the result is always a value, and the work is linear in the
/// length of the line. Normalizing a normalized text changes nothing.
///
/// The rules run in `NormalizationRule` order; see each case for what it
/// does and the rule types (`FullWidthRule`, `ChineseNumeralRule` …) for why.
public struct Normalizer: Sendable {
    /// The rules this normalizer runs, in order.
    public let rules: [NormalizationRule]
    private let enabled: UInt32
    private let invisible = InvisibleCharacterRule()
    private let fullWidth = FullWidthRule()
    private let punctuation: PunctuationRule
    private let spaces = SpaceRule()
    private let radicals: RadicalRule
    private let traditional: TraditionalRule
    private let repeatedPrefix: RepeatedPrefixRule
    private let numerals: ChineseNumeralRule
    private let villageGroups: VillageGroupRule
    private let buildingUnitRoom: BuildingUnitRoomRule
    private let subNumbers = SubNumberRule()
    private let triggers: RuleTriggers
    /// Off only in tests, which hold the skipping normalizer to one that
    /// runs every rule on every line.
    var skipsUnconcernedRules = true

    /// A normalizer running `rules` (all of them by default). The order is
    /// always the one of `NormalizationRule`, whatever order `rules` lists.
    public init(tables: NormalizationTables, rules: some Sequence<NormalizationRule> = NormalizationRule.allCases) {
        let mask = rules.reduce(UInt32(0)) { $0 | $1.bit }
        self.enabled = mask
        self.rules = NormalizationRule.allCases.filter { mask & $0.bit != 0 }
        punctuation = PunctuationRule(tables.punctuation)
        radicals = RadicalRule(tables.radicals)
        traditional = TraditionalRule(tables.traditional, exceptions: tables.traditionalExceptions)
        repeatedPrefix = RepeatedPrefixRule(generics: tables.generics)
        numerals = ChineseNumeralRule(units: tables.units, generics: tables.generics)
        villageGroups = VillageGroupRule(units: tables.units)
        buildingUnitRoom = BuildingUnitRoomRule(units: tables.units, generics: tables.generics)
        triggers = RuleTriggers(punctuation: punctuation, radicals: radicals, traditional: traditional)
    }

    public func normalize(_ line: String) -> NormalizedText {
        normalize(line[...])
    }

    public func normalize(_ line: Substring) -> NormalizedText {
        var concerned: UInt8 = 0
        var s = Self.mappedScalars(line, triggers, &concerned)
        if !skipsUnconcernedRules { concerned = RuleTriggers.all }
        let inputLength = s.count
        var report = NormalizationReport()
        var fired: UInt32 = 0

        // Plain ifs, not a loop over closures: a closure capturing `self`
        // copies the whole normalizer (every table reference) per rule.
        // A character rule runs when the line has a character it concerns,
        // or once an earlier rule has changed the text (see RuleTriggers).
        let on = enabled
        if on & NormalizationRule.invisibleCharacters.bit != 0, concerned & RuleTriggers.invisible != 0,
            invisible.apply(&s, &report)
        {
            fired |= NormalizationRule.invisibleCharacters.bit
            concerned = RuleTriggers.all
        }
        if on & NormalizationRule.fullWidth.bit != 0, concerned & RuleTriggers.fullWidth != 0, fullWidth.apply(&s) {
            fired |= NormalizationRule.fullWidth.bit
            concerned = RuleTriggers.all
        }
        if on & NormalizationRule.punctuation.bit != 0, concerned & RuleTriggers.punctuation != 0, punctuation.apply(&s) {
            fired |= NormalizationRule.punctuation.bit
            concerned = RuleTriggers.all
        }
        if on & NormalizationRule.spaces.bit != 0, concerned & RuleTriggers.spaces != 0, spaces.apply(&s) {
            fired |= NormalizationRule.spaces.bit
            concerned = RuleTriggers.all
        }
        if on & NormalizationRule.radicals.bit != 0, concerned & RuleTriggers.radicals != 0, radicals.apply(&s) {
            fired |= NormalizationRule.radicals.bit
            concerned = RuleTriggers.all
        }
        if on & NormalizationRule.traditional.bit != 0, concerned & RuleTriggers.traditional != 0, traditional.apply(&s) {
            fired |= NormalizationRule.traditional.bit
        }
        if on & NormalizationRule.repeatedPrefix.bit != 0, repeatedPrefix.apply(&s, &report) {
            fired |= NormalizationRule.repeatedPrefix.bit
        }
        if on & NormalizationRule.numerals.bit != 0, numerals.apply(&s) { fired |= NormalizationRule.numerals.bit }
        if on & NormalizationRule.villageGroups.bit != 0, villageGroups.apply(&s, &report) {
            fired |= NormalizationRule.villageGroups.bit
        }
        if on & NormalizationRule.buildingUnitRoom.bit != 0, buildingUnitRoom.apply(&s) {
            fired |= NormalizationRule.buildingUnitRoom.bit
        }
        if on & NormalizationRule.subNumbers.bit != 0 { subNumbers.apply(s, &report) }

        return Self.result(s, inputLength: inputLength, fired: fired, report: report)
    }

    /// The input as scalars, each mapped to its own offset, and the rules its
    /// characters concern. Written with
    /// buffer pointers because this and `result` run for every scalar of
    /// every line, in debug builds (the test suite) too.
    private static func mappedScalars(_ line: Substring, _ triggers: RuleTriggers, _ concerned: inout UInt8)
        -> [MappedScalar]
    {
        var line = line
        return line.withUTF8 { bytes in
            let n = bytes.count
            return [MappedScalar](unsafeUninitializedCapacity: n) { buffer, count in
                // A String's UTF-8 is always valid, so decoding needs no checks.
                var offset = 0
                var i = 0
                while i < n {
                    let lead = UInt32(bytes[i])
                    let v: UInt32
                    if lead < 0x80 {
                        v = lead
                        i += 1
                    } else if lead < 0xE0 {
                        v = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        v = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    (buffer.baseAddress! + offset).initialize(to: MappedScalar(v, offset, offset + 1))
                    concerned |= triggers.flags(v)
                    offset += 1
                }
                count = offset
            }
        }
    }

    private static func result(_ s: [MappedScalar], inputLength: Int, fired: UInt32, report: NormalizationReport)
        -> NormalizedText
    {
        let n = s.count
        let scalars = s.withUnsafeBufferPointer { source in
            [Unicode.Scalar](unsafeUninitializedCapacity: n) { buffer, count in
                for i in 0..<n {
                    (buffer.baseAddress! + i).initialize(to: Unicode.Scalar(source[i].value).unsafelyUnwrapped)
                }
                count = n
            }
        }
        return NormalizedText(
            scalars: scalars, offsets: OffsetMap(inputLength: inputLength, spans: s), fired: fired,
            warnings: report.warnings, subNumbers: report.subNumbers, villageGroups: report.villageGroups)
    }
}
