import DimingText

/// A proposed or registered name split into 专名 and 通名 the way its class
/// writes them: roads by the road-name analyzer (with direction and
/// ordinal), other classes by the longest generic term of the class at the
/// end.
public struct NameParts: Sendable, Equatable {
    public var name: String
    /// The 专名 with any direction and ordinal (劳动北 for 劳动北路): what
    /// two names must share to be "the same 专名 with another 通名".
    public var stem: String
    /// The 专名 alone.
    public var specific: String
    public var generic: String
    /// Parts in writing order for the GB/T 16159 speller.
    public var spellingParts: [PlaceNamePart]
}
