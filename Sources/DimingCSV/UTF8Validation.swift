/// A strict UTF-8 check (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF).
///
/// The standard library's `String(validating:as:)` is generic, and on this
/// toolchain each call pays for generic metadata lookups; over the thirteen
/// fields of 1.6 million rows that was the largest single cost of an import.
/// ASCII runs take the fast path eight bytes at a time.
public enum UTF8Validation {
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at once.
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let b0 = base[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < n, base[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                guard i + 2 < n else { return false }
                let b1 = base[i + 1]
                let b2 = base[i + 2]
                guard b2 & 0xC0 == 0x80 else { return false }
                switch b0 {
                case 0xE0: guard b1 >= 0xA0 && b1 <= 0xBF else { return false }
                case 0xED: guard b1 >= 0x80 && b1 <= 0x9F else { return false }
                default: guard b1 & 0xC0 == 0x80 else { return false }
                }
                i += 3
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard i + 3 < n else { return false }
                let b1 = base[i + 1]
                guard base[i + 2] & 0xC0 == 0x80, base[i + 3] & 0xC0 == 0x80 else { return false }
                switch b0 {
                case 0xF0: guard b1 >= 0x90 && b1 <= 0xBF else { return false }
                case 0xF4: guard b1 >= 0x80 && b1 <= 0x8F else { return false }
                default: guard b1 & 0xC0 == 0x80 else { return false }
                }
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
