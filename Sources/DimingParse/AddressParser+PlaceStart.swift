extension AddressParser {
    /// Text read as a piece of its own right before a place that is in fact
    /// the start of the place's name.
    ///
    /// A division's name written again right before a public institution
    /// (某某市 + 人民医院, 某某区 + 教育局, 某某县 + 第一中学) is the
    /// institution's own name, not a slip: the two are one place. Only
    /// institutions a division names after itself count (courts, hospitals,
    /// bureaus, schools); a shop or an estate after a repeated name stays
    /// apart, and so does a chain written again in full before the place
    /// (某某省 某某县 + 民政局), which is the chain repeated.
    func joinPlaceNamePrefixes(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        // Labels and ranges are read one by one: copying whole pieces (their
        // values are strings) cost more than the rest of the pass.
        var i = pieces.count - 2
        while i >= 0 {
            let label = pieces[i].label
            let isNumber = Self.isNumberLabel(label)
            if isNumber || label == .redundant, Self.isPlaceLabel(pieces[i + 1].label) {
                let first = pieces[i].range
                let place = pieces[i + 1].range
                if first.upperBound == place.lowerBound, isNumber
                    // UDC + 时代大厦, B + 仓: Latin letters written straight before
                    // a place's name, with no number, are part of the name (a
                    // brand, a hall's letter), not a room.
                    ? Self.isLatinOnly(first, s)
                    : first.count >= 2 && Self.isDivisionEnd(s[first.upperBound - 1]) && place.count >= 2
                        && namesInstitution(place, s)
                        && (i == 0 || pieces[i - 1].label != .redundant || pieces[i - 1].range.upperBound != first.lowerBound)
                {
                    pieces[i + 1].range = first.lowerBound..<place.upperBound
                    pieces.remove(at: i)
                }
            }
            i -= 1
        }
        markNewVillageByDoorplate(&pieces, s)
    }

    static func isPlaceLabel(_ label: AddressLabel) -> Bool {
        label == .poi || label == .subpoi || label == .person
    }

    /// Whether `range` holds Latin letters only.
    static func isLatinOnly(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        for k in range where !isLatin(s[k]) { return false }
        return !range.isEmpty
    }

    /// The last character of a division's name in full, a town's included (镇, 乡).
    static func isDivisionEnd(_ c: Unicode.Scalar) -> Bool {
        isDivisionGeneric(c) || c == "镇" || c == "乡"
    }

    /// Whether the name in `range` ends with an institution's generic word:
    /// 医院 法院 检察院, 局 厅, 中学 小学 幼儿园; also the public offices,
    /// markets, libraries and banks a division names after itself (看守所,
    /// 派出所, 疾控中心, 人才市场, 图书馆, 工行) and companies, whose
    /// registered names start with their division (某某市 + 某某有限公司).
    private func namesInstitution(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let last = s[range.upperBound - 1]
        let before = s[range.upperBound - 2]
        switch last {
        case "局", "厅": return true
        case "院": return before == "医" || before == "法" || before == "察"
        case "学": return before == "中" || before == "小"
        case "园": return before == "儿" && range.count >= 3 && s[range.upperBound - 3] == "幼"
        // 会所 is a clubhouse, no office.
        case "所": return before != "会"
        case "心": return before == "中"
        case "场": return before == "市"
        case "馆": return before == "书" || before == "物" || before == "化" || before == "育"
        case "司": return before == "公"
        case "行": return before == "银" || before == "工" || before == "农" || before == "建"
        default: return false
        }
    }
}
