/// A generic word (通名) that ends a division or road name, from generics.tsv.
public struct GenericWord: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case division, road
    }

    public var word: String
    public var kind: Kind

    public init(word: String, kind: Kind) {
        self.word = word
        self.kind = kind
    }
}
