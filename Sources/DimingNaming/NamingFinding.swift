/// One reason a name is not standard, in the words a clerk reads, with the
/// evidence (the word found, the name it duplicates) so the clerk can check
/// it instead of trusting it.
public struct NamingFinding: Sendable, Equatable, Hashable, Codable {
    /// A stable code (da.word, chong.identical …) for filters and statistics.
    public var rule: String
    public var category: NamingCategory
    public var severity: FindingSeverity
    public var message: String
    public var evidence: String

    public init(rule: String, category: NamingCategory, severity: FindingSeverity, message: String, evidence: String) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.evidence = evidence
    }
}
