/// Turns written characters into a key that is equal for names that sound the
/// same (tone-less pinyin), so that 仁民路 finds 人民路.
///
/// A protocol so the matcher does not depend on where readings come from: the
/// gazetteer's pinyin table in production, a small table in tests.
public protocol PhoneticKeying: Sendable {
    /// A key for the scalars, or nil when some scalar has no known reading
    /// (then the name is not compared by sound).
    func phoneticKey(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64?
}

/// FNV-1a over scalar values: the hash the matcher's name tables are keyed by.
enum ScalarHash {
    @inline(__always) static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The hash of `scalars` without the one at `skip`.
    @inline(__always) static func of(_ scalars: ArraySlice<Unicode.Scalar>, skipping skip: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in scalars.indices where i != skip { hash = (hash ^ UInt64(scalars[i].value)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
