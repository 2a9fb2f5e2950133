/// The Reed–Solomon error-correction codewords of one QR block.
///
/// The generator polynomial of degree n is (x − α⁰)(x − α¹)…(x − αⁿ⁻¹); the
/// correction codewords are the remainder of data · xⁿ divided by it.
public struct ReedSolomon: Sendable {
    /// Generator coefficients, highest power first, without the leading 1.
    let generator: [UInt8]

    public init(degree: Int) {
        precondition(degree >= 1 && degree <= 254)
        var poly: [UInt8] = [1]
        for i in 0..<degree {
            // Multiply by (x − αⁱ); in GF(2⁸) subtraction is addition (XOR).
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            let root = GaloisField.exp[i]
            for (j, c) in poly.enumerated() {
                next[j] ^= c
                next[j + 1] ^= GaloisField.multiply(c, root)
            }
            poly = next
        }
        generator = Array(poly.dropFirst())
    }

    public var degree: Int { generator.count }

    /// The correction codewords for `data`.
    public func remainder(_ data: [UInt8]) -> [UInt8] {
        var rest = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ rest[0]
            rest.removeFirst()
            rest.append(0)
            if factor != 0 {
                for j in 0..<degree { rest[j] ^= GaloisField.multiply(generator[j], factor) }
            }
        }
        return rest
    }
}
