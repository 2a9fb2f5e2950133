/// What bringing the naming keys up to date did, for a clerk's progress line
/// and the benchmark: nothing, the queued names, or every name.
public struct NamingKeyRefresh: Sendable, Equatable {
    /// Every name's keys were recomputed: the first use after migration v4,
    /// or the gazetteer tables the keys depend on changed.
    public var rebuilt = false
    public var names = 0
    public var keys = 0

    public init(rebuilt: Bool = false, names: Int = 0, keys: Int = 0) {
        self.rebuilt = rebuilt
        self.names = names
        self.keys = keys
    }
}
