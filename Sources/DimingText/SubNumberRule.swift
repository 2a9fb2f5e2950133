/// Finds sub-numbered doorplates in the normalized text and reports their
/// structure (`SubNumber`); it never changes the text.
///
/// Recognised after a base number in ASCII digits (no leading zero, at most
/// nine digits): -N号, 号-N, 号之N, 之N号, 号附N, 号附N号 (N in digits or a
/// Chinese numeral), a heavenly stem before 号 (118甲号), and one after 号 when
/// no Han character follows it (118号甲, but not 3号乙楼). N-M号 with M greater
/// than N is a range of doorplates (221-223号), not a sub-number, and is left
/// for the parser.
struct SubNumberRule {
    static let hao: UInt32 = 0x53F7  // 号
    static let zhi: UInt32 = 0x4E4B  // 之
    static let fu: UInt32 = 0x9644  // 附

    static func isStem(_ v: UInt32) -> Bool {
        switch v {
        case 0x7532, 0x4E59, 0x4E19, 0x4E01, 0x620A, 0x5DF1, 0x5E9A, 0x8F9B, 0x58EC, 0x7678: true
        default: false
        }
    }

    func apply(_ s: [MappedScalar], _ report: inout NormalizationReport) {
        guard s.containsValue(Self.hao) else { return }  // every style has a 号
        var i = 0
        while i < s.count {
            guard s.isDigit(at: i), !s.isDigit(at: i - 1) else {
                i += 1
                continue
            }
            if let found = Self.recognise(in: s, at: i) {
                report.subNumbers.append(found)
                i = found.range.upperBound
            } else {
                i += 1
                while s.isDigit(at: i) { i += 1 }
            }
        }
    }

    /// The sub-number (digits or a Chinese numeral) at `i` and where it ends.
    private static func subNumber(in s: [MappedScalar], at i: Int) -> (value: Int, end: Int, chinese: Bool)? {
        if let run = s.digitRun(at: i) { return run.value > 0 ? (run.value, run.end, false) : nil }
        var j = i
        while j < s.count, j - i < ChineseNumeral.maximumLength, ChineseNumeral.isNumeral(s[j].value) { j += 1 }
        guard j > i, let value = ChineseNumeral.value(ArraySlice(s[i..<j].map { $0.value })) else { return nil }
        return (value, j, true)
    }

    static func recognise(in s: [MappedScalar], at i: Int) -> SubNumber? {
        guard s.isDigit(at: i), s[i].value != 0x30, let base = s.digitRun(at: i) else { return nil }
        let j = base.end
        guard let next = s.value(at: j) else { return nil }
        func found(_ sub: SubNumber.Sub, _ style: SubNumber.Style, chinese: Bool = false, end: Int) -> SubNumber {
            SubNumber(base: base.value, sub: sub, style: style, chineseSub: chinese, range: i..<end)
        }
        if next == 0x2D {  // 118-1号
            guard let sub = s.digitRun(at: j + 1), sub.value > 0, sub.value < base.value, s.value(at: sub.end) == hao
            else { return nil }
            return found(.number(sub.value), .dash, end: sub.end + 1)
        }
        if next == zhi {  // 118之1号
            guard let sub = subNumber(in: s, at: j + 1), s.value(at: sub.end) == hao else { return nil }
            return found(.number(sub.value), .zhiYiBeforeHao, chinese: sub.chinese, end: sub.end + 1)
        }
        if isStem(next) {  // 118甲号
            guard s.value(at: j + 1) == hao else { return nil }
            return found(.stem(Character(Unicode.Scalar(next)!)), .jiaYi, end: j + 2)
        }
        guard next == hao, let mark = s.value(at: j + 1) else { return nil }
        switch mark {
        case zhi:  // 118号之一
            guard let sub = subNumber(in: s, at: j + 2) else { return nil }
            return found(.number(sub.value), .zhiYi, chinese: sub.chinese, end: sub.end)
        case fu:  // 118号附1, 118号附1号
            guard let sub = subNumber(in: s, at: j + 2) else { return nil }
            if s.value(at: sub.end) == hao {
                return found(.number(sub.value), .fuHao, chinese: sub.chinese, end: sub.end + 1)
            }
            return found(.number(sub.value), .fu, chinese: sub.chinese, end: sub.end)
        case 0x2D:  // 118号-1
            guard let sub = s.digitRun(at: j + 2), sub.value > 0, s.value(at: sub.end) != 0x2D else { return nil }
            return found(.number(sub.value), .dashAfterHao, end: sub.end)
        default:
            guard isStem(mark) else { return nil }  // 118号甲
            if let after = s.value(at: j + 2), ScalarClass.isHan(after) { return nil }
            return found(.stem(Character(Unicode.Scalar(mark)!)), .jiaYiAfterHao, end: j + 2)
        }
    }
}
