/// A doorplate with a sub-number, in one structure whatever style it was
/// written in: 118-1号, 118号-1, 118号之一, 118之1号, 118号附1, 118号附1号,
/// 118甲号, 118号甲.
///
/// Offices use several styles side by side and a certificate must reproduce
/// the one that was issued, so the normalizer never rewrites the style; it
/// reports the structure here and `written` gives the same style back from
/// the parts.
public struct SubNumber: Sendable, Equatable, Hashable {
    public enum Sub: Sendable, Equatable, Hashable {
        /// 118-1号, 118号之一, 118号附1: the sub-number 1.
        case number(Int)
        /// 118甲号, 118号乙: one of the heavenly stems 甲 乙 丙 丁 ….
        case stem(Character)
    }

    public enum Style: String, Sendable, CaseIterable {
        /// 118-1号
        case dash
        /// 118号-1
        case dashAfterHao
        /// 118号之一 (or 118号之1)
        case zhiYi
        /// 118之1号 (Taiwan registers)
        case zhiYiBeforeHao
        /// 118号附1
        case fu
        /// 118号附1号
        case fuHao
        /// 118甲号
        case jiaYi
        /// 118号甲
        case jiaYiAfterHao
    }

    /// Whether `c` is one of the ten heavenly stems (甲 乙 丙 … 癸) that mark
    /// sub-numbers, the same test the normalizer uses.
    public static func isStem(_ c: Unicode.Scalar) -> Bool { SubNumberRule.isStem(c.value) }

    public var base: Int
    public var sub: Sub
    public var style: Style
    /// The sub-number was written in Chinese numerals (之一, 附二) rather than
    /// digits; `written` keeps it that way.
    public var chineseSub: Bool
    /// Output scalar offsets of the whole designation in the normalized text.
    public var range: Range<Int>

    public init(base: Int, sub: Sub, style: Style, chineseSub: Bool = false, range: Range<Int>) {
        self.base = base
        self.sub = sub
        self.style = style
        self.chineseSub = chineseSub
        self.range = range
    }

    /// The designation rebuilt from its parts, in its own style.
    public var written: String {
        let subText: String
        switch sub {
        case .number(let n): subText = chineseSub ? ChineseNumeral.write(n) : String(n)
        case .stem(let c): subText = String(c)
        }
        switch style {
        case .dash: return "\(base)-\(subText)号"
        case .dashAfterHao: return "\(base)号-\(subText)"
        case .zhiYi: return "\(base)号之\(subText)"
        case .zhiYiBeforeHao: return "\(base)之\(subText)号"
        case .fu: return "\(base)号附\(subText)"
        case .fuHao: return "\(base)号附\(subText)号"
        case .jiaYi: return "\(base)\(subText)号"
        case .jiaYiAfterHao: return "\(base)号\(subText)"
        }
    }

    /// Reads one designation that makes up the whole of `text` (already
    /// normalized: ASCII digits, 号). Nil when the text is anything else.
    public static func parse(_ text: String) -> SubNumber? {
        var offset = 0
        let scalars = text.unicodeScalars.map { scalar -> MappedScalar in
            defer { offset += 1 }
            return MappedScalar(scalar.value, offset, offset + 1)
        }
        guard let found = SubNumberRule.recognise(in: scalars, at: 0), found.range == 0..<scalars.count else {
            return nil
        }
        return found
    }
}
