/// Writes a Chinese numeral in digits when a unit word follows it:
/// 一百一十八号 → 118号, 二单元 → 2单元, 十二幢 → 12幢, 三楼 → 3楼, 五组六号 → 5组6号.
///
/// The unit word is what makes a numeral a number. Without one it is part of
/// a name and stays (中山一路, 三元里, 五星村, 十里堡, 六安): 路, 元, 星, 里 and
/// 安 are not unit words. units.tsv narrows the words that also end names:
/// `at-boundary` words (号, 楼, 座, 排) count only when nothing name-like
/// follows them (三号桥 and 五楼村 stay), `after-road` words (弄, 巷) only
/// right after a road generic (柳营路六百六十九弄 is lane 669; 东风三巷 is a
/// lane's name and stays). A numeral right after an ASCII digit is left
/// alone (1十号 is a typing accident, not 110号), and so is any run that is
/// not a well-formed numeral (see `ChineseNumeral`).
struct ChineseNumeralRule {
    private let units: WordIndex<UnitWord>
    private let roads: WordIndex<Void>

    init(units: [UnitWord], generics: [GenericWord]) {
        self.units = WordIndex(units.map { (word: $0.word.unicodeScalars.map(\.value), value: $0) })
        self.roads = WordIndex(
            generics.filter { $0.kind == .road }.map { (word: $0.word.unicodeScalars.map(\.value), value: ()) })
    }

    /// 之 附 and the ten heavenly stems: what may follow a doorplate's 号 (之一, 附1, 甲).
    static func isSubNumberMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E4B, 0x9644, 0x7532, 0x4E59, 0x4E19, 0x4E01, 0x620A, 0x5DF1, 0x5E9A, 0x8F9B, 0x58EC, 0x7678: true
        default: false
        }
    }

    @inline(__always)
    private static func mayBeNumeral(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || v == 0x3007 || v == 0x25CB
    }

    func apply(_ s: inout [MappedScalar]) -> Bool {
        var rewriter: Rewriter?
        var i = 0
        let n = s.count
        while i < n {
            guard Self.mayBeNumeral(s[i].value), ChineseNumeral.isNumeral(s[i].value) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, ChineseNumeral.isNumeral(s[j].value) { j += 1 }
            defer { i = j }
            guard j - i <= ChineseNumeral.maximumLength, let unit = units.match(in: s, at: j) else { continue }
            if i > 0 && ScalarClass.isASCIIDigit(s[i - 1].value) { continue }
            switch unit.value.condition {
            case .always:
                break
            case .atBoundary:
                let k = j + unit.length
                if k < n {
                    let next = s[k].value
                    let boundary =
                        !ScalarClass.isHan(next) || ChineseNumeral.isNumeral(next) || Self.isSubNumberMark(next)
                        || units.match(in: s, at: k) != nil
                    if !boundary { continue }
                }
            case .afterRoad:
                if roads.match(in: s, endingAt: i) == nil { continue }
            }
            guard let digits = ChineseNumeral.arabicDigits(ArraySlice(s[i..<j].map { $0.value })) else { continue }
            if rewriter == nil { rewriter = Rewriter(s) }
            rewriter!.replace(i..<j, with: digits)
        }
        guard var rewriter, let rewritten = rewriter.finish() else { return false }
        s = rewritten
        return true
    }
}
