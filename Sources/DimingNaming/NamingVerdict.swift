/// The outcome of a review: `reject` when any rule is broken (an error),
/// `revise` when only warnings remain for a clerk to weigh, `ok` when
/// nothing was found.
public enum NamingVerdict: String, Sendable, CaseIterable, Codable {
    case ok, revise, reject

    public init(findings: [NamingFinding]) {
        if findings.contains(where: { $0.severity == .error }) {
            self = .reject
        } else if findings.isEmpty {
            self = .ok
        } else {
            self = .revise
        }
    }
}
