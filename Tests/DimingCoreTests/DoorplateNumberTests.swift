import DimingCore
import Testing

@Suite("Doorplate numbers")
struct DoorplateNumberTests {
    @Test(arguments: [
        ("118号", nil, 118, ""),
        ("118-1号", nil, 118, "-1"),
        ("118号之一", nil, 118, "之一"),
        ("118号附1", nil, 118, "附1"),
        ("118甲号", nil, 118, "甲"),
        ("5组6号", 5, 6, ""),
    ] as [(String, Int?, Int, String)])
    func parsesEveryStyle(text: String, group: Int?, base: Int, suffix: String) {
        let number = DoorplateNumber.parse(text)
        #expect(number == DoorplateNumber(text: text, group: group, base: base, suffix: suffix))
    }

    @Test(arguments: ["", "号", "一百一十八号", "１１８号", "118", "118号号", "A8号", "5组号", "118 号"])
    func rejectsNonCanonicalText(text: String) {
        #expect(DoorplateNumber.parse(text) == nil)
    }

    @Test func sideComesFromTheBaseNumber() {
        #expect(DoorplateNumber.parse("121-2号")!.isOdd)
        #expect(!DoorplateNumber.parse("118号之一")!.isOdd)
    }
}
