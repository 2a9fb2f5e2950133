/// A doorplate designation split into the parts the registry sorts and checks by.
///
/// The designation is kept exactly as written (`text`), because offices use
/// several sub-number styles side by side (118-1号, 118号之一, 118号附1, 118甲号)
/// and a certificate must reproduce the one that was issued. `base` is the whole
/// number that decides the side of the road (odd or even); `group` is the
/// villagers' group of rural addresses (5组6号).
public struct DoorplateNumber: Sendable, Equatable, Hashable {
    public var text: String
    public var group: Int?
    public var base: Int
    /// Everything that qualifies the base number, without the 号: `-1`, `甲`, `之一`, `附1`.
    public var suffix: String

    public init(text: String, group: Int?, base: Int, suffix: String) {
        self.text = text
        self.group = group
        self.base = base
        self.suffix = suffix
    }

    /// Parses a canonical designation. Returns nil unless the text is ASCII
    /// digits with an optional group prefix and sub-number, and contains 号.
    /// Full-width digits and Chinese numerals are the normalizer's business, not
    /// the registry's: the registry stores clean text.
    public static func parse(_ text: String) -> DoorplateNumber? {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let parts = parts(bytes) else { return nil }
            let suffix = parts.suffix.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } ?? ""
            let tail = parts.tail.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } ?? ""
            return DoorplateNumber(text: text, group: parts.group, base: parts.base, suffix: suffix + tail)
        }
    }

    /// The numeric parts of a designation and where its qualifiers sit, found
    /// without making strings (a bulk import runs this on every row).
    public struct Parts: Sendable, Equatable {
        public var group: Int?
        public var base: Int
        /// Bytes between the number and 号 (`-1` in 118-1号, `甲` in 118甲号).
        public var suffix: Range<Int>?
        /// Bytes after 号 (`之一` in 118号之一, `附1` in 118号附1).
        public var tail: Range<Int>?
    }

    public static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> Parts? {
        let n = bytes.count
        var i = 0
        func digits() -> Int? {
            var value = 0
            let start = i
            while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                value = value * 10 + Int(bytes[i] - 0x30)
                if value > 99_999_999 { return nil }
                i += 1
            }
            return i > start ? value : nil
        }
        guard let first = digits() else { return nil }
        var group: Int?
        var base = first
        // 组 is E7 BB 84 and 号 is E5 8F B7 in UTF-8.
        if i + 2 < n, bytes[i] == 0xE7, bytes[i + 1] == 0xBB, bytes[i + 2] == 0x84 {
            i += 3
            guard let second = digits() else { return nil }
            group = first
            base = second
        }
        var hao: Int?
        var j = i
        var qualifierCharacters = 0
        while j < n {
            if j + 2 < n, bytes[j] == 0xE5, bytes[j + 1] == 0x8F, bytes[j + 2] == 0xB7 {
                if hao != nil { return nil }  // 号 twice
                hao = j
                j += 3
                continue
            }
            if bytes[j] <= 0x20 { return nil }
            if bytes[j] & 0xC0 != 0x80 { qualifierCharacters += 1 }
            j += 1
        }
        guard let h = hao, qualifierCharacters <= 8 else { return nil }
        return Parts(group: group, base: base, suffix: h > i ? i..<h : nil, tail: h + 3 < n ? (h + 3)..<n : nil)
    }

    /// Odd-numbered doorplates stand on one side of the road, even on the other.
    public var isOdd: Bool { base % 2 == 1 }
}
