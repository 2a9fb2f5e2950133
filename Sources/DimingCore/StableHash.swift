/// 64-bit FNV-1a over a sequence of fields, with a separator after each so
/// that "ab"+"c" and "a"+"bc" differ.
///
/// The value is stored in registries (the address key index), so it must be
/// the same in every process, version and machine: Swift's `Hasher` is seeded
/// per process and cannot be used for this.
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    @inline(__always)
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash = state
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash ^= 0x1F
        state = hash &* 0x0000_0100_0000_01B3
    }

    public var value: Int64 { Int64(bitPattern: state) }
}
