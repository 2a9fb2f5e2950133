/// The towns of a built-up area (建成区) as the registry knows them, which
/// narrow a naming lookup below its division prefix: built-up areas are
/// sets of towns and streets, not division codes.
public struct NamingTownFilter: Sendable, Equatable {
    /// Registry ids of the area's towns.
    public var townIDs: [Int64]
    /// The counties the area lies in: a name whose addresses name no town
    /// counts as inside when it is in one of them.
    public var countyCodes: [String]

    public init(townIDs: [Int64], countyCodes: [String]) {
        self.townIDs = townIDs
        self.countyCodes = countyCodes
    }
}
