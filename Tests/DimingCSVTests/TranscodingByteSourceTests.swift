import DimingCSV
import Testing

@Suite("GB18030 decoding")
struct TranscodingByteSourceTests {
    static func decode(_ bytes: [UInt8], chunk: Int = 1 << 16) throws -> String {
        let source = try TranscodingByteSource(inner: MemoryByteSource(bytes))
        var out: [UInt8] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let n = try source.read(into: buffer)
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func decodesGBKAndFourByteSequences() throws {
        // 黄岩区 劳动北路 in GBK, then U+20000 as a GB18030 four-byte sequence.
        let bytes: [UInt8] = [0xBB, 0xC6, 0xD1, 0xD2, 0xC7, 0xF8, 0x2C, 0xC0, 0xCD, 0xB6, 0xAF, 0xB1, 0xB1, 0xC2, 0xB7, 0x2C,
                              0x95, 0x32, 0x82, 0x36, 0x0A]
        #expect(try Self.decode(bytes) == "黄岩区,劳动北路,𠀀\n")
        // Tiny output chunks split every multi-byte character.
        #expect(try Self.decode(bytes, chunk: 8) == "黄岩区,劳动北路,𠀀\n")
    }

    @Test func invalidBytesBecomeReplacementCharactersOnTheirLine() throws {
        let bytes: [UInt8] = [0x61, 0x0A, 0xFF, 0x62, 0x0A, 0xBB]
        #expect(try Self.decode(bytes) == "a\n\u{FFFD}b\n\u{FFFD}")
    }

    @Test func encodingNames() throws {
        #expect(try TextEncoding(name: "GBK") == .gb18030)
        #expect(try TextEncoding(name: "utf_8") == .utf8)
        #expect(throws: CSVError.unsupportedEncoding("big5")) { try TextEncoding(name: "big5") }
    }
}
