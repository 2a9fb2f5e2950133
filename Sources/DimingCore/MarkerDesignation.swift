/// The `type` column of a marker row: the marker type and, for double and
/// triple markers, which part this row registers.
///
/// Accepted spellings (case-insensitive):
/// - single: `single`, `Q`, `单立`
/// - a part of a double marker: `A`, `B`, `double-A`, `double-B`, `双立A`
/// - a part of a triple marker: `C`, `D`, `E`, `triple-C` …, `三立C` …
///
/// The part letter alone is enough because the standard's letters do not
/// overlap between the two kinds (A/B double, C/D/E triple).
public struct MarkerDesignation: Sendable, Hashable {
    public var type: MarkerType
    /// "" for a single marker, otherwise one of A–E.
    public var part: String

    public init(type: MarkerType, part: String) {
        self.type = type
        self.part = part
    }

    public init?(_ text: String) {
        var t = text.boundaryTrimmed.uppercased()
        for prefix in ["DOUBLE-", "DOUBLE", "TRIPLE-", "TRIPLE", "同号双立", "同号三立", "双立", "三立"] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count))
            break
        }
        switch t {
        case "SINGLE", "Q", "单立": self.init(type: .single, part: "")
        case "A", "B": self.init(type: .double, part: t)
        case "C", "D", "E": self.init(type: .triple, part: t)
        default: return nil
        }
    }

    /// How the designation is written in reports: "单立" or the part letter.
    public var label: String { part.isEmpty ? type.chineseName : part }
}
