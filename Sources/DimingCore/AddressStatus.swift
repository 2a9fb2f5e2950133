/// Whether an address is in use. Retired addresses stay in the registry so
/// that their permanent codes are never handed out again and old documents can
/// still be traced.
public enum AddressStatus: String, Sendable, Codable, CaseIterable {
    case active
    case retired
}
