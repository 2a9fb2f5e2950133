import DimingParse
import Testing

/// A known slip inside an autonomous county's name.
@Suite("Address parser: a misspelt autonomous county")
struct AddressParserMisspeltAutonomousCountyTests {
    @Test func theSlipReadsAsTheCountyWithAWarning() {
        let parsed = AddressParserTests.parser.parse("云南省澜沧拉沽族自治县勐朗镇")
        #expect(AddressParserTests.labels(parsed) == ["prov:云南省", "district:澜沧拉沽族自治县", "town:勐朗镇"])
        #expect(parsed.division?.code == "530828")
        #expect(parsed.warnings.contains("misspelt division name: 澜沧拉沽族自治县 read as 澜沧拉祜族自治县"))
    }
}
