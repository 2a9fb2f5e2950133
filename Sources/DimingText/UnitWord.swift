/// A word that follows a number in an address (号, 单元, 幢), from units.tsv.
public struct UnitWord: Sendable, Equatable {
    /// What the number before the word counts; later rules look for buildings
    /// (a unit and room may follow) and villagers' groups.
    public enum Kind: String, Sendable, CaseIterable {
        case doorplate, building, unit, floor, room, group, lane, court, row
    }

    /// When a Chinese numeral before the word is a number rather than part of
    /// a name. See units.tsv for the reasoning.
    public enum Condition: String, Sendable, CaseIterable {
        case always
        case atBoundary = "at-boundary"
        case afterRoad = "after-road"
    }

    public var word: String
    public var kind: Kind
    public var condition: Condition

    public init(word: String, kind: Kind, condition: Condition) {
        self.word = word
        self.kind = kind
        self.condition = condition
    }
}
