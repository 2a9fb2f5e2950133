@testable import DimingText
import Testing

@Suite("Chinese numerals")
struct ChineseNumeralTests {
    static func value(_ text: String) -> Int? {
        ChineseNumeral.value(ArraySlice(text.unicodeScalars.map(\.value)))
    }

    @Test(arguments: [
        ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("一百", 100), ("一百一十八", 118),
        ("一百十八", 118), ("一百零五", 105), ("三百零五", 305), ("一千零五", 1005), ("一千零一十", 1010),
        ("两百", 200), ("两千三百", 2300), ("一万二千", 12_000), ("两万", 20_000), ("十五万", 150_000),
        ("一万零五", 10_005), ("二九八", 298), ("一〇〇一", 1001), ("一零零一", 1001), ("二○一", 201),
    ])
    func reads(text: String, value: Int) {
        #expect(Self.value(text) == value)
    }

    @Test(arguments: ["", "零", "〇〇", "两", "两十", "十十", "百百", "一二十", "百", "一百五", "一万五", "千万万", "一十一十"])
    func refusesWhatIsNotANumber(text: String) {
        #expect(Self.value(text) == nil)
    }

    @Test func digitByDigitKeepsLeadingZeros() {
        let digits = ChineseNumeral.arabicDigits(ArraySlice("〇五".unicodeScalars.map(\.value)))
        #expect(digits.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) } == "05")
    }

    @Test func tooLongRunsAreRefused() {
        #expect(Self.value(String(repeating: "一", count: 13)) == nil)
    }

    @Test(arguments: [1, 2, 10, 11, 12, 20, 99, 100, 101, 110, 118, 1000, 1005, 1010, 10_000, 10_005, 12_000, 99_999])
    func writesWhatItReads(n: Int) {
        #expect(Self.value(ChineseNumeral.write(n)) == n)
    }

    @Test func writesTheStandardForm() {
        #expect(ChineseNumeral.write(1) == "一")
        #expect(ChineseNumeral.write(12) == "十二")
        #expect(ChineseNumeral.write(118) == "一百一十八")
        #expect(ChineseNumeral.write(1005) == "一千零五")
    }
}
