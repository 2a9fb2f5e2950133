/// Everything the search looks at, read from the store in one go.
public struct AliasInput: Sendable {
    public var roads: [AliasRoad]
    public var registered: [AliasRegisteredName]
    public var placeUses: [AliasPlaceUse]
    public var legacyLines: [AliasLegacyLine]
    /// Decision keys (``AliasGroup/decisionKey``) of groups already confirmed
    /// or rejected: not proposed again.
    public var decided: Set<String>

    public init(
        roads: [AliasRoad], registered: [AliasRegisteredName] = [], placeUses: [AliasPlaceUse] = [],
        legacyLines: [AliasLegacyLine] = [], decided: Set<String> = []
    ) {
        self.roads = roads
        self.registered = registered
        self.placeUses = placeUses
        self.legacyLines = legacyLines
        self.decided = decided
    }
}
