extension AddressParser {
    /// 收 closing the line (张某收, 门卫收, 财务室收) marks who receives the
    /// parcel: the receiver keeps its label and the 收 itself is meaningless
    /// material (redundant), as addresses are labelled. Splits the last piece
    /// in place.
    func splitReceiverMark(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        let n = s.count
        guard n > 0, s[n - 1] == "收", let last = pieces.last, last.range.upperBound == n, last.label != .redundant else { return }
        if last.range.count == 1 {
            pieces[pieces.count - 1].label = .redundant
            pieces[pieces.count - 1].value = nil
            return
        }
        pieces[pieces.count - 1].range = last.range.lowerBound..<(n - 1)
        pieces[pieces.count - 1].value = nil
        pieces.append(Piece(label: .redundant, range: (n - 1)..<n, value: nil))
    }

    /// Whether a road's name follows at `pos` (和 or 跟 joining two roads: 文一路
    /// 和 学院路 交叉口): name text of two or more characters ending in a road
    /// word, with no other generic word before it.
    func roadFollows(at pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        let limit = min(s.count, pos + 8)
        var q = pos
        while q < limit, Self.isNameScalar(s[q]) {
            if q >= pos + 2, let suffix = lexicon.suffix(at: q, in: s) {
                return suffix.label == .road
            }
            q += 1
        }
        return false
    }
}
