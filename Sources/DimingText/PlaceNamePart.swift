/// One part of a place name as the naming rules see it: the 专名 (specific
/// name), a 方位 (direction) or 序数 (ordinal) modifier, the 通名 (generic
/// term), or a trailing part such as a segment number (三段).
///
/// The pinyin speller needs the parts, not just the characters, because GB/T
/// 16159 writes 专名 and 通名 apart and attaches single-syllable modifiers to
/// the term they modify.
public struct PlaceNamePart: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case specific, direction, ordinal, generic, suffix
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
