/// A line of a cleanup batch: the legacy text and the road it was matched to.
public struct AliasLegacyLine: Sendable, Equatable {
    public var batchID: Int64
    public var lineNumber: Int
    public var text: String
    /// The road the matcher (or a reviewer) settled on, if any.
    public var roadID: Int64?
    /// The estate and building of the matched address, when it has them: a
    /// line that names them under another road is that estate seen under two
    /// road names.
    public var estateName: String
    public var building: String

    public init(batchID: Int64, lineNumber: Int, text: String, roadID: Int64?, estateName: String = "", building: String = "") {
        self.batchID = batchID
        self.lineNumber = lineNumber
        self.text = text
        self.roadID = roadID
        self.estateName = estateName
        self.building = building
    }
}
