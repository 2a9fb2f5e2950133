/// How much the registry holds.
public struct RegistrySummary: Sendable, Equatable, Codable {
    public var divisions: Int
    public var supersededDivisions: Int
    public var towns: Int
    public var communities: Int
    public var roads: Int
    public var places: Int
    public var addresses: Int
    public var activeAddresses: Int
    public var auditEntries: Int
}
