/// A set of code points that answers "no" for a Basic Multilingual Plane code
/// point from one bit, without hashing.
///
/// Nearly every character of an address is in none of the tables, so the
/// negative answer is the one that has to be cheap: at 100,000 addresses a
/// second each character gets a few nanoseconds.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<UInt32> = []

    init() {}

    init(_ values: some Sequence<UInt32>) {
        for v in values { insert(v) }
    }

    mutating func insert(_ v: UInt32) {
        if v < 0x10000 {
            bits[Int(v >> 6)] |= 1 << UInt64(v & 63)
        } else {
            astral.insert(v)
        }
    }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return !astral.isEmpty && astral.contains(v)
    }
}
