/// The non-standard-name report of an audit (清理整治不规范地名): every
/// registered name with at least one finding, and the counts per campaign
/// category, as CSV for spreadsheets and Markdown for reading.
public struct NamingAuditReport: Sendable {
    public struct Entry: Sendable {
        public var ref: String
        public var review: NameReview
        public init(ref: String, review: NameReview) {
            self.ref = ref
            self.review = review
        }
    }

    /// Every name reviewed (also those without findings, for the totals).
    public var entries: [Entry]
    public var scopeDescription: String

    public init(entries: [Entry], scopeDescription: String) {
        self.entries = entries
        self.scopeDescription = scopeDescription
    }

    public var flagged: [Entry] { entries.filter { !$0.review.findings.isEmpty } }

    /// Names with at least one finding of each category (a name counts once
    /// per category).
    public var namesPerCategory: [(NamingCategory, Int)] {
        NamingCategory.allCases.map { c in (c, entries.filter { $0.review.findings.contains { $0.category == c } }.count) }
    }

    public var findingsPerRule: [(String, Int)] {
        var counts: [String: Int] = [:]
        for e in entries { for f in e.review.findings { counts[f.rule, default: 0] += 1 } }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    }

    public var verdictCounts: [(NamingVerdict, Int)] {
        NamingVerdict.allCases.map { v in (v, entries.filter { $0.review.verdict == v }.count) }
    }

    /// One row per finding: ref, name, class, division, verdict, rule,
    /// category, severity, message, evidence.
    public var csv: String {
        var out = "ref,name,class,division_code,verdict,rule,category,severity,message,evidence\r\n"
        for e in flagged {
            for f in e.review.findings {
                let fields = [
                    e.ref, e.review.name, e.review.nameClass.rawValue, e.review.divisionCode, e.review.verdict.rawValue, f.rule,
                    f.category.rawValue, f.severity.rawValue, f.message, f.evidence,
                ]
                out += fields.map(NamingText.csv).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    public var markdown: String {
        var out = "# 不规范地名清理报告 Non-standard name audit\n\n"
        out += "Scope: \(scopeDescription). Names reviewed: \(entries.count); with findings: \(flagged.count).\n\n"
        out += "## 按类别 Names per category\n\n| 类别 Category | Names |\n|---|---|\n"
        for (c, n) in namesPerCategory { out += "| \(c.rawValue) | \(n) |\n" }
        out += "\n## 结论 Verdicts\n\n| Verdict | Names |\n|---|---|\n"
        for (v, n) in verdictCounts { out += "| \(v.rawValue) | \(n) |\n" }
        out += "\n## 按规则 Findings per rule\n\n| Rule | Findings |\n|---|---|\n"
        for (r, n) in findingsPerRule { out += "| \(r) | \(n) |\n" }
        out += "\n## 名单 Names with findings\n\n| Ref | Name | Class | Division | Verdict | Findings |\n|---|---|---|---|---|---|\n"
        for e in flagged {
            let list = e.review.findings.map { "\($0.category.rawValue) \($0.rule): \($0.evidence)" }.joined(separator: "; ")
            out += "| \(e.ref) | \(NamingText.cell(e.review.name)) | \(e.review.nameClass.rawValue) | \(e.review.divisionCode) | \(e.review.verdict.rawValue) | \(NamingText.cell(list)) |\n"
        }
        return out
    }
}
