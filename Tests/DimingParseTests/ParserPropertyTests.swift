import DimingCore
import DimingParse
import Foundation
import Testing

/// A small, fast version of Tools/fuzz-parse for the default test run: a few
/// thousand generated lines of junk, controls, bidi marks, emoji, Han beyond
/// the BMP and address fragments, each of which must parse into in-order
/// spans that spell their text and into a JSON line that reads back.
@Suite("Parser properties")
struct ParserPropertyTests {
    typealias Random = SplitMix64

    static let fragments = [
        "浙江省", "台州", "黄岩区", "黄岩县", "北京", "朝阳区", "内蒙古", "东城街道", "劳动北路", "１１８號", "118号之一", "12-3-1001",
        "3单元", "一百一十八号", "5组6号", "阳光小区", "附近", "-", "~", "（", "】", " ", "\t", "\u{202E}", "\u{200D}", "\u{0000}",
        "\u{001B}", "👨‍👩‍👧", "🇨🇳", "𠮷", "𪚥", "\u{FFFD}", "A", "9",
    ]
    static let ranges: [ClosedRange<UInt32>] = [
        0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x1F300...0x1FAFF, 0x4E00...0x9FFF, 0x20000...0x2A6DF, 0xFF01...0xFF5E, 0x20...0x7E,
    ]

    static func line(_ r: inout Random) -> String {
        switch r.below(3) {
        case 0:
            var bytes: [UInt8] = []
            for _ in 0..<r.below(80) { bytes.append(UInt8(truncatingIfNeeded: r.next())) }
            return String(decoding: bytes, as: UTF8.self)
        default:
            var text = ""
            for _ in 0..<(1 + r.below(12)) {
                if r.below(3) == 0 {
                    let range = ranges[r.below(ranges.count)]
                    let value = range.lowerBound + UInt32(r.below(Int(range.upperBound - range.lowerBound) + 1))
                    text.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
                } else {
                    text += fragments[r.below(fragments.count)]
                }
            }
            return text
        }
    }

    @Test("generated junk and fragments keep the span and JSON invariants")
    func invariants() throws {
        var random = Random(state: 7)
        var json: [UInt8] = []
        for _ in 0..<1_000 {
            let line = Self.line(&random)
            let parsed = AddressParserTests.parser.parse(line)
            AddressParserTests.checkSpans(line, parsed)
            json.removeAll(keepingCapacity: true)
            ParsedAddressJSON.append(input: line, parsed, to: &json)
            let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
            #expect(Set(object?.keys.map { $0 } ?? []) == ["input", "components", "division", "standard", "warnings"])
            #expect((object?["components"] as? [Any])?.count == parsed.components.count)
        }
    }

    @Test("the command's JSON, written straight from the parser, is the JSON of the parse, byte for byte")
    func directJSON() {
        var random = Random(state: 11)
        var lines = [
            "", "浙江省台州市黄岩区劳动北路118号", "台州黄岩劳动北路１１８號之一", "竹海水韵春风里12-3-1001",
            "浙江省 台州市 黄岩区 浙江省 台州市 黄岩区 东城街道", "\"引号\"\\反斜杠\t制表", "柳州地区忻城县",
            "阳光小区12_3_1001", "\u{202E}黄岩区\u{0}劳动路", String(repeating: "劳动北路118号", count: 500),
        ]
        for _ in 0..<2_000 { lines.append(Self.line(&random)) }
        var json: [UInt8] = []
        var direct: [UInt8] = Array("kept".utf8)
        for line in lines {
            json.removeAll(keepingCapacity: true)
            ParsedAddressJSON.append(input: line, AddressParserTests.parser.parse(line), to: &json)
            direct.removeSubrange(4...)
            AddressParserTests.parser.appendJSON(line, to: &direct)
            #expect(direct.prefix(4) == Array("kept".utf8)[...])
            #expect(Array(direct.dropFirst(4)) == json, "\(line.debugDescription.prefix(80))")
            // Written over the bytes of earlier lines, as the command reuses its buffer.
            var reused = [UInt8](repeating: 0x22, count: 64)
            let end = AddressParserTests.parser.writeJSON(line, into: &reused, at: 3)
            #expect(Array(reused[3..<end]) == json)
            #expect(reused[0..<3] == [0x22, 0x22, 0x22])
        }
    }
}
