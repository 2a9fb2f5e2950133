import DimingCSV
import Testing

@Suite("CSV writer")
struct CSVWriterTests {
    @Test func quotesOnlyWhenNeeded() throws {
        var writer = CSVWriter(sink: MemoryByteSink())
        try writer.writeRow(["黄岩区", "a,b", "say \"hi\"", ""])
        try writer.flush()
        #expect(writer.sink.text == "黄岩区,\"a,b\",\"say \"\"hi\"\"\",\n")
    }

    /// Whatever the fields, writing then reading gives them back.
    @Test func roundTripOfAwkwardFields() throws {
        let alphabet: [String] = ["a", "路", ",", "\"", " ", "1", "號", "\u{3000}", "-", "𠀀"]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var rows: [[String]] = []
        for _ in 0..<500 {
            rows.append((0..<(1 + next() % 6)).map { _ in
                String((0..<(next() % 8)).map { _ in alphabet[next() % alphabet.count] }.joined())
            })
        }
        var writer = CSVWriter(sink: MemoryByteSink(), bufferSize: 64)
        for row in rows { try writer.writeRow(row) }
        try writer.flush()
        let reader = CSVReader(source: MemoryByteSource(writer.sink.bytes), options: .init(chunkSize: 32))
        var back: [[String]] = []
        while try reader.next() {
            #expect(reader.problem == nil)
            back.append(reader.lossyFields())
        }
        // A row of one empty field is a blank line, which readers skip.
        #expect(back == rows.filter { $0 != [""] })
    }

    @Test func jsonStringsAreEscaped() throws {
        var writer = CSVWriter(sink: MemoryByteSink())
        writer.appendJSONString("a\"b\\c\n\u{01}路")
        try writer.endRow()
        try writer.flush()
        #expect(writer.sink.text == "\"a\\\"b\\\\c\\n\\u0001路\"\n")
    }
}
