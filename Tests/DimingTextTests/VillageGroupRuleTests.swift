import DimingText
import Testing

@Suite("Rule: villagers' groups")
struct VillageGroupRuleTests {
    static let rule = Tables.only(.numerals, .villageGroups)

    @Test(arguments: [
        ("五组六号", "5组6号"),
        ("5组6号", "5组6号"),
        ("沿山村第五村民小组六号", "沿山村5组6号"),
        ("沿山村5小组6号", "沿山村5组6号"),
        ("沿山村第5村民组6号附1号", "沿山村5组6号附1号"),
    ])
    func groupDoorplatesAreWrittenNGroupNNumber(input: String, expected: String) {
        #expect(Self.rule.normalize(input).text == expected)
    }

    @Test func aGroupOnItsOwnKeepsItsName() {
        #expect(Self.rule.normalize("沿山村第五村民小组").text == "沿山村第5村民小组")
    }

    @Test func theStructureIsReported() {
        let result = Self.rule.normalize("沿山村第五村民小组六号")
        #expect(result.villageGroups == [VillageGroupNumber(group: 5, number: 6, range: 3..<7)])
        #expect(result.firedRules == [.numerals, .villageGroups])
        #expect(result.offsets.sourceRange(of: 3..<7) == 4..<11)
    }

    @Test func anUnchangedGroupIsReportedWithoutFiring() {
        let result = Self.rule.normalize("沿山村5组6号")
        #expect(result.villageGroups == [VillageGroupNumber(group: 5, number: 6, range: 3..<7)])
        #expect(result.firedRules.isEmpty)
    }
}
