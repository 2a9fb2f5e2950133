/// Arithmetic in GF(2⁸) with the QR reducing polynomial x⁸ + x⁴ + x³ + x² + 1
/// (0x11D), through exponent and logarithm tables of the generator α = 2.
enum GaloisField {
    /// αⁱ for i in 0..<255, repeated once so that a sum of two logarithms
    /// indexes it without a modulo.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var x = 1
        for i in 0..<255 {
            table[i] = UInt8(x)
            table[i + 255] = UInt8(x)
            x <<= 1
            if x & 0x100 != 0 { x ^= 0x11D }
        }
        return table
    }()

    /// log_α(x) for x in 1...255 (entry 0 is unused).
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = i }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}
