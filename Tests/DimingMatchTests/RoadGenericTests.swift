@testable import DimingMatch
import DimingParse
import Testing

@Suite("Road generics for matching")
struct RoadGenericTests {
    let generics = Fixture.roadGenerics

    func stem(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        return String(String.UnicodeScalarView(generics.stem(scalars[...])))
    }

    @Test("the longest generic is stripped, then ordinal and direction")
    func longestFirst() {
        #expect(stem("世纪大道") == "世纪")
        #expect(stem("劳动北路") == "劳动")
        #expect(stem("中山东一路") == "中山")
        #expect(stem("人民路") == "人民")
        #expect(stem("北路") == "北路")
    }

    @Test("generics the officer lists in the lexicon are stripped too (步行街, 高速公路)")
    func lexiconWords() {
        #expect(stem("解放步行街") == "解放")
        #expect(stem("甬台温高速公路") == "甬台温")
        #expect(stem("钱江隧道") == "钱江")
    }

    @Test("a word added to the lexicon reaches the matcher")
    func addedWord() throws {
        let lexicon = try RoadNameAnalyzer.parse("word\trole\trank\n路\tgeneric\t3\n绿道\tgeneric\t4\n")
        let table = RoadGeneric(lexicon: lexicon)
        let name = Array("滨江绿道".unicodeScalars)
        #expect(String(String.UnicodeScalarView(table.stem(name[...]))) == "滨江")
        #expect(table.hasGeneric(name[...]))
        #expect(!table.hasGeneric(Array("滨江公园".unicodeScalars)[...]))
    }
}
