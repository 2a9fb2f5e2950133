/// The review of one name: what the check commands print and the audit
/// counts.
public struct NameReview: Sendable, Equatable {
    public var name: String
    public var nameClass: NameClass
    public var divisionCode: String
    public var verdict: NamingVerdict
    public var findings: [NamingFinding]

    public init(name: String, nameClass: NameClass, divisionCode: String, findings: [NamingFinding]) {
        self.name = name
        self.nameClass = nameClass
        self.divisionCode = divisionCode
        // Errors first, then by category, so the reason that decides the
        // verdict is the first a clerk reads.
        self.findings = findings.sorted {
            ($0.severity == .error ? 0 : 1, $0.rule, $0.evidence) < ($1.severity == .error ? 0 : 1, $1.rule, $1.evidence)
        }
        self.verdict = NamingVerdict(findings: findings)
    }
}
