import DimingText

extension AddressParser {
    /// A list of doorplates or rooms written with enumeration commas
    /// (工人北路 167、169、171、173号, 大楼 13、14、15、16号) is one number
    /// piece: the building or road has all of them, and the unit word at the
    /// end belongs to each. The piece keeps the label of the first number.
    /// Joins in place; lines without such a comma pay one pass over the pieces.
    func joinNumberLists(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        guard pieces.contains(where: { $0.label == .redundant && $0.range.count == 1 && s[$0.range.lowerBound] == "、" }) else { return }
        var i = 0
        while i + 2 < pieces.count {
            guard Self.isNumberLabel(pieces[i].label), Self.isDigit(s[pieces[i].range.lowerBound]) else {
                i += 1
                continue
            }
            var j = i
            while j + 2 < pieces.count, isListComma(pieces[j + 1], after: pieces[j], s),
                Self.isNumberLabel(pieces[j + 2].label), pieces[j + 2].range.lowerBound == pieces[j + 1].range.upperBound,
                Self.isDigit(s[pieces[j + 2].range.lowerBound])
            {
                j += 2
            }
            if j > i {
                pieces[i].range = pieces[i].range.lowerBound..<pieces[j].range.upperBound
                pieces[i].value = nil
                pieces.removeSubrange((i + 1)...j)
            }
            i += 1
        }
    }

    /// An enumeration comma right after a piece of bare digits.
    private func isListComma(_ piece: Piece, after number: Piece, _ s: [Unicode.Scalar]) -> Bool {
        guard piece.label == .redundant, piece.range.count == 1, s[piece.range.lowerBound] == "、",
            piece.range.lowerBound == number.range.upperBound
        else { return false }
        for p in number.range where !Self.isDigit(s[p]) { return false }
        return true
    }

    /// A heavenly stem (甲, 乙, 丙 …) written before a doorplate on a road (某某路 甲3号,
    /// 甲155号) is the doorplate's own prefix, the older way of telling apart
    /// plates that share a number (as 3号之一, 3甲号 do): one doorplate, not a
    /// one-character place and a building number. Joins in place.
    @inline(never)
    func joinDoorplatePrefix(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var j = 1
        while j + 1 < pieces.count {
            let prefix = pieces[j].range
            if prefix.count == 1, pieces[j].label == .poi || pieces[j].label == .subpoi, pieces[j - 1].label == .road,
                SubNumber.isStem(s[prefix.lowerBound]), pieces[j + 1].range.lowerBound == prefix.upperBound,
                Self.isNumberLabel(pieces[j + 1].label), s[pieces[j + 1].range.upperBound - 1] == "号"
            {
                pieces[j + 1].range = prefix.lowerBound..<pieces[j + 1].range.upperBound
                pieces[j + 1].label = .roadno
                pieces[j + 1].value = nil
                pieces.remove(at: j)
            }
            j += 1
        }
    }
}
