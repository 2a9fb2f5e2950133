/// The normalizer's rules, in the order they run.
///
/// The order matters and is fixed. Invisible characters go first, so nothing
/// later sees a word split by a zero-width space. Full-width forms and
/// punctuation come before spaces because they make spaces (U+3000, ----).
/// Spaces go before the character tables because traditional-exceptions.tsv
/// matches whole words (乾 隆 is 乾隆). The number rules come last, since they
/// need plain digits, simplified unit words and no spaces to recognise
/// anything. A caller may switch rules off (`Normalizer(tables:rules:)`),
/// never reorder them.
public enum NormalizationRule: String, Sendable, CaseIterable, Codable {
    /// Control, bidirectional and zero-width characters are removed (and
    /// reported); tabs and line breaks become spaces.
    case invisibleCharacters = "invisible-characters"
    /// Full-width ASCII (U+FF01–U+FF5E) becomes ASCII; the ideographic space
    /// U+3000 becomes a space. 。、「」 and other CJK punctuation are untouched.
    case fullWidth = "full-width"
    /// Dash, tilde and bracket variants become - ~ ( ), by punctuation.tsv; a
    /// run of hyphens (——, ----) is a separator and becomes a space.
    case punctuation
    /// Spaces go, except a single space between two words of a spaced script
    /// (Latin letters or digits on both sides: "Block A", "12 3").
    case spaces
    /// Radical and compatibility forms become unified ideographs (⻄ → 西), by
    /// radicals.tsv.
    case radicals
    /// Traditional and variant characters become simplified (號 → 号), by
    /// traditional.tsv, except inside the words of traditional-exceptions.tsv.
    case traditional
    /// A leading run of divisions written twice (浙江省台州市黄岩区浙江省台州市黄岩区…)
    /// is kept once.
    case repeatedPrefix = "repeated-prefix"
    /// Chinese numerals followed by a unit word become digits (一百一十八号 →
    /// 118号); numerals in names (中山一路, 三元里) stay.
    case numerals
    /// A villagers' group number before a doorplate is written N组N号
    /// (第五村民小组六号 → 5组6号).
    case villageGroups = "village-groups"
    /// A compressed building-unit-room number after an estate name is spelled
    /// out (春风里12-3-1001 → 春风里12幢3单元1001室).
    case buildingUnitRoom = "building-unit-room"
    /// Sub-numbers (118-1号, 118号之一, 118号附1, 118甲号) are recognised and
    /// reported in `NormalizedText.subNumbers`; the text keeps its style, so
    /// this rule never appears among the fired rules.
    case subNumbers = "sub-numbers"

    /// What the rule did, in words for a clerk's warning list.
    public var summary: String {
        switch self {
        case .invisibleCharacters: "removed invisible or control characters"
        case .fullWidth: "wrote full-width letters, digits and spaces as ordinary ones"
        case .radicals: "replaced radical or compatibility forms by ordinary characters"
        case .traditional: "replaced traditional or variant characters by simplified ones"
        case .punctuation: "unified dashes, tildes and brackets"
        case .spaces: "removed spaces"
        case .repeatedPrefix: "removed a repeated province/city/county prefix"
        case .numerals: "wrote Chinese numerals as digits"
        case .villageGroups: "wrote the villagers' group as N组"
        case .buildingUnitRoom: "spelled out a building-unit-room number (幢, 单元, 室)"
        case .subNumbers: "recognised a sub-number"
        }
    }

    var bit: UInt32 {
        switch self {
        case .invisibleCharacters: 1 << 0
        case .fullWidth: 1 << 1
        case .punctuation: 1 << 2
        case .spaces: 1 << 3
        case .radicals: 1 << 4
        case .traditional: 1 << 5
        case .repeatedPrefix: 1 << 6
        case .numerals: 1 << 7
        case .villageGroups: 1 << 8
        case .buildingUnitRoom: 1 << 9
        case .subNumbers: 1 << 10
        }
    }
}
