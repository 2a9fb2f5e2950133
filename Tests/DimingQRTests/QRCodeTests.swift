@testable import DimingQR
import Foundation
import Testing

@Suite("QR encoder (ISO/IEC 18004)")
struct QRCodeTests {
    /// "HELLO WORLD" at 1-M, from the worked example of the standard's
    /// alphanumeric mode: 16 data codewords and their 10 correction codewords.
    @Test func reedSolomonKnownVector() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let expected: [UInt8] = [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
        #expect(ReedSolomon(degree: 10).remainder(data) == expected)
    }

    @Test func reedSolomonRemainderMakesCodewordDivisible() {
        // data · xⁿ + remainder is a multiple of the generator: it vanishes at α⁰…αⁿ⁻¹.
        let data: [UInt8] = Array("地名门牌 2026".utf8)
        let rs = ReedSolomon(degree: 18)
        let codeword = data + rs.remainder(data)
        for i in 0..<18 {
            var value: UInt8 = 0
            for c in codeword { value = GaloisField.multiply(value, GaloisField.exp[i]) ^ c }
            #expect(value == 0, "not a root: α^\(i)")
        }
    }

    @Test func formatInformationBits() {
        // Format words of the standard's table C.1 for mask 0 at each level.
        #expect(QRFormat.formatBits(.low, mask: QRMask(0)!) == 0b111_0111_1100_0100)
        #expect(QRFormat.formatBits(.medium, mask: QRMask(0)!) == 0b101_0100_0001_0010)
        #expect(QRFormat.formatBits(.quartile, mask: QRMask(0)!) == 0b011_0101_0101_1111)
        #expect(QRFormat.formatBits(.high, mask: QRMask(0)!) == 0b001_0110_1000_1001)
        // All 32 words differ from each other in at least 3 bits... in fact 7 or more.
        var words: [Int] = []
        for level in QRErrorCorrection.allCases { for m in QRMask.all { words.append(QRFormat.formatBits(level, mask: m)) } }
        for i in 0..<words.count {
            for j in (i + 1)..<words.count { #expect((words[i] ^ words[j]).nonzeroBitCount >= 7) }
        }
    }

    @Test func versionInformationBits() {
        #expect(QRFormat.versionBits(7) == 0b00_0111_1100_1001_0100)
        #expect(QRFormat.versionBits(40) == 0b10_1000_1100_0110_1001)
    }

    @Test func capacities() {
        // Byte-mode capacities of table 7 of the standard.
        #expect(QRVersion(1)!.byteCapacity(.medium, eci: false) == 14)
        #expect(QRVersion(1)!.byteCapacity(.low, eci: false) == 17)
        #expect(QRVersion(1)!.byteCapacity(.high, eci: false) == 7)
        #expect(QRVersion(10)!.byteCapacity(.medium, eci: false) == 213)
        #expect(QRVersion(40)!.byteCapacity(.low, eci: false) == 2953)
        #expect(QRVersion(40)!.byteCapacity(.high, eci: false) == 1273)
        #expect(QRVersion(1)!.totalCodewords == 26)
        #expect(QRVersion(7)!.totalCodewords == 196)
        #expect(QRVersion(40)!.totalCodewords == 3706)
        #expect(QRVersion(2)!.remainderBits == 7)
        #expect(QRVersion(14)!.remainderBits == 3)
    }

    @Test func alignmentCentresAreEvenlySpacedToTheEdge() {
        for v in 2...40 {
            let version = QRVersion(v)!
            let c = version.alignmentCentres
            #expect(c.first == 6 && c.last == version.size - 7, "version \(v)")
            let steps = Set(zip(c.dropFirst(2), c.dropFirst()).map { $0 - $1 })
            #expect(steps.count <= 1 && steps.allSatisfy { $0 % 2 == 0 }, "version \(v)")
        }
    }

    @Test func tooLongIsRefused() {
        #expect(throws: QRError.dataTooLong(bytes: 1274, level: .high, capacity: 1273)) {
            try QRCode(bytes: [UInt8](repeating: 0x41, count: 1274), errorCorrection: .high)
        }
    }

    @Test func smallestVersionIsChosen() throws {
        #expect(try QRCode(text: String(repeating: "a", count: 14)).version.number == 1)
        #expect(try QRCode(text: String(repeating: "a", count: 15)).version.number == 2)
        #expect(try QRCode(text: "x", minimumVersion: 5).version.number == 5)
    }

    @Test func zbarReadsAsciiAndChinese() throws {
        let payloads = [
            "A", "HELLO WORLD", "https://example.org/doorplate?code=331003100000001",
            #"{"address":"浙江省台州市黄岩区东城街道劳动北路9号","code":"331003100000001"}"#,
            "黑龙江省哈尔滨市道里区经纬街道经纬二道街118号之一",
            String(repeating: "新疆维吾尔自治区乌鲁木齐市天山区幸福路街道团结路", count: 6) + "1号",
        ]
        for text in payloads {
            for level in QRErrorCorrection.allCases {
                let code = try QRCode(text: text, errorCorrection: level)
                #expect(try QRDecoder.decode(code.png(scale: 3)) == text, "\(level) v\(code.version.number): \(text)")
            }
        }
    }

    @Test func zbarReadsChineseWithECIHeader() throws {
        let text = "浙江省台州市黄岩区东城街道劳动北路118-1号"
        let code = try QRCode(text: text, eci: true)
        #expect(code.hasECI)
        #expect(try QRDecoder.decode(code.png(scale: 3)) == text)
    }

    /// Every version from 1 to 40 at every level, each with a forced mask so
    /// that all eight masks are read back too.
    @Test(arguments: QRErrorCorrection.allCases)
    func zbarReadsEveryVersionAndMask(level: QRErrorCorrection) throws {
        for v in 1...40 {
            let capacity = QRVersion(v)!.byteCapacity(level, eci: false)
            // Fill the version to capacity with whole characters (Chinese and
            // ASCII), so that it is the smallest version that fits.
            var text = ""
            var count = 0
            for c in "门牌\(v)号 Diming 地名 ".cycled() {
                let width = c.utf8.count
                if count + width > capacity { break }
                text.append(c)
                count += width
            }
            text += String(repeating: ".", count: capacity - count)
            let mask = QRMask((v + level.tableIndex) % 8)!
            let code = try QRCode(text: text, errorCorrection: level, mask: mask)
            #expect(code.version.number == v)
            #expect(code.mask == mask)
            #expect(try QRDecoder.decode(code.png(scale: 2)) == text, "v\(v) \(level) mask \(mask.index)")
        }
    }

    @Test func maskChoiceIsTheLowestPenalty() throws {
        let text = "浙江省台州市黄岩区东城街道劳动北路9号"
        let chosen = try QRCode(text: text)
        let penalties = try QRMask.all.map { QRMask.penalty(try QRCode(text: text, mask: $0).matrix) }
        #expect(QRMask.penalty(chosen.matrix) == penalties.min())
        #expect(penalties[chosen.mask.index] == penalties.min())
    }

    @Test func svgHasTheSameModulesAsTheMatrix() throws {
        let code = try QRCode(text: "浙江省台州市黄岩区东城街道劳动北路9号", errorCorrection: .quartile)
        let svg = code.svg(scale: 5)
        let n = code.size + 2 * QRCode.quietZone
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n * 5)\" height=\"\(n * 5)\" viewBox=\"0 0 \(n) \(n)\""))
        #expect(svg.hasSuffix("</svg>"))
        // Rasterise the path (runs of "Mx yhWv1h-Wz") back into modules.
        let d = try #require(svg.range(of: " d=\"").map { svg[$0.upperBound...] }?.prefix { $0 != "\"" })
        var dark = Set<Int>()
        for run in d.split(separator: "z") {
            let numbers = run.split(whereSeparator: { "Mhv ".contains($0) }).map { Int($0)! }
            let (x, y, w) = (numbers[0], numbers[1], numbers[2])
            #expect(numbers[3] == 1 && numbers[4] == -w)
            for c in x..<(x + w) { dark.insert((y - QRCode.quietZone) * code.size + c - QRCode.quietZone) }
        }
        var expected = Set<Int>()
        for r in 0..<code.size { for c in 0..<code.size where code.matrix[r, c] { expected.insert(r * code.size + c) } }
        #expect(dark == expected)
    }

    @Test func pngStructure() throws {
        let code = try QRCode(text: "331003100000001")
        let png = code.png(scale: 1)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width = height = size + 8, bit depth 1, greyscale.
        let width = Int(png[16]) << 24 | Int(png[17]) << 16 | Int(png[18]) << 8 | Int(png[19])
        #expect(width == code.size + 8)
        #expect(png[24] == 1 && png[25] == 0)
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        // Stored blocks longer than 65,535 bytes are split.
        let big = PNGImage.zlibStored([UInt8](repeating: 7, count: 70_000))
        #expect(big.count == 2 + 5 + 65_535 + 5 + (70_000 - 65_535) + 4)
        var adler = Adler32()
        adler.add(Array("Wikipedia".utf8))
        #expect(adler.value == 0x11E6_0398)
        var crc = CRC32()
        crc.add(Array("123456789".utf8))
        #expect(crc.value == 0xCBF4_3926)
    }
}

extension String {
    /// The characters of the string repeated without end.
    fileprivate func cycled() -> some Sequence<Character> {
        var iterator = makeIterator()
        return AnySequence { () -> AnyIterator<Character> in
            AnyIterator {
                if let c = iterator.next() { return c }
                iterator = self.makeIterator()
                return iterator.next()
            }
        }
    }
}
