/// UTF-8 for arrays of scalars, written by hand into memory the caller
/// owns: appending scalar by scalar to a `String` takes several times as
/// long, and the normalizer and parser do this for every line.
public enum ScalarUTF8 {
    /// How many UTF-8 bytes `scalars` take.
    public static func count(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        for scalar in scalars {
            let v = scalar.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return count
    }

    /// Writes `scalars` as UTF-8 into `out`, which has room for `count(scalars)`
    /// bytes (four per scalar always suffice); returns the bytes written.
    public static func encode(_ scalars: [Unicode.Scalar], into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var p = 0
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                out[p] = UInt8(v)
                p += 1
            } else if v < 0x800 {
                out[p] = UInt8(0xC0 | v >> 6)
                out[p + 1] = UInt8(0x80 | v & 0x3F)
                p += 2
            } else if v < 0x10000 {
                out[p] = UInt8(0xE0 | v >> 12)
                out[p + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                out[p + 2] = UInt8(0x80 | v & 0x3F)
                p += 3
            } else {
                out[p] = UInt8(0xF0 | v >> 18)
                out[p + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                out[p + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                out[p + 3] = UInt8(0x80 | v & 0x3F)
                p += 4
            }
        }
        return p
    }
}
