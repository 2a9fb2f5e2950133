/// One reason, with the words a reviewer reads and the weight the grouping
/// uses. The weight stays out of the JSON contract: it is a tuning value, not
/// a fact about the roads.
public struct AliasEvidence: Sendable, Equatable, Hashable, Codable {
    public var kind: AliasEvidenceKind
    public var detail: String
    /// Between 0 and 1: how strongly this alone suggests one road. For
    /// ``AliasEvidenceKind/segmentNames`` it is the factor the link keeps.
    public var weight: Double

    public init(kind: AliasEvidenceKind, detail: String, weight: Double) {
        self.kind = kind
        self.detail = detail
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey { case kind, detail }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(AliasEvidenceKind.self, forKey: .kind)
        detail = try c.decode(String.self, forKey: .detail)
        weight = 0
    }
}
