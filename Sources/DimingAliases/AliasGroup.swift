/// One suspected road under several names: the unit a reviewer confirms or
/// rejects. The JSON form is the `diming roads aliases` contract.
public struct AliasGroup: Sendable, Equatable, Codable {
    /// Every name in the group, sorted.
    public var names: [String]
    /// The active roads carrying one of the names, ascending. A name that is
    /// no road (found only in legacy text) has no id.
    public var roadIDs: [Int64]
    public var score: Double
    public var evidence: [AliasEvidence]

    public init(names: [String], roadIDs: [Int64], score: Double, evidence: [AliasEvidence]) {
        self.names = names
        self.roadIDs = roadIDs
        self.score = score
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case names
        case roadIDs = "road_ids"
        case score
        case evidence
    }

    /// The key a decision is remembered under: the sorted names.
    public var decisionKey: String { AliasGroup.decisionKey(names) }

    public static func decisionKey(_ names: [String]) -> String { names.sorted().joined(separator: "\u{1F}") }
}
