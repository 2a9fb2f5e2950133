/// What a cleanup line comes to: the contract's `verdict` column.
public enum MatchVerdict: String, Sendable, Codable, CaseIterable {
    /// Confident enough to take without a look.
    case matched
    /// A candidate worth a reviewer's look.
    case review
    /// Nothing in the registry fits well enough.
    case unmatched
}
