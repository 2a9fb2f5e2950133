/// The 通名 (generic term) at the end of a road name, and the 方位 before it,
/// so that 劳动路 and 劳动街, or 劳动北路 and 劳动路, are recognised as the same
/// 专名 written with another generic or direction.
///
/// The list is the one the matcher needs to strip names for comparison; the
/// full road-name anatomy lives with the parser.
enum RoadGeneric {
    /// Longest first, so 大道 is taken before 道 and 大街 before 街.
    static let generics: [[Unicode.Scalar]] = [
        "环路", "大道", "大街", "胡同", "公路", "支路", "横路", "直街", "路", "街", "巷", "弄", "道", "里", "线", "段",
    ].map { Array($0.unicodeScalars) }
    static let directions: Set<Unicode.Scalar> = ["东", "西", "南", "北", "中"]
    static let ordinals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// The 专名 of a road name: without its generic, ordinal and direction.
    /// Returns the name itself when nothing is left (北路 stays 北路).
    static func stem(_ name: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var end = name.endIndex
        for generic in generics where name.count > generic.count {
            if name[(end - generic.count)..<end].elementsEqual(generic) {
                end -= generic.count
                break
            }
        }
        while end > name.startIndex + 1, ordinals.contains(name[end - 1]) { end -= 1 }
        if end > name.startIndex + 2 || (end > name.startIndex + 1 && end < name.endIndex), directions.contains(name[end - 1]) {
            end -= 1
        }
        return end - name.startIndex >= 2 ? name[name.startIndex..<end] : name
    }

    /// Whether the name ends in a road generic.
    static func hasGeneric(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        generics.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }
}
