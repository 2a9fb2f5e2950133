/// The square of modules of one QR symbol, without its quiet zone.
///
/// Function modules (finder, separator, timing and alignment patterns, format
/// and version information, the dark module) are marked so that data
/// placement and masking skip them.
public struct QRMatrix: Sendable, Equatable {
    public let size: Int
    private(set) var modules: [Bool]
    private(set) var isFunction: [Bool]

    /// Whether the module at `row`, `column` is dark.
    public subscript(row: Int, column: Int) -> Bool {
        modules[row * size + column]
    }

    /// A matrix with the function patterns of `version` drawn and the format
    /// and version areas reserved (light until `drawFormat`/`drawVersion`).
    init(functionPatternsOf version: QRVersion) {
        size = version.size
        modules = [Bool](repeating: false, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
        for i in 0..<size {
            setFunction(6, i, dark: i % 2 == 0)
            setFunction(i, 6, dark: i % 2 == 0)
        }
        drawFinder(centreRow: 3, centreColumn: 3)
        drawFinder(centreRow: 3, centreColumn: size - 4)
        drawFinder(centreRow: size - 4, centreColumn: 3)
        let centres = version.alignmentCentres
        for r in centres {
            for c in centres {
                // The three corners taken by finder patterns get none.
                let nearFinder = (r == 6 && c == 6) || (r == 6 && c == centres.last!) || (r == centres.last! && c == 6)
                if !nearFinder { drawAlignment(centreRow: r, centreColumn: c) }
            }
        }
        reserveFormatArea()
        if version.number >= 7 { drawVersion(version) }
    }

    /// Modules not taken by function patterns: where codewords go.
    var dataModuleCount: Int { isFunction.lazy.filter { !$0 }.count }

    private mutating func setFunction(_ row: Int, _ column: Int, dark: Bool) {
        modules[row * size + column] = dark
        isFunction[row * size + column] = true
    }

    /// A 7×7 finder pattern with its one-module light separator (clipped at the edges).
    private mutating func drawFinder(centreRow: Int, centreColumn: Int) {
        for dr in -4...4 {
            for dc in -4...4 {
                let r = centreRow + dr, c = centreColumn + dc
                guard r >= 0, r < size, c >= 0, c < size else { continue }
                let ring = max(abs(dr), abs(dc))
                setFunction(r, c, dark: ring != 2 && ring != 4)
            }
        }
    }

    private mutating func drawAlignment(centreRow: Int, centreColumn: Int) {
        for dr in -2...2 {
            for dc in -2...2 {
                setFunction(centreRow + dr, centreColumn + dc, dark: max(abs(dr), abs(dc)) != 1)
            }
        }
    }

    private mutating func reserveFormatArea() {
        for i in 0..<9 {
            if !isFunction[8 * size + i] { setFunction(8, i, dark: false) }
            if !isFunction[i * size + 8] { setFunction(i, 8, dark: false) }
        }
        for i in 0..<8 {
            setFunction(8, size - 1 - i, dark: false)
            setFunction(size - 1 - i, 8, dark: false)
        }
        // The module above the bottom-left format copy is always dark.
        setFunction(size - 8, 8, dark: true)
    }

    /// Writes the 15 format bits (level and mask, BCH-protected) in both copies.
    mutating func drawFormat(_ level: QRErrorCorrection, mask: QRMask) {
        let bits = QRFormat.formatBits(level, mask: mask)
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        // Copy 1, around the top-left finder: bits 0–7 down column 8
        // (skipping the timing row), bits 8–14 leftwards along row 8.
        let columnRows = [0, 1, 2, 3, 4, 5, 7, 8]
        for (i, r) in columnRows.enumerated() { setFunction(r, 8, dark: bit(i)) }
        let rowColumns = [7, 5, 4, 3, 2, 1, 0]
        for (k, c) in rowColumns.enumerated() { setFunction(8, c, dark: bit(8 + k)) }
        // Copy 2: bits 0–7 along row 8 from the right edge leftwards,
        // bits 8–14 down column 8 from row size − 7.
        for i in 0..<8 { setFunction(8, size - 1 - i, dark: bit(i)) }
        for i in 8..<15 { setFunction(size - 15 + i, 8, dark: bit(i)) }
        setFunction(size - 8, 8, dark: true)
    }

    /// Writes the 18 version bits (versions 7 and up) in both 6×3 blocks.
    private mutating func drawVersion(_ version: QRVersion) {
        let bits = QRFormat.versionBits(version.number)
        for i in 0..<18 {
            let dark = (bits >> i) & 1 == 1
            let a = size - 11 + i % 3, b = i / 3
            setFunction(b, a, dark: dark)  // top-right block
            setFunction(a, b, dark: dark)  // bottom-left block
        }
    }

    /// Places the codeword bits in the two-column zigzag from the bottom
    /// right, skipping function modules and the vertical timing column; bits
    /// beyond the data (the remainder bits) stay light.
    mutating func place(_ codewords: [UInt8]) {
        var index = 0
        let total = codewords.count * 8
        var right = size - 1
        var upward = true
        while right >= 1 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for column in [right, right - 1] where !isFunction[row * size + column] {
                    if index < total {
                        modules[row * size + column] = (codewords[index >> 3] >> UInt8(7 - index & 7)) & 1 == 1
                    }
                    index += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    /// Flips the data modules the mask pattern selects (applying it twice undoes it).
    mutating func apply(_ mask: QRMask) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row * size + column] && mask.flips(row: row, column: column) {
                modules[row * size + column].toggle()
            }
        }
    }
}
