/// The change plan of a confirmed group: what the office hands on to
/// household-registration, property and business records.
public struct ConfirmedRoadAlias: Sendable, Equatable {
    public var decisionID: Int64
    public var auditID: Int64
    public var standardRoadID: Int64
    public var standardName: String
    /// The other names, each now recorded as former or colloquial.
    public var recordedNames: [String]
    public var signs: [SignReplacement]
    public var mapping: [AddressMove]
}
