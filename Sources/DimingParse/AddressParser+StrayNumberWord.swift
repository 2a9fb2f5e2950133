extension AddressParser {
    /// 号 with no number before it, at the head of a place's name (某某大街号
    /// 某某药业, 46号号某某公司) or at its end where the line ends (某某银行号):
    /// a slip of the doorplate, meaningless material, as the corpus labels
    /// it every time it stands so; the place's name is the rest. A name of
    /// two characters before a final 号 (手机号, 微信号) is a word of its own and
    /// is left alone.
    func splitStrayNumberWord(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var i = 0
        while i < pieces.count {
            let r = pieces[i].range
            switch pieces[i].label {
            case .poi, .subpoi, .person: break
            default:
                i += 1
                continue
            }
            if r.count >= 2, s[r.lowerBound] == "号", !followsNumber(r.lowerBound, s) {
                pieces[i].range = (r.lowerBound + 1)..<r.upperBound
                pieces.insert(Piece(label: .redundant, range: r.lowerBound..<(r.lowerBound + 1), value: nil), at: i)
                i += 2
                continue
            }
            if r.count >= 4, r.upperBound == s.count, s[r.upperBound - 1] == "号", !followsNumber(r.upperBound - 1, s) {
                pieces[i].range = r.lowerBound..<(r.upperBound - 1)
                pieces.insert(Piece(label: .redundant, range: (r.upperBound - 1)..<r.upperBound, value: nil), at: i + 1)
                i += 2
                continue
            }
            i += 1
        }
    }

    /// Whether a digit, Latin letter or Chinese numeral stands right before `pos`.
    private func followsNumber(_ pos: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard pos > 0 else { return false }
        let c = s[pos - 1]
        return Self.isDigit(c) || Self.isLatin(c) || Self.isChineseNumeral(c)
    }
}
