import DimingText

/// A road name taken apart: 专名 + optional 方位 and 序数 + 通名 + optional
/// segment, as in 中山 | 东 | 一 | 路 or 长江 | 南 | 路 | 三段.
///
/// Naming review and matching compare roads by these parts, not by the whole
/// string: 劳动路 and 劳动街 differ only in the 通名, 劳动北路 and 劳动路 only in
/// the 方位, and the 通名 decides which size rule applies.
public struct RoadNameParts: Sendable, Equatable, Hashable {
    /// The name as given.
    public var name: String
    /// 专名: 劳动, 中山, 北京. Empty for a bare ordinal such as 一路.
    public var specific: String
    /// 方位: 东 西 南 北 中, or empty.
    public var direction: String
    /// 序数 before the 通名: 一 in 中山东一路, 12 in 纬12路, or empty.
    public var ordinal: String
    /// 通名: 路, 大道, 胡同 …; empty when the name has none in the lexicon.
    public var generic: String
    /// A segment after the 通名: 三段, 东段; or empty.
    public var segment: String
    /// The generic's size tier from road-generics.tsv (1 大道 … 4 巷); 0 when
    /// no size rule applies or there is no generic.
    public var genericRank: Int
    /// True when the direction came before the ordinal (东一路), false when
    /// after (文一西路); decides the order of the parts when spelled.
    public var directionFirst: Bool

    public init(
        name: String, specific: String, direction: String = "", ordinal: String = "", generic: String = "",
        segment: String = "", genericRank: Int = 0, directionFirst: Bool = true
    ) {
        self.name = name
        self.specific = specific
        self.direction = direction
        self.ordinal = ordinal
        self.generic = generic
        self.segment = segment
        self.genericRank = genericRank
        self.directionFirst = directionFirst
    }

    /// The 专名 with its direction and ordinal, without 通名 and segment:
    /// the part that identifies the road (劳动北 for 劳动北路).
    public var stem: String {
        directionFirst ? specific + direction + ordinal : specific + ordinal + direction
    }

    /// The parts in writing order, for the GB/T 16159 speller.
    public var spellingParts: [PlaceNamePart] {
        var parts: [PlaceNamePart] = [PlaceNamePart(.specific, specific)]
        let dir = PlaceNamePart(.direction, direction)
        let ord = PlaceNamePart(.ordinal, ordinal)
        parts += directionFirst ? [dir, ord] : [ord, dir]
        parts.append(PlaceNamePart(.generic, generic))
        parts.append(PlaceNamePart(.suffix, segment))
        return parts.filter { !$0.text.isEmpty }
    }

    /// True when the 专名 is missing or is nothing but numerals (一路, 五一路):
    /// names the naming rules call bare ordinals or pure-number names.
    public var specificIsNumeric: Bool {
        specific.unicodeScalars.allSatisfy { RoadNameAnalyzer.isNumeral($0) }
    }
}
