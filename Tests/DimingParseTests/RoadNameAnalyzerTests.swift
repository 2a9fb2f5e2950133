import DimingParse
import Foundation
import Testing

/// The road-name analyzer with the project's own gazetteer/parsing/road-generics.tsv.
@Suite("Road-name anatomy")
struct RoadNameAnalyzerTests {
    static let analyzer: RoadNameAnalyzer = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../gazetteer/parsing/road-generics.tsv").standardized
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        do {
            return try RoadNameAnalyzer.parse(text, places: ["北京", "黔东南"])
        } catch {
            fatalError("the shipped road-generics.tsv must parse: \(error)")
        }
    }()

    /// name → 专名 | 方位 | 序数 | 通名 | segment
    @Test(arguments: [
        ("劳动北路", "劳动|北||路|"),
        ("中山东一路", "中山|东|一|路|"),
        ("解放大道", "解放|||大道|"),
        ("人民路", "人民|||路|"),
        ("长江南路三段", "长江|南||路|三段"),
        ("北京路", "北京|||路|"),
        ("北京东路", "北京|东||路|"),
        ("东风路", "东风|||路|"),
        ("东风东路", "东风|东||路|"),
        ("湖南路", "湖南|||路|"),
        ("河南中路", "河南|中||路|"),
        ("江南大道", "江南|||大道|"),
        ("浦东南路", "浦东|南||路|"),
        ("黔东南路", "黔东南|||路|"),
        ("文一西路", "文|西|一|路|"),
        ("统一路", "统一|||路|"),
        ("五一路", "五一|||路|"),
        ("一路", "一|||路|"),
        ("二环路", "二|||环路|"),
        ("新河北路", "新河|北||路|"),
        ("劳动一支路", "劳动||一|支路|"),
        ("南锣鼓巷", "南锣鼓|||巷|"),
        ("东交民巷", "东交民|||巷|"),
        ("杨梅竹斜街", "杨梅竹斜|||街|"),
        ("柳营路669弄", "柳营路||669|弄|"),
        ("中山12路", "中山||12|路|"),
        ("沪昆高速", "沪昆|||高速|"),
        ("长安街", "长安|||街|"),
        ("青龙街", "青龙|||街|"),
        ("下在村横路", "下在村|||横路|"),
        ("人民东路东段", "人民|东||路|东段"),
        ("太平", "太平||||"),
        ("路", "|||路|"),
        ("", "||||"),
    ])
    func splits(name: String, expected: String) {
        let p = Self.analyzer.analyze(name)
        #expect([p.specific, p.direction, p.ordinal, p.generic, p.segment].joined(separator: "|") == expected)
    }

    @Test func ranksAndStem() {
        #expect(Self.analyzer.analyze("解放大道").genericRank == 1)
        #expect(Self.analyzer.analyze("人民路").genericRank == 3)
        #expect(Self.analyzer.analyze("南锣鼓巷").genericRank == 4)
        #expect(Self.analyzer.analyze("劳动北路").stem == "劳动北")
        #expect(Self.analyzer.analyze("文一西路").stem == "文一西")
        #expect(Self.analyzer.analyze("一路").specificIsNumeric)
        #expect(Self.analyzer.analyze("五一路").specificIsNumeric)
        #expect(!Self.analyzer.analyze("人民路").specificIsNumeric)
    }

    @Test func spellingPartsInWritingOrder() {
        #expect(Self.analyzer.analyze("文一西路").spellingParts.map(\.text) == ["文", "一", "西", "路"])
        #expect(Self.analyzer.analyze("中山东一路").spellingParts.map(\.kind) == [.specific, .direction, .ordinal, .generic])
    }

    @Test func badLexiconLinesAreNamed() {
        #expect(throws: RoadNameAnalyzer.LexiconError.self) {
            try RoadNameAnalyzer.parse("word\trole\trank\n路\tgeneric\tbig\n")
        }
        #expect(throws: RoadNameAnalyzer.LexiconError.self) {
            try RoadNameAnalyzer.parse("word\trole\trank\n路\tnoun\t3\n")
        }
        #expect(throws: RoadNameAnalyzer.LexiconError.self) { try RoadNameAnalyzer.parse("# only comments\n") }
    }
}
