extension AddressParser {
    /// Whether a word of a note to the courier starts at `p` (请, 派送, 拒签,
    /// 电话, 签收, 联系, 疑问, 到付, 平邮): where one is written, the note runs to
    /// the end of the line and addresses label it, whole, as meaningless
    /// material (redundant). Such words do not occur in place names. (A switch,
    /// not a word list: it runs on every scalar of every line.)
    private static func startsNoteWord(at p: Int, _ s: [Unicode.Scalar]) -> Bool {
        let next: Unicode.Scalar = p + 1 < s.count ? s[p + 1] : " "
        switch s[p] {
        case "请": return true
        case "派": return next == "送"
        case "拒": return next == "签"
        case "到": return next == "付"
        case "电": return next == "话"
        case "签": return next == "收"
        case "联": return next == "系"
        case "疑": return next == "问"
        case "平": return next == "邮"
        default: return false
        }
    }

    /// One bit for the low six bits of each note word's first scalar (请 派 拒
    /// 电 签 联 疑 到 平), so that most scalars are passed over with one test.
    private static var noteFirstScalarBits: UInt64 { 0x40a9_0000_0016_0000 }

    /// Words that open such a note before its first note word (麻烦…请, 货到…电话).
    private static let noteOpeners: [[Unicode.Scalar]] = ["麻烦", "有疑问", "有问题", "货到", "到了", "节假日", "上午", "下午", "急件", "务必", "打电话"]
        .map { Array($0.unicodeScalars) }

    private static func matches(_ word: [Unicode.Scalar], at p: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard p + word.count <= s.count else { return false }
        for k in word.indices where s[p + k] != word[k] { return false }
        return true
    }

    /// Turns a note to the courier at the end of the line into one redundant
    /// piece, in place: from the first opener or note word in the piece where
    /// the first note word stands (百家王 疑问请联系) to the end.
    @inline(never)
    func markCourierNote(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        let n = s.count
        // A note is read as a place or a tenant, or holds a meaningless word
        // (联系): only such pieces are searched.
        var trigger = -1
        var holder: Int?
        search: for i in pieces.indices {
            switch pieces[i].label {
            case .poi, .subpoi, .person, .redundant:
                for p in pieces[i].range where (Self.noteFirstScalarBits >> UInt64(s[p].value & 63)) & 1 != 0 && Self.startsNoteWord(at: p, s) {
                    trigger = p
                    holder = i
                    break search
                }
            default: continue
            }
        }
        guard trigger >= 0, let h = holder else { return }
        // Only at the end: a division or road after it means the words were
        // written in front of the address, which stays as it was read.
        for piece in pieces[(h + 1)...] {
            switch piece.label {
            case .prov, .city, .district, .town, .road, .roadno: return
            default: continue
            }
        }
        var start = trigger
        do {
            let piece = pieces[h]
            switch piece.label {
            case .redundant: start = piece.range.lowerBound
            default:
                var q = piece.range.lowerBound
                search: while q < trigger {
                    for word in Self.noteOpeners where Self.matches(word, at: q, s) { break search }
                    q += 1
                }
                start = q
            }
        }
        while let last = pieces.last, last.range.upperBound > start {
            if last.range.lowerBound < start {
                pieces[pieces.count - 1].range = last.range.lowerBound..<start
                pieces[pieces.count - 1].value = nil
                break
            }
            pieces.removeLast()
        }
        pieces.append(Piece(label: .redundant, range: start..<n, value: nil))
    }

    /// Six digits alone at the end of the line (…1048室 310012) are a postal
    /// code, which addresses label as meaningless material (redundant); room
    /// and shop numbers that long are rare (a dash before them marks one: 12-310012).
    /// Relabels in place.
    @inline(never)
    func markPostalCode(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        guard let last = pieces.last, last.range.upperBound == s.count, last.range.count == 6, last.label != .redundant else { return }
        let r = last.range
        for p in r where !Self.isDigit(s[p]) { return }
        if r.lowerBound > 0 {
            let before = s[r.lowerBound - 1]
            if Self.isDigit(before) || Self.isLatin(before) || before == "-" { return }
        }
        pieces[pieces.count - 1].label = .redundant
        pieces[pieces.count - 1].value = nil
    }

    /// Digits or Latin letters ending the line right after the division chain
    /// (某某省某某市某某县 112, 某某区 574JC) number nothing: no road or place
    /// stands before them to carry a doorplate or a room, so they are a code
    /// pasted from another column (redundant). A road code (X513, G60: a
    /// letter of the road's class and its number) is left as it is.
    @inline(never)
    func markCodeAfterDivisions(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        let k = pieces.count - 1
        guard k >= 1, pieces[k].range.upperBound == s.count, pieces[k].label != .redundant else { return }
        switch pieces[k - 1].label {
        case .prov, .city, .district, .town: break
        default: return
        }
        let r = pieces[k].range
        for p in r where !(Self.isDigit(s[p]) || Self.isLatin(s[p])) { return }
        if r.count >= 2, "GSXY".unicodeScalars.contains(s[r.lowerBound]) {
            var digits = true
            for p in (r.lowerBound + 1)..<r.upperBound where !Self.isDigit(s[p]) { digits = false }
            if digits { return }
        }
        pieces[k].label = .redundant
        pieces[k].value = nil
    }
}
