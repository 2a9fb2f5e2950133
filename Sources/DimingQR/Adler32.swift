/// Adler-32, the checksum that ends a zlib stream (RFC 1950).
struct Adler32 {
    private var a: UInt32 = 1
    private var b: UInt32 = 0

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
    }

    var value: UInt32 { b << 16 | a }
}
