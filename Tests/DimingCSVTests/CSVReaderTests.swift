import DimingCSV
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    /// Reads every record as (line, fields, problem).
    static func records(_ text: String, chunkSize: Int = 1 << 20, multiline: Bool = false) throws -> [(Int, [String], CSVRowProblem?)] {
        try records(Array(text.utf8), chunkSize: chunkSize, multiline: multiline)
    }

    static func records(_ bytes: [UInt8], chunkSize: Int = 1 << 20, multiline: Bool = false) throws -> [(Int, [String], CSVRowProblem?)] {
        let reader = CSVReader(
            source: MemoryByteSource(bytes),
            options: .init(allowsLineBreaksInQuotes: multiline, maxRecordBytes: 200, chunkSize: chunkSize))
        var out: [(Int, [String], CSVRowProblem?)] = []
        while try reader.next() { out.append((reader.line, reader.lossyFields(), reader.problem)) }
        return out
    }

    @Test func plainAndQuotedFields() throws {
        let rows = try Self.records("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\n")
        #expect(rows.count == 2)
        #expect(rows[0].1 == ["a", "b", "c"])
        #expect(rows[1].1 == ["x,1", "say \"hi\"", ""])
        #expect(rows.allSatisfy { $0.2 == nil })
    }

    @Test func lineNumbersCountBlankLinesAndAllLineEndings() throws {
        let rows = try Self.records("h\r\n\r\nr2\rr3\n\nr5")
        #expect(rows.map(\.0) == [1, 3, 4, 6])
        #expect(rows.map { $0.1[0] } == ["h", "r2", "r3", "r5"])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let rows = try Self.records([0xEF, 0xBB, 0xBF] + Array("id,name\n1,黄岩\n".utf8))
        #expect(rows[0].1 == ["id", "name"])
        #expect(rows[1].1 == ["1", "黄岩"])
    }

    @Test func unterminatedQuoteIsReportedAndTheNextLineStillReads() throws {
        let rows = try Self.records("a,\"b\nc,d\n")
        #expect(rows[0].2 == .unterminatedQuote(column: 2))
        #expect(rows[1].0 == 2)
        #expect(rows[1].1 == ["c", "d"])
        #expect(rows[1].2 == nil)
    }

    @Test func otherBrokenQuoting() throws {
        let rows = try Self.records("\"ab\"c,d\nab\"c,d\n")
        #expect(rows[0].2 == .textAfterClosingQuote(column: 1))
        #expect(rows[1].2 == .quoteInUnquotedField(column: 1))
    }

    @Test func overlongRecordIsReportedNotKept() throws {
        let long = String(repeating: "路", count: 100)  // 300 bytes > 200
        let rows = try Self.records("a\n\(long)\nb\n", chunkSize: 64)
        #expect(rows.map(\.0) == [1, 2, 3])
        #expect(rows[1].2 == .recordTooLong(limit: 200))
        #expect(rows[2].1 == ["b"])
    }

    @Test func multilineCellsWhenAllowed() throws {
        let rows = try Self.records("a,\"x\ny\"\nb,c\n", multiline: true)
        #expect(rows.count == 2)
        #expect(rows[0].1 == ["a", "x\ny"])
        #expect(rows[1].0 == 3)
    }

    @Test func invalidUTF8IsLeftToTheCaller() throws {
        let reader = CSVReader(source: MemoryByteSource([0x61, 0x2C, 0xC7, 0xF8, 0x0A]))
        #expect(try reader.next())
        #expect(reader.string(0) == "a")
        #expect(reader.string(1) == nil)
    }

    /// Every chunk size gives the same records: quotes, CRLF and multi-byte
    /// characters split across chunk boundaries must not matter.
    @Test(arguments: [16, 17, 19, 23, 64, 1 << 20])
    func chunkBoundariesDoNotMatter(chunkSize: Int) throws {
        var text = "id,road,number\r\n"
        for i in 0..<300 {
            let road = i % 7 == 0 ? "\"劳动北路,\"\"老\"\"\"" : "劳动北路"
            text += "\(i),\(road),\(i)号\(i % 3 == 0 ? "\r\n" : "\n")"
        }
        let expected = try Self.records(text)
        let actual = try Self.records(text, chunkSize: chunkSize)
        #expect(actual.count == 301)
        #expect(actual.map(\.0) == expected.map(\.0))
        #expect(actual.map(\.1) == expected.map(\.1))
    }
}
