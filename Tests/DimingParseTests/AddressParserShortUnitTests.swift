import DimingParse
import Testing

/// 单 written short for 单元 after a number, on invented addresses.
@Suite("Address parser: 单 for 单元")
struct AddressParserShortUnitTests {
    static func labels(_ line: String) -> [String] { AddressParserTailTests.labels(line) }

    @Test func danAfterANumberIsAUnit() {
        #expect(Self.labels("杭州市西湖区某某路5号阳光小区二栋一单749").suffix(3) == ["houseno:二栋", "cellno:一单", "roomno:749"])
        #expect(Self.labels("杭州市西湖区阳光小区8单583").suffix(2) == ["cellno:8单", "roomno:583"])
        // 单元 in full stays one word.
        #expect(Self.labels("杭州市西湖区阳光小区3幢2单元501室").suffix(2) == ["cellno:2单元", "roomno:501室"])
    }
}
