/// The administrative division an address resolves to.
public struct ParsedDivision: Sendable, Equatable {
    /// The six-digit code of the deepest division the address decides.
    public var code: String
    /// Its current names, province first.
    public var names: [String]

    public init(code: String, names: [String]) {
        self.code = code
        self.names = names
    }
}
