/// One labelled piece of an address.
public struct ParsedComponent: Sendable, Equatable {
    public var label: AddressLabel
    /// The piece as written: the input's scalars `start..<end`.
    public var text: String
    /// Offsets in Unicode scalars into the original input line.
    public var start: Int
    public var end: Int
    /// The normalized form (for prov, city and district the full current name).
    public var value: String

    public init(label: AddressLabel, text: String, start: Int, end: Int, value: String) {
        self.label = label
        self.text = text
        self.start = start
        self.end = end
        self.value = value
    }
}
