/// A former, colloquial or variant name recorded for a road (road_name).
public struct AliasRegisteredName: Sendable, Equatable {
    public var roadID: Int64
    public var name: String
    public var kind: String

    public init(roadID: Int64, name: String, kind: String) {
        self.roadID = roadID
        self.name = name
        self.kind = kind
    }
}
