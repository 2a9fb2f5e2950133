/// The parser's result for one line.
public struct ParsedAddress: Sendable, Equatable {
    /// Labelled pieces in input order; spans never overlap.
    public var components: [ParsedComponent]
    /// The division, or nil when none is named or the names are ambiguous.
    public var division: ParsedDivision?
    /// The normalized full address: the division chain and the rest.
    public var standard: String
    public var warnings: [String]

    public init(components: [ParsedComponent], division: ParsedDivision?, standard: String, warnings: [String]) {
        self.components = components
        self.division = division
        self.standard = standard
        self.warnings = warnings
    }
}
