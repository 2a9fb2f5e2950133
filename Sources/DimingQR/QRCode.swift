/// A QR code symbol (ISO/IEC 18004, model 2) encoding bytes in byte mode.
///
/// The project writes its own encoder rather than linking libqrencode so
/// that setting Diming up stays `swift build` and `swift test`. Only byte mode
/// is implemented: the payloads are UTF-8 text with Chinese characters,
/// which numeric, alphanumeric and kanji modes cannot carry.
public struct QRCode: Sendable {
    public let version: QRVersion
    public let errorCorrection: QRErrorCorrection
    public let mask: QRMask
    /// Whether the data starts with an ECI 26 (UTF-8) header.
    public let hasECI: Bool
    public let matrix: QRMatrix

    /// ECI assignment number 26 designates UTF-8.
    static let utf8ECI = 26

    /// Encodes `text` as UTF-8. See `init(bytes:…)`.
    public init(
        text: String, errorCorrection: QRErrorCorrection = .medium, eci: Bool = false,
        minimumVersion: Int = 1, mask: QRMask? = nil
    ) throws(QRError) {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection, eci: eci, minimumVersion: minimumVersion, mask: mask)
    }

    /// Encodes `bytes` in the smallest version (not below `minimumVersion`)
    /// that holds them at `errorCorrection`. Without `mask`, all eight masks
    /// are tried and the one with the lowest penalty kept.
    public init(
        bytes: [UInt8], errorCorrection: QRErrorCorrection = .medium, eci: Bool = false,
        minimumVersion: Int = 1, mask: QRMask? = nil
    ) throws(QRError) {
        let first = max(QRVersion.range.lowerBound, min(minimumVersion, QRVersion.range.upperBound))
        guard let version = (first...QRVersion.range.upperBound).lazy.map({ QRVersion($0)! })
            .first(where: { $0.byteCapacity(errorCorrection, eci: eci) >= bytes.count })
        else {
            throw .dataTooLong(
                bytes: bytes.count, level: errorCorrection, capacity: QRVersion(40)!.byteCapacity(errorCorrection, eci: eci))
        }
        let data = Self.dataCodewords(bytes, version: version, level: errorCorrection, eci: eci)
        let codewords = Self.interleaved(data, version: version, level: errorCorrection)

        var base = QRMatrix(functionPatternsOf: version)
        base.place(codewords)
        func masked(_ m: QRMask) -> QRMatrix {
            var candidate = base
            candidate.apply(m)
            candidate.drawFormat(errorCorrection, mask: m)
            return candidate
        }
        var chosen = mask ?? QRMask.all[0]
        var best = masked(chosen)
        if mask == nil {
            var bestPenalty = QRMask.penalty(best)
            for m in QRMask.all.dropFirst() {
                let candidate = masked(m)
                let penalty = QRMask.penalty(candidate)
                if penalty < bestPenalty { (chosen, best, bestPenalty) = (m, candidate, penalty) }
            }
        }
        self.version = version
        self.errorCorrection = errorCorrection
        self.mask = chosen
        self.hasECI = eci
        self.matrix = best
    }

    /// Modules per side, without the quiet zone.
    public var size: Int { matrix.size }

    /// The data codewords: optional ECI header, byte-mode indicator, count,
    /// the bytes, a terminator of up to four zero bits, zero bits to the byte
    /// boundary, then the pad codewords 11101100 and 00010001 alternately.
    static func dataCodewords(_ bytes: [UInt8], version: QRVersion, level: QRErrorCorrection, eci: Bool) -> [UInt8] {
        let capacity = version.dataCodewords(level) * 8
        var buffer = BitBuffer()
        if eci {
            buffer.append(0b0111, bits: 4)
            buffer.append(utf8ECI, bits: 8)  // designators below 128 take one byte
        }
        buffer.append(0b0100, bits: 4)
        buffer.append(bytes.count, bits: version.byteCountBits)
        for b in bytes { buffer.append(Int(b), bits: 8) }
        buffer.append(0, bits: min(4, capacity - buffer.count))
        buffer.append(0, bits: (8 - buffer.count % 8) % 8)
        var out = buffer.bytes
        var pad: UInt8 = 0xEC
        while out.count < capacity / 8 {
            out.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return out
    }

    /// Splits the data into the version's blocks (the later blocks one
    /// codeword longer when the division is uneven), adds each block's
    /// Reed–Solomon codewords, and interleaves: the first codeword of every
    /// block, then the second, …, then the correction codewords the same way.
    static func interleaved(_ data: [UInt8], version: QRVersion, level: QRErrorCorrection) -> [UInt8] {
        let blockCount = version.blockCount(level)
        let correction = version.correctionCodewordsPerBlock(level)
        let total = version.totalCodewords
        let shortBlocks = blockCount - total % blockCount
        let shortLength = total / blockCount - correction
        let rs = ReedSolomon(degree: correction)
        var dataBlocks: [[UInt8]] = []
        var correctionBlocks: [[UInt8]] = []
        var offset = 0
        for i in 0..<blockCount {
            let length = shortLength + (i < shortBlocks ? 0 : 1)
            let block = Array(data[offset..<offset + length])
            offset += length
            dataBlocks.append(block)
            correctionBlocks.append(rs.remainder(block))
        }
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for i in 0..<(shortLength + 1) {
            for block in dataBlocks where i < block.count { out.append(block[i]) }
        }
        for i in 0..<correction {
            for block in correctionBlocks { out.append(block[i]) }
        }
        return out
    }
}
