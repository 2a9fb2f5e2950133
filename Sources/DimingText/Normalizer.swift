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

        // Plain ifs, not a loop over closures: a closure capturing `self`
        // copies the whole normalizer (every table reference) per rule. The
        // progress is a value of its own, not locals captured by local
        // functions, which the runtime checked for exclusive access on every use.
        // A character rule runs when the line has a character it concerns,
        // or once an earlier rule has changed the text (see RuleTriggers).
        var progress = RuleProgress(enabled: enabled, concerned: concerned)
        if progress.runs(.invisibleCharacters, RuleTriggers.invisible), invisible.apply(&s, &report) { progress.changed(.invisibleCharacters) }
        if progress.runs(.fullWidth, RuleTriggers.fullWidth), fullWidth.apply(&s) { progress.changed(.fullWidth) }
        if progress.runs(.punctuation, RuleTriggers.punctuation), punctuation.apply(&s) { progress.changed(.punctuation) }
        if progress.runs(.spaces, RuleTriggers.spaces), spaces.apply(&s) { progress.changed(.spaces) }
        if progress.runs(.radicals, RuleTriggers.radicals), radicals.apply(&s) { progress.changed(.radicals) }
        if progress.runs(.traditional, RuleTriggers.traditional), traditional.apply(&s) { progress.changed(.traditional) }
        if progress.isOn(.repeatedPrefix), repeatedPrefix.apply(&s, &report) { progress.changed(.repeatedPrefix) }
        if progress.isOn(.numerals), numerals.apply(&s) { progress.changed(.numerals) }
        if progress.isOn(.villageGroups), villageGroups.apply(&s, &report) { progress.changed(.villageGroups) }
        if progress.isOn(.buildingUnitRoom), buildingUnitRoom.apply(&s) { progress.changed(.buildingUnitRoom) }
        if progress.isOn(.subNumbers) { subNumbers.apply(s, &report) }

        return Self.result(s, inputLength: inputLength, fired: progress.fired, report: report)
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

/// Which rules are on, which the line concerns, and which have changed it, as
/// the normalizer runs them in order.
private struct RuleProgress {
    let enabled: UInt32
    var concerned: UInt8
    var fired: UInt32 = 0

    init(enabled: UInt32, concerned: UInt8) {
        self.enabled = enabled
        self.concerned = concerned
    }

    @inline(__always) func isOn(_ rule: NormalizationRule) -> Bool { enabled & rule.bit != 0 }
    @inline(__always) func runs(_ rule: NormalizationRule, _ trigger: UInt8) -> Bool { isOn(rule) && concerned & trigger != 0 }
    /// Once a rule has changed the text, every later rule runs.
    @inline(__always) mutating func changed(_ rule: NormalizationRule) {
        fired |= rule.bit
        concerned = RuleTriggers.all
    }
}
