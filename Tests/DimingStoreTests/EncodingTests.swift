import DimingCSV
import DimingCore
import DimingStore
import Foundation
import Testing

@Suite("GB18030 files")
struct EncodingTests {
    // GBK (a subset of GB18030) bytes, written out by hand so that the test
    // does not depend on the encoder it checks.
    static let dongcheng: [UInt8] = [0xB6, 0xAB, 0xB3, 0xC7, 0xBD, 0xD6, 0xB5, 0xC0]  // 东城街道
    static let xicheng: [UInt8] = [0xCE, 0xF7, 0xB3, 0xC7, 0xBD, 0xD6, 0xB5, 0xC0]  // 西城街道
    static let laodongbeilu: [UInt8] = [0xC0, 0xCD, 0xB6, 0xAF, 0xB1, 0xB1, 0xC2, 0xB7]  // 劳动北路
    static let huangyanqu: [UInt8] = [0xBB, 0xC6, 0xD1, 0xD2, 0xC7, 0xF8]  // 黄岩区
    static let hao: [UInt8] = [0xBA, 0xC5]  // 号
    static let xiaoqu: [UInt8] = [0xD0, 0xA1, 0xC7, 0xF8]  // 小区
    static let zhuang: [UInt8] = [0xB4, 0xB1]  // 幢
    static let shi: [UInt8] = [0xCA, 0xD2]  // 室

    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Header, then: 东城街道 劳动北路 12号; 西城街道 黄岩区小区 1幢 101室 (CRLF endings, as Excel writes).
    static var goodFile: [UInt8] {
        var bytes = ascii(String(canonicalHeader.dropLast()) + "\r\n")
        bytes += ascii(",331003,") + dongcheng + ascii(",,") + laodongbeilu + ascii(",12") + hao + ascii(",,,,,28.6481,121.2635,active\r\n")
        bytes += ascii(",331003,") + xicheng + ascii(",,,,") + huangyanqu + xiaoqu + ascii(",1") + zhuang + ascii(",,101") + shi
            + ascii(",,,retired\r\n")
        return bytes
    }

    @Test func aGB18030FileImportsThroughTheTranscodingSource() throws {
        let temp = try TemporaryRegistry()
        // Read as UTF-8, the same bytes are refused.
        let asUTF8 = try temp.registry.importing(bytes: Self.goodFile)
        #expect(!asUTF8.summary.committed)
        #expect(asUTF8.rejectedLines == [2, 3])
        #expect(asUTF8.reason(line: 2)?.contains("--encoding gb18030") == true)

        let source = try TranscodingByteSource(inner: MemoryByteSource(Self.goodFile))
        let outcome = try temp.registry.importing(source)
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected)")
        #expect(outcome.summary.committed)
        #expect(outcome.summary.inserted == 2)
        #expect(source.invalidSequences == 0)

        let rows = try temp.registry.exportedRows()
        try #require(rows.count == 2)
        let road = try #require(rows.first { $0[col("number")] == "12号" })
        #expect(road[col("town")] == "东城街道")
        #expect(road[col("road")] == "劳动北路")
        #expect(road[col("lat")] == "28.6481")
        let flat = try #require(rows.first { $0[col("room")] == "101室" })
        #expect(flat[col("town")] == "西城街道")
        #expect(flat[col("estate")] == "黄岩区小区")
        #expect(flat[col("building")] == "1幢")
        #expect(flat[col("status")] == "retired")
        // Towns from the gazetteer were matched, not created again.
        #expect(outcome.summary.townsCreated == 0)
        #expect(try temp.registry.searchNames("劳动北路").map(\.name) == ["劳动北路"])
    }

    @Test func anInvalidGBByteRejectsItsRow() throws {
        var bytes = Self.goodFile
        // Line 4: 劳 then 0xFF, which no GB18030 sequence starts with.
        bytes += ascii(",331003,") + Self.dongcheng + ascii(",,") + [0xC0, 0xCD, 0xFF] + ascii(",14") + Self.hao + ascii(",,,,,,,active\r\n")
        bytes += ascii(",331003,") + Self.dongcheng + ascii(",,") + Self.laodongbeilu + ascii(",16") + Self.hao + ascii(",,,,,,,active\r\n")

        let temp = try TemporaryRegistry()
        let strict = try temp.registry.importing(try TranscodingByteSource(inner: MemoryByteSource(bytes)))
        #expect(!strict.summary.committed)
        #expect(strict.rejectedLines == [4])
        let reason = try #require(strict.reason(line: 4))
        #expect(reason.contains("road"), "\(reason)")
        #expect(reason.contains("wrong encoding") || reason.contains("UTF-8"), "\(reason)")
        #expect(try temp.registry.summary().addresses == 0)

        let source = try TranscodingByteSource(inner: MemoryByteSource(bytes))
        let lenient = try temp.registry.importing(source, skipBad: true)
        #expect(lenient.summary.committed)
        #expect(lenient.rejectedLines == [4])
        #expect(lenient.summary.inserted == 3)
        #expect(source.invalidSequences >= 1)
        let numbers = try temp.registry.exportedRows().map { $0[col("number")] }.sorted()
        #expect(numbers == ["", "12号", "16号"])
    }

    func ascii(_ text: String) -> [UInt8] { Self.ascii(text) }
}
