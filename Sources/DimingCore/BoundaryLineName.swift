/// Names of boundary lines and tripoints, made from the sides' abbreviations.
///
/// The rule: take each side's short name (黄岩区 → 黄岩; when the gazetteer
/// has none, the name without its 区/县/市/旗 ending), and join the first
/// character of each, in the order the sides are listed, then add 线 for a line
/// of two sides: 黄岩 + 临海 → 黄临线. A tripoint of three sides is named by
/// its three characters: 黄岩 + 仙居 + 临海 → 黄仙临. Official names are not
/// always derived this way (two sides may share a first character), so an
/// explicit name always wins; this rule only fills in a name that was left out.
public enum BoundaryLineName {
    /// The usual short form of a division's name.
    public static func shortName(name: String, shortName: String) -> String {
        if !shortName.isEmpty { return shortName }
        for suffix in ["自治县", "自治旗", "林区", "特区", "区", "县", "市", "旗"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// 黄临线 for two sides, 黄仙临 for three.
    public static func derive(shortNames: [String]) -> String {
        let initials = shortNames.compactMap(\.first).map(String.init).joined()
        return shortNames.count == 2 ? initials + "线" : initials
    }
}
