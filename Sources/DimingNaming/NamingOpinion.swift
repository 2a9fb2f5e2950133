/// The naming opinion (命名意见) drafted for a proposal: the standard name,
/// its romanisation by GB/T 16159, the findings and a recommendation, as
/// Markdown and HTML for the office to edit and sign.
public struct NamingOpinion: Sendable {
    public var review: NameReview
    /// The division as written in the opinion (浙江省台州市黄岩区).
    public var divisionName: String
    /// GB/T 16159 spelling (专名 and 通名 apart, capitalised).
    public var romanised: String
    /// The same with tone marks, for the record.
    public var toneMarked: String
    public var parts: NameParts
    /// Allow-list entries that exempted the name from some rules.
    public var exemptions: [NamingLexicon.Exemption]
    public var scope: NamingScope
    /// The date written on the opinion (YYYY-MM-DD), given by the caller so
    /// the engine stays pure.
    public var date: String

    public init(
        review: NameReview, divisionName: String, romanised: String, toneMarked: String, parts: NameParts,
        exemptions: [NamingLexicon.Exemption], scope: NamingScope, date: String
    ) {
        self.review = review
        self.divisionName = divisionName
        self.romanised = romanised
        self.toneMarked = toneMarked
        self.parts = parts
        self.exemptions = exemptions
        self.scope = scope
        self.date = date
    }

    public var recommendation: String {
        switch review.verdict {
        case .ok:
            return "建议同意命名。No rule is broken and no duplicate or homophone was found in the \(scope.word): the name may be approved."
        case .revise:
            return "建议修改或补充说明后再报。The name breaks no rule outright, but the warnings below need a decision or a change before approval."
        case .reject:
            return "不建议同意此名称。The name breaks the rules marked as errors below; propose another name."
        }
    }

    private var partsLine: String {
        var s = "专名 \(parts.specific.isEmpty ? "—" : parts.specific)"
        if parts.stem != parts.specific { s += " (with direction/ordinal: \(parts.stem))" }
        s += "; 通名 \(parts.generic.isEmpty ? "—" : parts.generic)"
        return s
    }

    public var markdown: String {
        var out = "# 地名命名意见 Naming opinion: \(review.name)\n\n"
        out += "| | |\n|---|---|\n"
        out += "| 标准名称 Standard name | \(NamingText.cell(review.name)) |\n"
        out += "| 汉语拼音 Romanisation (GB/T 16159) | \(NamingText.cell(romanised)) |\n"
        out += "| 读音 Reading | \(NamingText.cell(toneMarked)) |\n"
        out += "| 构成 Parts | \(NamingText.cell(partsLine)) |\n"
        out += "| 类别 Class | \(review.nameClass.rawValue) |\n"
        out += "| 所属政区 Division | \(NamingText.cell(divisionName)) (\(review.divisionCode)) |\n"
        out += "| 查重范围 Duplicate scope | \(scope.word) |\n"
        out += "| 结论 Verdict | **\(review.verdict.rawValue)** |\n"
        out += "| 日期 Date | \(date) |\n\n"
        out += "## 审查意见 Findings\n\n"
        if review.findings.isEmpty {
            out += "No findings.\n\n"
        } else {
            out += "| # | 类别 Category | Severity | Rule | Finding | Evidence |\n|---|---|---|---|---|---|\n"
            for (i, f) in review.findings.enumerated() {
                out += "| \(i + 1) | \(f.category.rawValue) | \(f.severity.rawValue) | \(f.rule) | \(NamingText.cell(f.message)) | \(NamingText.cell(f.evidence)) |\n"
            }
            out += "\n"
        }
        if !exemptions.isEmpty {
            out += "## 豁免 Exemptions applied\n\n"
            for e in exemptions { out += "- \(NamingText.cell(e.rules.joined(separator: ", "))): \(NamingText.cell(e.reason))\n" }
            out += "\n"
        }
        out += "## 建议 Recommendation\n\n\(recommendation)\n"
        return out
    }

    public var html: String {
        let h = NamingText.html
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>地名命名意见 \(h(review.name))</title>\n"
        out += "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}.error{color:#a00}.warning{color:#a60}</style>\n"
        out += "</head>\n<body>\n<h1>地名命名意见 Naming opinion: \(h(review.name))</h1>\n<table>\n"
        let rows: [(String, String)] = [
            ("标准名称 Standard name", review.name), ("汉语拼音 Romanisation (GB/T 16159)", romanised),
            ("读音 Reading", toneMarked), ("构成 Parts", partsLine), ("类别 Class", review.nameClass.rawValue),
            ("所属政区 Division", "\(divisionName) (\(review.divisionCode))"), ("查重范围 Duplicate scope", scope.word),
            ("结论 Verdict", review.verdict.rawValue), ("日期 Date", date),
        ]
        for (k, v) in rows { out += "<tr><th>\(h(k))</th><td>\(h(v))</td></tr>\n" }
        out += "</table>\n<h2>审查意见 Findings</h2>\n"
        if review.findings.isEmpty {
            out += "<p>No findings.</p>\n"
        } else {
            out += "<table>\n<tr><th>#</th><th>类别 Category</th><th>Severity</th><th>Rule</th><th>Finding</th><th>Evidence</th></tr>\n"
            for (i, f) in review.findings.enumerated() {
                out += "<tr class=\"\(f.severity.rawValue)\"><td>\(i + 1)</td><td>\(h(f.category.rawValue))</td><td>\(f.severity.rawValue)</td><td>\(h(f.rule))</td><td>\(h(f.message))</td><td>\(h(f.evidence))</td></tr>\n"
            }
            out += "</table>\n"
        }
        if !exemptions.isEmpty {
            out += "<h2>豁免 Exemptions applied</h2>\n<ul>\n"
            for e in exemptions { out += "<li>\(h(e.rules.joined(separator: ", "))): \(h(e.reason))</li>\n" }
            out += "</ul>\n"
        }
        out += "<h2>建议 Recommendation</h2>\n<p>\(h(recommendation))</p>\n</body>\n</html>\n"
        return out
    }
}
