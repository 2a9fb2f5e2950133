/// Which inspection round a row, a photo or a report belongs to.
///
/// - A regular round (每五年一次的联合检查) is a number: `5`, `第5轮`, `第五轮`.
/// - An ad hoc inspection (after a flood, a river shift or road works, Art 12)
///   has no number; it is named by a short title written after `ad-hoc:`,
///   e.g. `ad-hoc:2025-07-flood` (also accepted: `adhoc:`, `临时:`, `专项:`,
///   with an ASCII or full-width colon). The same title always means the same
///   ad hoc inspection.
public enum InspectionRoundID: Sendable, Hashable, CustomStringConvertible {
    case regular(Int)
    case adHoc(String)

    /// The prefixes that introduce an ad hoc inspection's title.
    public static let adHocPrefixes = ["ad-hoc", "adhoc", "ad_hoc", "临时", "专项"]

    /// Nil when the text is neither a round number nor `ad-hoc:TITLE` with a
    /// non-empty title of at most 100 characters and no control characters.
    public init?(_ text: String) {
        let t = text.boundaryTrimmed
        if let n = BoundaryInspectionRow.parseRound(t) {
            self = .regular(n)
            return
        }
        for prefix in InspectionRoundID.adHocPrefixes {
            guard t.lowercased().hasPrefix(prefix) else { continue }
            var rest = t.dropFirst(prefix.count)
            guard let colon = rest.first, colon == ":" || colon == "：" else { continue }
            rest = rest.dropFirst()
            let title = String(rest).boundaryTrimmed
            guard !title.isEmpty, title.count <= 100,
                !title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            else { return nil }
            self = .adHoc(title)
            return
        }
        return nil
    }

    /// The form accepted back by the CSV files and `--round`: `5` or `ad-hoc:TITLE`.
    public var description: String {
        switch self {
        case let .regular(n): return String(n)
        case let .adHoc(title): return "ad-hoc:" + title
        }
    }

    /// The round number of a regular round.
    public var number: Int? {
        if case let .regular(n) = self { return n }
        return nil
    }

    /// The ad hoc inspection's title.
    public var adHocTitle: String? {
        if case let .adHoc(title) = self { return title }
        return nil
    }

    /// The `inspection_round.kind` value: `regular` or `ad_hoc`.
    public var kind: String { number == nil ? "ad_hoc" : "regular" }

    /// How the round is named in the printed report: 第5轮 or 专项检查（TITLE）.
    public var chineseLabel: String {
        switch self {
        case let .regular(n): return "第\(n)轮"
        case let .adHoc(title): return "专项检查（\(title)）"
        }
    }
}
