/// A key the matcher can pack into 64 bits for a ``FlatTable``; keys whose
/// parts do not fit return nil and go to a dictionary instead.
protocol PackableKey: Hashable, Sendable {
    var packed: UInt64? { get }
}

/// Addresses grouped by a key (a road's doorplate, an estate's room): the
/// newest address for each key in a table, and for each address the one
/// before it with the same key, so a lookup walks a chain without arrays per key.
struct AddressChains<Key: PackableKey>: Sendable {
    private var heads = FlatTable()
    private var overflow: [Key: Int32] = [:]
    private var next: [Int32] = []

    mutating func reserve(addresses: Int, keys: Int) {
        next.reserveCapacity(addresses)
        if heads.count == 0 { heads = FlatTable(capacity: keys) }
    }

    /// Address `index` (the next one in order) with `key`, or with no key.
    mutating func append(_ index: Int32, key: Key?) {
        precondition(Int(index) == next.count)
        next.append(-1)
        guard let key else { return }
        if let packed = key.packed {
            if let head = heads.get(packed) { next[Int(index)] = head }
            heads.set(packed, index)
        } else {
            if let head = overflow[key] { next[Int(index)] = head }
            overflow[key] = index
        }
    }

    func addresses(_ key: Key) -> [Int32] {
        var out: [Int32] = []
        var i = (key.packed.map { heads.get($0) } ?? overflow[key]) ?? -1
        while i >= 0 {
            out.append(i)
            i = next[Int(i)]
        }
        return out
    }
}
