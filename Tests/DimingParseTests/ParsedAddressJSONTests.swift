@testable import DimingParse
import Foundation
import Testing

/// The JSON line's fast paths (static label names, word-at-a-time escape
/// test, room made once) must write what a plain encoder would.
@Suite("Parsed address JSON")
struct ParsedAddressJSONTests {
    @Test("every label's static name is its raw value", arguments: AddressLabel.allCases)
    func labelNames(label: AddressLabel) {
        #expect(ParsedAddressJSON.name(of: label).description == label.rawValue)
    }

    @Test("the escape test finds a quote, backslash or control byte at every position")
    func escapeTest() {
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
                    var bytes = [UInt8](repeating: 0xE5, count: length)
                    if length > 0 { bytes[position] = special }
                    let found = bytes.withUnsafeBufferPointer { ParsedAddressJSON.needsEscape($0) }
                    #expect(found == (length > 0), "length \(length), byte \(special) at \(position)")
                }
            }
        }
        for plain: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xFF] {
            let bytes = [UInt8](repeating: plain, count: 17)
            #expect(!bytes.withUnsafeBufferPointer { ParsedAddressJSON.needsEscape($0) })
        }
    }

    @Test("a line with escapes, long text and large numbers reads back with Foundation")
    func readsBack() throws {
        let text = "浙江\"台州\\黄岩\n\u{1}" + String(repeating: "劳动北路", count: 300)
        let parsed = ParsedAddress(
            components: [ParsedComponent(label: .road, text: text, start: 0, end: Int.max, value: "\u{1F}\"")],
            division: ParsedDivision(code: "331003", names: ["浙江省", "台州市", "黄岩区"]), standard: text,
            warnings: ["a \"warning\"", "\t"])
        var out: [UInt8] = Array("prefix".utf8)
        ParsedAddressJSON.append(input: text, parsed, to: &out)
        #expect(Array(out.prefix(6)) == Array("prefix".utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.dropFirst(6))) as? [String: Any])
        #expect(object["input"] as? String == text)
        #expect(object["standard"] as? String == text)
        #expect(object["warnings"] as? [String] == ["a \"warning\"", "\t"])
        let components = try #require(object["components"] as? [[String: Any]])
        #expect(components.first?["label"] as? String == "road")
        #expect(components.first?["value"] as? String == "\u{1F}\"")
        #expect((components.first?["end"] as? NSNumber)?.int64Value == Int64.max)
    }
}
