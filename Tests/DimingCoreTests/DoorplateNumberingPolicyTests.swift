import DimingCore
import Foundation
import Testing

@Suite("Doorplate numbering policy")
struct DoorplateNumberingPolicyTests {
    /// The presets file the project ships.
    static func shippedPresets() throws -> NumberingPresets {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("gazetteer/doorplates/policies.tsv")
        return try NumberingPresets.parse(try String(contentsOf: url, encoding: .utf8))
    }

    @Test func doorplateShippedPresetsParse() throws {
        let presets = try Self.shippedPresets()
        #expect(presets.byName[NumberingPresets.defaultName] != nil)
        let beijing = try #require(presets.byName["beijing"])
        #expect(beijing.eastWestOddSide == .north)
        #expect(beijing.northSouthStart == .north)
        #expect(beijing.mustNotSkip == [4, 13, 14])
        #expect(beijing.skipped.isEmpty)
        #expect(presets.byName["jinan"]?.metresPerNumber == 1)
        #expect(presets.byName["harbin"]?.metresPerNumber == 2)
        let national = try #require(presets.byName["national"])
        #expect(national.eastWestOddSide == .south && national.northSouthOddSide == .west)
    }

    @Test func doorplateNextNumberSkipsAndReserves() {
        let plain = NumberingPolicy(preset: "t")
        #expect(plain.next(after: nil, on: .odd) == 1)
        #expect(plain.next(after: nil, on: .even) == 2)
        #expect(plain.next(after: 119, on: .odd) == 121)
        var skipping = NumberingPolicy(preset: "t", skipped: [4, 14])
        #expect(skipping.next(after: 2, on: .even) == 6)
        #expect(skipping.next(after: 12, on: .even) == 16)
        #expect(skipping.next(after: 1, on: .odd, isUsed: { $0 == 3 }) == 5)
        skipping.reserve = 1
        #expect(skipping.next(after: 1, on: .odd) == 5)
    }

    @Test func doorplateWholeNumberBetween() {
        let p = NumberingPolicy(preset: "t", skipped: [122])
        #expect(p.wholeNumber(after: 118, before: 124, isUsed: { _ in false }) == 120)
        #expect(p.wholeNumber(after: 118, before: 120, isUsed: { _ in false }) == nil)
        #expect(p.wholeNumber(after: 120, before: 126, isUsed: { $0 == 124 }) == nil)
        #expect(p.wholeNumber(after: 118, before: nil, isUsed: { $0 == 120 }) == 124)
    }

    @Test func doorplateSubNumberStyles() {
        #expect(SubNumberStyle.dash.designation(base: 118, index: 1) == "118-1号")
        #expect(SubNumberStyle.zhi.designation(base: 118, index: 2) == "118号之二")
        #expect(SubNumberStyle.fu.designation(base: 118, index: 1) == "118号附1")
        #expect(SubNumberStyle.jiayi.designation(base: 118, index: 2) == "118乙号")
        #expect(SubNumberStyle.jiayi.designation(base: 118, index: 11) == nil)
        for style in SubNumberStyle.allCases {
            let text = style.designation(base: 118, index: 3)!
            let parsed = DoorplateNumber.parse(text)!
            #expect(parsed.base == 118, "\(text)")
            #expect(SubNumberStyle.index(ofSuffix: parsed.suffix) == 3, "\(text)")
        }
    }

    @Test func doorplateMetricAndSides() throws {
        let presets = try Self.shippedPresets()
        let jinan = try #require(presets.byName["jinan"])
        #expect(jinan.number(atMetres: 18877, on: .odd) == 18877)
        #expect(jinan.number(atMetres: 18877, on: .even) == 18878)
        let harbin = try #require(presets.byName["harbin"])
        #expect(harbin.number(atMetres: 100, on: .odd) == 51)
        #expect(presets.byName["national"]!.number(atMetres: 5, on: .odd) == nil)
        let beijing = presets.byName["beijing"]!
        #expect(beijing.side(facing: .north) == .odd)
        #expect(presets.byName["national"]!.side(facing: .north) == .even)
        #expect(beijing.side(facing: .west) == .odd)
    }

    @Test func doorplatePolicyProblems() throws {
        let beijing = try #require(try Self.shippedPresets().byName["beijing"])
        #expect(beijing.applying(NumberingOverrides(skip: [13])).problem?.contains("13") == true)
        #expect(beijing.applying(NumberingOverrides(skip: [250])).problem == nil)
        #expect(beijing.applying(NumberingOverrides(step: 3)).problem != nil)
        var noOneSided = beijing
        noOneSided.oneSided = "odd"
        #expect(noOneSided.applying(NumberingOverrides(oneSidedRoads: ["北街": .even])).problem != nil)
        #expect(beijing.applying(NumberingOverrides(oneSidedRoads: ["北街": .even])).allowedSides(road: "北街") == [.even])
    }

    @Test func doorplatePresetParseErrors() {
        #expect(throws: NumberingPresets.ParseError.self) { try NumberingPresets.parse("nothing\n") }
        let header = NumberingPresets.columns.joined(separator: "\t")
        #expect(throws: NumberingPresets.ParseError.self) {
            try NumberingPresets.parse(header + "\nnational\teast\tsouth\tsouth\twest\teither\t-\t-\t2\t0\t-\tweird\tx\n")
        }
        #expect(throws: NumberingPresets.ParseError.self) {
            try NumberingPresets.parse(header + "\nother\teast\tsouth\tsouth\twest\teither\t-\t-\t2\t0\t-\tdash\tx\n")
        }
        #expect(throws: NumberingPresets.ParseError.self) {
            try NumberingPresets.parse(header + "\nnational\teast\tsouth\tsouth\twest\teither\t13\t13\t2\t0\t-\tdash\tx\n")
        }
    }
}
