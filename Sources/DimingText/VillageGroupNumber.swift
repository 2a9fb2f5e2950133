/// A rural doorplate under a villagers' group: 5组6号 (house 6 of group 5),
/// found in the normalized text.
public struct VillageGroupNumber: Sendable, Equatable, Hashable {
    public var group: Int
    public var number: Int
    /// Output scalar offsets of `5组6号` in the normalized text.
    public var range: Range<Int>

    public init(group: Int, number: Int, range: Range<Int>) {
        self.group = group
        self.number = number
        self.range = range
    }
}
