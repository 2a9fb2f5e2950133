/// How serious a finding is: an error breaks a naming rule and the name
/// cannot be approved as it is; a warning asks a clerk to look.
public enum FindingSeverity: String, Sendable, CaseIterable, Codable, Comparable {
    case warning, error

    public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool { a == .warning && b == .error }
}
