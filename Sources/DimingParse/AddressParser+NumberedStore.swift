extension AddressParser {
    /// A numbered store or hall (5号库, 10号馆, 7号厂房, 2号仓) is one place: the
    /// number names the store, as 27号门 names a gate, and is no building or
    /// room number of its own. On the study corpus every such number read as
    /// a building, unit or room number with 号 and written straight before
    /// 库, 仓, 馆 or 厂房 (ten of them) is labelled one span with the word, a
    /// place, a part or a tenant by where it stands. A road's doorplate
    /// before them (某某路 26号 厂房) and any number before 仓库 (12号 仓库)
    /// are labelled apart and stay so. Joins the number to the place piece
    /// right after it, in place; the place keeps its label.
    func joinNumberedStore(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var i = 1
        while i < pieces.count {
            // Labels first: most pieces are neither a place nor after a number.
            let numberLabel = pieces[i - 1].label
            guard Self.isPlaceLabel(pieces[i].label), numberLabel == .houseno || numberLabel == .cellno || numberLabel == .roomno
            else {
                i += 1
                continue
            }
            let place = pieces[i].range
            let number = pieces[i - 1].range
            if number.upperBound == place.lowerBound, number.count >= 2, s[number.upperBound - 1] == "号",
                Self.isDigit(s[number.lowerBound]), Self.isStoreWord(place, s)
            {
                pieces[i].range = number.lowerBound..<place.upperBound
                pieces[i].value = nil
                pieces.remove(at: i - 1)
                continue
            }
            i += 1
        }
    }

    /// 库, 仓, 馆 or 厂房: a store, warehouse, hall or factory building.
    static func isStoreWord(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let a = s[range.lowerBound]
        switch range.count {
        case 1: return a == "库" || a == "仓" || a == "馆"
        case 2: return a == "厂" && s[range.lowerBound + 1] == "房"
        default: return false
        }
    }
}
