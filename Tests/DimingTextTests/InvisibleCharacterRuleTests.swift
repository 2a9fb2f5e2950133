import DimingText
import Testing

@Suite("Rule: invisible characters")
struct InvisibleCharacterRuleTests {
    static let rule = Tables.only(.invisibleCharacters)

    @Test func controlsAreRemovedAndReported() {
        let result = Self.rule.normalize("劳动\u{0}北路\u{7}118\u{7F}号\u{9B}")
        #expect(result.text == "劳动北路118号")
        #expect(result.warnings == [.removedControlCharacters(count: 4, firstOffset: 2)])
        #expect(result.firedRules == [.invisibleCharacters])
    }

    @Test func directionOverridesAreRemovedAndReportedApart() {
        let result = Self.rule.normalize("\u{202E}劳动北路\u{202C}118号\u{200F}")
        #expect(result.text == "劳动北路118号")
        #expect(result.warnings == [.removedDirectionMarks(count: 3, firstOffset: 0)])
    }

    @Test func zeroWidthAndFormatCharactersGo() {
        let result = Self.rule.normalize("\u{FEFF}劳\u{200B}动\u{200D}北路\u{FE0F}\u{E0101}\u{FFFF}")
        #expect(result.text == "劳动北路")
        #expect(result.warnings == [.removedInvisibleCharacters(count: 6, firstOffset: 0)])
    }

    @Test func tabsAndLineBreaksBecomeSpaces() {
        let result = Self.rule.normalize("劳动北路\t118号\r\n\u{2028}")
        #expect(result.text == "劳动北路 118号   ")
        #expect(result.warnings.isEmpty)
    }

    @Test func damagedAndPrivateUseCharactersAreKeptButReported() {
        let result = Self.rule.normalize("小\u{FFFD}村\u{E000}路")
        #expect(result.text == "小\u{FFFD}村\u{E000}路")
        #expect(result.warnings == [.damagedText(count: 1, firstOffset: 1), .privateUseCharacters(count: 1, firstOffset: 3)])
        #expect(result.firedRules.isEmpty)
    }

    @Test func rareCharactersBeyondTheBasicPlaneAreKept() {
        // 𪨷 (U+2AA37) and 𣵦 (U+23D66) are real place-name characters.
        #expect(Self.rule.normalize("小𣵦村𪨷路").text == "小𣵦村𪨷路")
        #expect(Tables.normalize("小𣵦村 𪨷路") == "小𣵦村𪨷路")
    }

    @Test func warningsReadAsSentences() {
        let text = NormalizationWarning.removedDirectionMarks(count: 1, firstOffset: 0).description
        #expect(text == "removed 1 text-direction mark(s), the first at character 1; check the address reads as intended")
    }
}
