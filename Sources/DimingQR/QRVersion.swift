/// A QR symbol version (1–40): its size and how its codewords are split into
/// error-correction blocks.
///
/// The block counts, correction codewords per block and alignment pattern
/// centres are the tables of ISO/IEC 18004 (tables 9 and E.1). The number of
/// codewords a version holds is not tabulated here: it is counted from the
/// modules the function patterns leave free (`QRMatrix.dataModuleCount`), so
/// that table and matrix layout cannot disagree.
public struct QRVersion: Sendable, Equatable, Comparable {
    public let number: Int

    public static let range = 1...40

    public init?(_ number: Int) {
        guard Self.range.contains(number) else { return nil }
        self.number = number
    }

    public static func < (a: QRVersion, b: QRVersion) -> Bool { a.number < b.number }

    /// Modules per side, without the quiet zone.
    public var size: Int { 17 + 4 * number }

    /// Bits of the character count in byte mode: 8 up to version 9, then 16.
    var byteCountBits: Int { number <= 9 ? 8 : 16 }

    /// Row and column centres of the alignment patterns (every combination,
    /// except where a finder pattern stands).
    var alignmentCentres: [Int] { Self.alignmentTable[number - 1] }

    func correctionCodewordsPerBlock(_ level: QRErrorCorrection) -> Int {
        Self.correctionPerBlock[level.tableIndex][number - 1]
    }

    func blockCount(_ level: QRErrorCorrection) -> Int {
        Self.blocks[level.tableIndex][number - 1]
    }

    /// All codewords of the symbol, data and correction together.
    var totalCodewords: Int { Self.dataModules[number - 1] / 8 }

    /// Bits left over after the last whole codeword (always placed as light).
    var remainderBits: Int { Self.dataModules[number - 1] % 8 }

    /// Codewords available for data at `level`.
    func dataCodewords(_ level: QRErrorCorrection) -> Int {
        totalCodewords - blockCount(level) * correctionCodewordsPerBlock(level)
    }

    /// Bytes of data the version holds at `level` in byte mode, with or
    /// without an ECI header.
    func byteCapacity(_ level: QRErrorCorrection, eci: Bool) -> Int {
        let header = 4 + byteCountBits + (eci ? 12 : 0)
        let bits = dataCodewords(level) * 8 - header
        return min(bits / 8, (1 << byteCountBits) - 1)
    }

    /// Modules left for codewords in each version, counted once on a matrix
    /// with only the function patterns drawn.
    private static let dataModules: [Int] = range.map { QRMatrix(functionPatternsOf: QRVersion($0)!).dataModuleCount }

    // Table 9 of ISO/IEC 18004, by level (L, M, Q, H) and version.
    private static let correctionPerBlock: [[Int]] = [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    private static let blocks: [[Int]] = [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]

    // Table E.1 of ISO/IEC 18004.
    private static let alignmentTable: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
        [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
        [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78], [6, 30, 56, 82], [6, 30, 58, 86],
        [6, 34, 62, 90],
        [6, 28, 50, 72, 94], [6, 26, 50, 74, 98], [6, 30, 54, 78, 102], [6, 28, 54, 80, 106],
        [6, 32, 58, 84, 110], [6, 30, 58, 86, 114], [6, 34, 62, 90, 118],
        [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130],
        [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138], [6, 30, 58, 86, 114, 142],
        [6, 34, 62, 90, 118, 146],
        [6, 30, 54, 78, 102, 126, 150], [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158],
        [6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
    ]
}
