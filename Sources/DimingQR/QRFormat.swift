/// The BCH-protected format and version information of ISO/IEC 18004 (§7.9, §7.10).
enum QRFormat {
    /// Level (2 bits) and mask (3 bits), with 10 BCH(15,5) check bits from the
    /// generator x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1, XORed with 101010000010010 so
    /// that no format word is all light.
    static func formatBits(_ level: QRErrorCorrection, mask: QRMask) -> Int {
        let data = level.formatBits << 3 | mask.index
        return (data << 10 | remainder(data << 10, generator: 0b101_0011_0111, degree: 10)) ^ 0b101_0100_0001_0010
    }

    /// The version number (6 bits) with 12 BCH(18,6) check bits from the
    /// generator x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1.
    static func versionBits(_ version: Int) -> Int {
        version << 12 | remainder(version << 12, generator: 0b1_1111_0010_0101, degree: 12)
    }

    /// Polynomial remainder over GF(2).
    private static func remainder(_ value: Int, generator: Int, degree: Int) -> Int {
        var v = value
        var top = Int.bitWidth - v.leadingZeroBitCount - 1
        while top >= degree {
            v ^= generator << (top - degree)
            top = v == 0 ? -1 : Int.bitWidth - v.leadingZeroBitCount - 1
        }
        return v
    }
}
