/// A one-character-for-one-character table (traditional → simplified, radical
/// → ideograph), keyed by code point.
///
/// The bit set in front of the dictionary keeps the common case (a character
/// that is not in the table) free of hashing.
struct ScalarMap: Sendable {
    private var keys = ScalarSet()
    private var map: [UInt32: UInt32] = [:]

    init() {}

    init(_ pairs: [UInt32: UInt32]) {
        for (from, to) in pairs { self[from] = to }
    }

    subscript(v: UInt32) -> UInt32? {
        @inline(__always) get { keys.contains(v) ? map[v] : nil }
        set {
            if let newValue {
                keys.insert(v)
                map[v] = newValue
            } else {
                map[v] = nil
            }
        }
    }

    var count: Int { map.count }
}
