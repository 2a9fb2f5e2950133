extension AddressParser {
    /// Where a wing written straight after a building's name starts, when the
    /// run of name text ends in a direction and 楼 (某某世界 北楼, 某某尚座 东楼):
    /// after a name of three or more characters the direction and 楼 are a
    /// part of the building; after two (商会南楼) they usually name it. Only
    /// for the first place of the address: after it (某某校区 某某东楼) the
    /// whole run names one part.
    /// `p` is where 楼 stands, the last character of the run.
    static func wingStart(at p: Int, length: Int, from start: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard length == 1, p - start >= 4, s[p] == "楼" else { return nil }
        return isSide(s[p - 1]) ? p - 1 : nil
    }

    /// Whether the suffix word at `p` is a directional main gate (东大门,
    /// 北大门): a gate of the place named before it, like 东门.
    static func isCompassGate(at p: Int, length: Int, _ s: [Unicode.Scalar]) -> Bool {
        return length == 3 && p + 2 < s.count && s[p + 1] == "大" && s[p + 2] == "门" && isSide(s[p])
    }

    /// Whether the suffix word at `p` is an estate's or a firm's office
    /// (物业, 售楼处, 营销中心, 客服中心, 销售部): written straight after a
    /// name of two or more characters it is a part of that place (某某山庄
    /// 物业, 某某家居 客服中心), as addresses label it.
    static func isEstateOffice(at p: Int, length: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard length >= 2, p + 1 < s.count else { return false }
        let a = s[p], b = s[p + 1]
        switch length {
        case 2: return a == "物" && b == "业"
        case 3:
            return (a == "售" && b == "楼") || (a == "物" && b == "管") || (a == "销" && b == "售")
        case 4: return (a == "营" && b == "销") || (a == "客" && b == "服")
        default: return false
        }
    }

    /// Whether an extending word after an estate or firm word is a branch
    /// office (分公司) that goes on naming the firm before it (某某有限公司
    /// 某地分公司) rather than a place inside a building (某某大厦 某某分公司).
    /// `estateEnd` is where the word before it ends.
    func branchOfFirm(at p: Int, length: Int, after estateEnd: Int, _ s: [Unicode.Scalar]) -> Bool? {
        guard length == 3, p + 2 < s.count, s[p] == "分", s[p + 1] == "公" else { return nil }
        guard estateEnd >= 2 else { return false }
        let a = s[estateEnd - 2], b = s[estateEnd - 1]
        return (a == "公" && b == "司") || (a == "集" && b == "团")
    }
}

extension AddressParser {
    /// A chain's numbered branch or a numbered hospital written after its
    /// name (某某汽车 4S店, 某某 168酒店, 解放军 113医院): the number is
    /// part of the name, not a shop or room number, when it has at most three
    /// digits (and a letter) and the branch word ends the piece; after a
    /// floor (某某中心首层 146店) it is a shop's number. Joins such a piece to
    /// the name piece right before it, in place.
    func joinNumberedBranch(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var i = 1
        while i < pieces.count {
            let label = pieces[i].label
            guard label == .subpoi || label == .person || label == .poi else {
                i += 1
                continue
            }
            let r = pieces[i].range
            let before = pieces[i - 1].label
            if r.count >= 2, r.count <= 6, Self.isDigit(s[r.lowerBound]),
                before == .poi || before == .subpoi || before == .person,
                pieces[i - 1].range.upperBound == r.lowerBound,
                Self.isNameScalar(s[r.lowerBound - 1]), s[r.lowerBound - 1] != "层", s[r.lowerBound - 1] != "楼",
                Self.isNumberedBranch(r, s)
            {
                pieces[i - 1].range = pieces[i - 1].range.lowerBound..<r.upperBound
                pieces.remove(at: i)
                continue
            }
            i += 1
        }
    }

    /// One to three digits, at most one letter, then 店, 酒店, 医院 or 宾馆 to the end.
    static func isNumberedBranch(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, isDigit(s[k]) { k += 1 }
        guard k - r.lowerBound <= 3 else { return false }
        if k < r.upperBound, isLatin(s[k]) { k += 1 }
        switch r.upperBound - k {
        case 1: return s[k] == "店"
        case 2:
            let a = s[k], b = s[k + 1]
            return (a == "酒" && b == "店") || (a == "医" && b == "院") || (a == "宾" && b == "馆")
        default: return false
        }
    }
}

extension AddressParser {
    /// Whether a one-character place generic (园, 门, 厂, 城) and the
    /// character after it make a common word inside a firm's name rather
    /// than end a place: 园林 (landscaping), 园艺, 门业 and 门窗 (doors),
    /// 门诊 (outpatients), 城投 and 城管 (a city's investment firm, its
    /// management bureau): 某某园林建设有限公司, 某某门业.
    static func genericStartsWord(_ g: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        switch g {
        case "园": return next == "林" || next == "艺"
        case "门": return next == "业" || next == "窗" || next == "诊"
        case "城": return next == "投" || next == "管"
        default: return false
        }
    }
}

extension AddressParser {
    /// A hall named by its side (西厅, 东北厅) written on its own right after
    /// a hotel or market: a part of that place (某某饭店 西厅).
    static func isCompassHall(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard range.count == 2 || range.count == 3, s[range.upperBound - 1] == "厅" else { return false }
        for k in range.lowerBound..<(range.upperBound - 1) where !isSide(s[k]) { return false }
        return true
    }
}

extension AddressParser {
    /// A basement floor is written 负 and the floor (负一楼, 负2层): the 负
    /// belongs to the floor, not to the place named before it (某某广场 负一楼).
    /// Moves a 负 that ends a name piece into the floor right after it, in place.
    func joinBasementFloor(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var i = 1
        while i < pieces.count {
            let floor = pieces[i].range
            let name = pieces[i - 1].range
            if pieces[i].label == .floorno, name.upperBound == floor.lowerBound, s[name.upperBound - 1] == "负",
                pieces[i - 1].label == .poi || pieces[i - 1].label == .subpoi || pieces[i - 1].label == .person
            {
                pieces[i].range = (floor.lowerBound - 1)..<floor.upperBound
                if name.count == 1 {
                    pieces.remove(at: i - 1)
                    continue
                }
                pieces[i - 1].range = name.lowerBound..<(name.upperBound - 1)
            }
            i += 1
        }
    }
}

extension AddressParser {
    /// A tower named by its side (东座, 西座) written on its own right after a
    /// building: one of its towers, numbered like A座 (某某大厦 西座).
    static func isCompassTower(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        return range.count == 2 && s[range.upperBound - 1] == "座" && isSide(s[range.lowerBound])
    }
}
