import DimingParse

/// The 通名 (generic term) at the end of a road name, and the 方位 before it,
/// so that 劳动路 and 劳动街, or 劳动北路 and 劳动路, are recognised as the same
/// 专名 written with another generic or direction.
///
/// The words come from the gazetteer's road-name lexicon
/// (`parsing/road-generics.tsv`), the same one the parser and the naming
/// review use, so that a 通名 an officer adds there is also stripped when
/// legacy roads are matched. The matcher keeps them as scalar arrays because
/// it strips every window of every query line.
public struct RoadGeneric: Sendable {
    /// Longest first, so 大道 is taken before 道 and 大街 before 街.
    let generics: [[Unicode.Scalar]]

    /// 方位 and 序数 are closed sets of the language, not lexicon entries.
    static let directions: Set<Unicode.Scalar> = ["东", "西", "南", "北", "中"]
    static let ordinals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// The generics of `words`, longest first (ties in a fixed order, so two
    /// indexes built from the same lexicon strip names alike).
    public init(words: some Sequence<String>) {
        let unique = Set(words.filter { !$0.isEmpty })
        generics = unique.map { Array($0.unicodeScalars) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1))
        }
    }

    /// The lexicon's 通名 and its segment words (段), which the matcher strips alike.
    public init(lexicon: RoadNameAnalyzer) {
        self.init(words: Array(lexicon.genericRanks.keys) + Array(lexicon.segmentWords))
    }

    /// The 专名 of a road name: without its generic, ordinal and direction.
    /// Returns the name itself when nothing is left (北路 stays 北路).
    func stem(_ name: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var end = name.endIndex
        for generic in generics where name.count > generic.count {
            if name[(end - generic.count)..<end].elementsEqual(generic) {
                end -= generic.count
                break
            }
        }
        while end > name.startIndex + 1, Self.ordinals.contains(name[end - 1]) { end -= 1 }
        if end > name.startIndex + 2 || (end > name.startIndex + 1 && end < name.endIndex),
            Self.directions.contains(name[end - 1])
        {
            end -= 1
        }
        return end - name.startIndex >= 2 ? name[name.startIndex..<end] : name
    }

    /// Whether the name ends in a road generic.
    func hasGeneric(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        generics.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }
}
