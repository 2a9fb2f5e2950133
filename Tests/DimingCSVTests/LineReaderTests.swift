import DimingCSV
import Testing

@Suite("Line reader")
struct LineReaderTests {
    static func lines(_ bytes: [UInt8], chunk: Int = 1 << 20) throws -> [String] {
        let reader = LineReader(source: MemoryByteSource(bytes), chunkSize: chunk)
        var out: [String] = []
        while try reader.next() { out.append(reader.text) }
        return out
    }

    @Test(arguments: [16, 17, 1 << 20])
    func everyLineOnceWhateverTheChunks(chunk: Int) throws {
        let text = "台州黄岩劳动北路１１８號之一\r\n\n竹海水韵春风里12-3-1001\nlast"
        #expect(try Self.lines(Array(text.utf8), chunk: chunk) == ["台州黄岩劳动北路１１８號之一", "", "竹海水韵春风里12-3-1001", "last"])
    }

    @Test func invalidBytesStillGiveALine() throws {
        #expect(try Self.lines([0x61, 0xFF, 0x0A, 0x0A]) == ["a\u{FFFD}", ""])
        #expect(try Self.lines([]) == [])
    }
}
