import DimingParse
import Testing

@Suite("Parsing lexicon")
struct ParsingLexiconTests {
    @Test func parsesWordsAndRejectsBadRows() throws {
        let good = "# comment\nword\tlabel\trole\n路\troad\tsuffix\n街道\ttown\tsuffix\n附近\tassist\tword\n幢\thouseno\tunit\n"
        let slips = "# comment\nwritten\tstandard\tnote\n安微\t安徽\t形近\n"
        let lexicon = try ParsingLexicon.parse(files: ["words.tsv": good, "division-misspellings.tsv": slips])
        #expect(lexicon.misspellings == [ParsingLexicon.Misspelling(written: "安微", standard: "安徽", note: "形近")])
        let scalars = Array("东城街道".unicodeScalars)
        #expect(lexicon.suffix(at: 2, in: scalars)?.label == .town)
        #expect(lexicon.word(at: 0, in: Array("附近".unicodeScalars))?.label == .assist)
        #expect(lexicon.unit(at: 0, in: Array("幢".unicodeScalars))?.label == .houseno)

        #expect(throws: ParsingLexicon.ParseError.self) {
            try ParsingLexicon.parse(files: ["words.tsv": "word\tlabel\trole\n路\tstreet\tsuffix\n", "division-misspellings.tsv": slips])
        }
        #expect(throws: ParsingLexicon.ParseError.self) {
            try ParsingLexicon.parse(files: ["words.tsv": "word\tlabel\trole\n路\troad\tprefix\n", "division-misspellings.tsv": slips])
        }
        #expect(throws: ParsingLexicon.ParseError.self) { try ParsingLexicon.parse(files: [:]) }
        // The misspellings file is required too.
        #expect(throws: ParsingLexicon.ParseError.self) { try ParsingLexicon.parse(files: ["words.tsv": good]) }
    }

    @Test func misspellingRowsAreChecked() throws {
        func parse(_ rows: String) throws(ParsingLexicon.ParseError) -> [ParsingLexicon.Misspelling] {
            try ParsingLexicon.parse(files: ["words.tsv": "word\tlabel\trole\n", "division-misspellings.tsv": rows]).misspellings
        }
        #expect(try parse("written\tstandard\tnote\n肖山\t萧山\t俗写\n").count == 1)
        // The same as its standard name, listed twice, a field short, no header: the line says why.
        let same = #expect(throws: ParsingLexicon.ParseError.self) { try parse("written\tstandard\tnote\n萧山\t萧山\t\n") }
        #expect(same?.line == 2)
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("written\tstandard\tnote\n肖山\t萧山\t\n肖山\t萧山\t\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("written\tstandard\tnote\n肖山\t萧山\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("肖山\t萧山\t俗写\n") }
    }
}
