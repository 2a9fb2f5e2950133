/// Bits appended most significant first, as the QR data stream is written.
struct BitBuffer {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    mutating func append(_ value: Int, bits width: Int) {
        precondition(width >= 0 && width <= 31 && value >> width == 0)
        for i in stride(from: width - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
    }

    /// The bits as bytes; the count must be a multiple of 8.
    var bytes: [UInt8] {
        precondition(bits.count % 8 == 0)
        var out = [UInt8](repeating: 0, count: bits.count / 8)
        for (i, bit) in bits.enumerated() where bit { out[i >> 3] |= 0x80 >> UInt8(i & 7) }
        return out
    }
}
