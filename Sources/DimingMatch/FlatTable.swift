/// A hash table from 64-bit keys to 32-bit values, open addressing with
/// linear probing and a multiplicative hash.
///
/// The matcher looks up a trie edge for every character of every line and a
/// doorplate for every candidate road; Swift's `Dictionary` hashes each key
/// with a seeded SipHash, which took a fifth of the matching time. Keys here
/// are already well spread (packed ids and scalars), so a multiply suffices.
struct FlatTable: Sendable {
    static let emptyKey = UInt64.max
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.emptyKey, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    @inline(__always) func get(_ key: UInt64) -> Int32? {
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == Self.emptyKey { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(key != Self.emptyKey)
        if (count + 1) * 2 > keys.count { grow() }
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key {
                values[i] = value
                return
            }
            if k == Self.emptyKey {
                keys[i] = key
                values[i] = value
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = keys.count * 2
        keys = [UInt64](repeating: Self.emptyKey, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != Self.emptyKey { set(k, v) }
    }
}
