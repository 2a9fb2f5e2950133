/// Chinese numerals as addresses write them: positional (一百一十八, 一千零五,
/// 两百) or read digit by digit (二九八, 一〇〇一).
///
/// This is grammar, not data, so it lives in code. It is strict on purpose:
/// anything that is not a well-formed number (百百, 一二十, a lone 两, the
/// colloquial 一百五 that could be 150 or 105) is refused, and the caller then
/// leaves the characters as they were written.
enum ChineseNumeral {
    static let liang: UInt32 = 0x4E24  // 两
    static let wan: UInt32 = 0x4E07  // 万

    /// The digit a character stands for; 两 counts 2 (its use is checked by
    /// the parser), the zeros 〇, 零 and ○ count 0.
    static func digit(_ v: UInt32) -> Int? {
        switch v {
        case 0x3007, 0x96F6, 0x25CB: 0
        case 0x4E00: 1
        case 0x4E8C, liang: 2
        case 0x4E09: 3
        case 0x56DB: 4
        case 0x4E94: 5
        case 0x516D: 6
        case 0x4E03: 7
        case 0x516B: 8
        case 0x4E5D: 9
        default: nil
        }
    }

    static func multiplier(_ v: UInt32) -> Int? {
        switch v {
        case 0x5341: 10  // 十
        case 0x767E: 100  // 百
        case 0x5343: 1000  // 千
        default: nil
        }
    }

    static func isNumeral(_ v: UInt32) -> Bool {
        digit(v) != nil || multiplier(v) != nil || v == wan
    }

    /// The longest run this parser reads; longer runs of numeral characters
    /// are left alone (they are names or noise, and this bounds the work).
    static let maximumLength = 12

    /// The number written by `scalars` as ASCII digit code points, or nil.
    /// A digit-by-digit reading keeps its leading zeros (〇五 → 05).
    static func arabicDigits(_ scalars: ArraySlice<UInt32>) -> [UInt32]? {
        guard !scalars.isEmpty, scalars.count <= maximumLength else { return nil }
        if !scalars.contains(where: { multiplier($0) != nil || $0 == wan }) {
            var digits: [UInt32] = []
            var nonZero = false
            for v in scalars {
                guard v != liang, let d = digit(v) else { return nil }
                if d != 0 { nonZero = true }
                digits.append(0x30 + UInt32(d))
            }
            return nonZero ? digits : nil
        }
        guard let n = positionalValue(scalars) else { return nil }
        return String(n).unicodeScalars.map(\.value)
    }

    /// The value of a numeral, read positionally or digit by digit.
    static func value(_ scalars: ArraySlice<UInt32>) -> Int? {
        guard let digits = arabicDigits(scalars) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// 一百一十八 → 118, 十二 → 12, 一千零五 → 1005, 两万三千 → 23000.
    static func positionalValue(_ scalars: ArraySlice<UInt32>) -> Int? {
        var total = 0
        var section = 0
        var pending: Int?
        var pendingIsLiang = false
        var lastMultiplier = Int.max
        var zeroSeen = false
        var sawWan = false
        for v in scalars {
            if let d = digit(v) {
                if pending != nil { return nil }
                if d == 0 && v != liang {
                    zeroSeen = true
                    continue
                }
                pending = d
                pendingIsLiang = v == liang
            } else if let m = multiplier(v) {
                if m >= lastMultiplier { return nil }
                if pendingIsLiang && m == 10 { return nil }
                guard let d = pending ?? (m == 10 ? 1 : nil) else { return nil }
                section += d * m
                pending = nil
                pendingIsLiang = false
                lastMultiplier = m
                zeroSeen = false
            } else if v == wan {
                if sawWan { return nil }
                if let d = pending {
                    if lastMultiplier != Int.max && lastMultiplier > 10 && !zeroSeen { return nil }
                    section += d
                }
                guard section > 0 else { return nil }
                total = section * 10_000
                section = 0
                pending = nil
                pendingIsLiang = false
                lastMultiplier = Int.max
                zeroSeen = false
                sawWan = true
            } else {
                return nil
            }
        }
        if let d = pending {
            if pendingIsLiang { return nil }
            // 一百五 and 一万五 are colloquial (150? 105?): refuse rather than guess.
            if lastMultiplier > 10 && !zeroSeen && (lastMultiplier != Int.max || sawWan) { return nil }
            section += d
        }
        total += section
        return total > 0 ? total : nil
    }

    private static let digitCharacters: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Writes a number the standard way (118 → 一百一十八, 12 → 十二, 1005 →
    /// 一千零五), for writing a sub-number back in the style it came in.
    static func write(_ n: Int) -> String {
        guard n > 0, n < 100_000_000 else { return String(n) }
        if n >= 10_000 {
            let high = n / 10_000
            let low = n % 10_000
            var text = writeSection(high, leadingTen: true) + "万"
            if low > 0 { text += (low < 1000 ? "零" : "") + writeSection(low, leadingTen: false) }
            return text
        }
        return writeSection(n, leadingTen: true)
    }

    /// A number below 10,000. `leadingTen` writes 10–19 as 十… rather than 一十….
    private static func writeSection(_ n: Int, leadingTen: Bool) -> String {
        let places = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var text = ""
        var zeroPending = false
        var started = false
        for (place, name) in places {
            let d = (n / place) % 10
            if d == 0 {
                if started { zeroPending = true }
                continue
            }
            if zeroPending { text += "零" }
            zeroPending = false
            if !(place == 10 && d == 1 && !started && leadingTen) { text.append(digitCharacters[d]) }
            text += name
            started = true
        }
        return text
    }
}
