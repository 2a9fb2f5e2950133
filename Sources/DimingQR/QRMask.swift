/// One of the eight data-mask patterns of ISO/IEC 18004 (§7.8), and the
/// penalty by which the encoder picks the one that reads most reliably.
public struct QRMask: Sendable, Equatable, Hashable {
    public let index: Int

    public init?(_ index: Int) {
        guard (0..<8).contains(index) else { return nil }
        self.index = index
    }

    public static let all: [QRMask] = (0..<8).map { QRMask($0)! }

    /// Whether the mask flips the module at `row` (i), `column` (j).
    func flips(row i: Int, column j: Int) -> Bool {
        switch index {
        case 0: return (i + j) % 2 == 0
        case 1: return i % 2 == 0
        case 2: return j % 3 == 0
        case 3: return (i + j) % 3 == 0
        case 4: return (i / 2 + j / 3) % 2 == 0
        case 5: return (i * j) % 2 + (i * j) % 3 == 0
        case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: return ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }

    /// The four penalty rules, summed over the finished symbol: runs of five
    /// or more same-coloured modules (3 + run − 5 each), 2×2 blocks of one
    /// colour (3 each), finder-like 1:1:3:1:1 patterns with four light modules
    /// on one side (40 each), and 10 points per 5 % the dark share departs from half.
    static func penalty(_ m: QRMatrix) -> Int {
        let n = m.size
        var score = 0
        for line in 0..<n {
            for horizontal in [true, false] {
                var run = 0
                var colour = false
                // A 11-module window of the line, as bits, for rule 3.
                var window = 0
                for k in 0..<n {
                    let dark = horizontal ? m[line, k] : m[k, line]
                    if k > 0 && dark == colour {
                        run += 1
                    } else {
                        if run >= 5 { score += 3 + run - 5 }
                        colour = dark
                        run = 1
                    }
                    window = (window << 1 | (dark ? 1 : 0)) & 0x7FF
                    if k >= 10 && (window == 0b101_1101_0000 || window == 0b000_0101_1101) { score += 40 }
                }
                if run >= 5 { score += 3 + run - 5 }
            }
        }
        var dark = 0
        for r in 0..<n {
            for c in 0..<n {
                if m[r, c] { dark += 1 }
                if r + 1 < n && c + 1 < n {
                    let v = m[r, c]
                    if m[r, c + 1] == v && m[r + 1, c] == v && m[r + 1, c + 1] == v { score += 3 }
                }
            }
        }
        let total = n * n
        let deviation = abs(dark * 100 - total * 50)  // in hundredths of a percent of total
        score += deviation / (total * 5) * 10
        return score
    }
}
