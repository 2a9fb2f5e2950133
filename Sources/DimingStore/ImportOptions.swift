/// How an address import behaves.
public struct ImportOptions: Sendable {
    /// Load the good rows even when some are bad. Off by default: an import is
    /// all or nothing, so a half-clean sheet never half-enters the registry.
    public var skipBad: Bool
    /// Who runs the import, for the audit log.
    public var actor: String
    /// The file's name as the clerk gave it, for the audit log.
    public var sourceName: String

    public init(skipBad: Bool = false, actor: String, sourceName: String) {
        self.skipBad = skipBad
        self.actor = actor
        self.sourceName = sourceName
    }
}
