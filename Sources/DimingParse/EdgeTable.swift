/// The trie's edges in an open-addressing table with a multiplicative hash.
///
/// Keys are already well spread (a node number and a scalar), so the
/// standard library's seeded SipHash, a third of every lookup's cost in the
/// profile, buys nothing here. The table is filled once and then only read.
struct EdgeTable: Sendable {
    private var keys: [UInt64] = Array(repeating: EdgeTable.empty, count: 16)
    private var nodes: [Int32] = Array(repeating: 0, count: 16)
    private var count = 0
    private var shift: UInt64 = 60

    /// No edge has this key: scalars are below 0x110000.
    private static let empty = UInt64.max

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return nodes[i] }
            if k == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, _ node: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == Self.empty { count += 1 }
        keys[i] = key
        nodes[i] = node
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldNodes = nodes
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        nodes = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (k, n) in zip(oldKeys, oldNodes) where k != Self.empty { insert(k, n) }
    }
}
