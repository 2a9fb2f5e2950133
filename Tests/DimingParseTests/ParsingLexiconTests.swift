import DimingParse
import Testing

@Suite("Parsing lexicon")
struct ParsingLexiconTests {
    @Test func parsesWordsAndRejectsBadRows() throws {
        let good = "# comment\nword\tlabel\trole\n路\troad\tsuffix\n街道\ttown\tsuffix\n附近\tassist\tword\n幢\thouseno\tunit\n"
        let lexicon = try ParsingLexicon.parse(files: ["words.tsv": good])
        let scalars = Array("东城街道".unicodeScalars)
        #expect(lexicon.suffix(at: 2, in: scalars)?.label == .town)
        #expect(lexicon.word(at: 0, in: Array("附近".unicodeScalars))?.label == .assist)
        #expect(lexicon.unit(at: 0, in: Array("幢".unicodeScalars))?.label == .houseno)

        #expect(throws: ParsingLexicon.ParseError.self) {
            try ParsingLexicon.parse(files: ["words.tsv": "word\tlabel\trole\n路\tstreet\tsuffix\n"])
        }
        #expect(throws: ParsingLexicon.ParseError.self) {
            try ParsingLexicon.parse(files: ["words.tsv": "word\tlabel\trole\n路\troad\tprefix\n"])
        }
        #expect(throws: ParsingLexicon.ParseError.self) { try ParsingLexicon.parse(files: [:]) }
    }
}
