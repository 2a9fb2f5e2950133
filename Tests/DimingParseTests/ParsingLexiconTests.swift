import DimingParse
import Testing

@Suite("Parsing lexicon")
struct ParsingLexiconTests {
    static let seatHeader = "written\ttown\tcounty_code\tsince\tnote\n"

    @Test func parsesWordsAndRejectsBadRows() throws {
        let good = "# comment\nword\tlabel\trole\n路\troad\tsuffix\n街道\ttown\tsuffix\n附近\tassist\tword\n幢\thouseno\tunit\n"
        let slips = "# comment\nwritten\tstandard\tnote\n安微\t安徽\t形近\n"
        let seats = Self.seatHeader
        let lexicon = try ParsingLexicon.parse(files: ["words.tsv": good, "division-misspellings.tsv": slips, "seat-towns.tsv": seats])
        #expect(lexicon.misspellings == [ParsingLexicon.Misspelling(written: "安微", standard: "安徽", note: "形近")])
        let scalars = Array("东城街道".unicodeScalars)
        #expect(lexicon.suffix(at: 2, in: scalars)?.label == .town)
        #expect(lexicon.word(at: 0, in: Array("附近".unicodeScalars))?.label == .assist)
        #expect(lexicon.unit(at: 0, in: Array("幢".unicodeScalars))?.label == .houseno)

        #expect(throws: ParsingLexicon.ParseError.self) {
            try ParsingLexicon.parse(files: ["words.tsv": "word\tlabel\trole\n路\tstreet\tsuffix\n", "division-misspellings.tsv": slips, "seat-towns.tsv": seats])
        }
        #expect(throws: ParsingLexicon.ParseError.self) {
            try ParsingLexicon.parse(files: ["words.tsv": "word\tlabel\trole\n路\troad\tprefix\n", "division-misspellings.tsv": slips, "seat-towns.tsv": seats])
        }
        #expect(throws: ParsingLexicon.ParseError.self) { try ParsingLexicon.parse(files: [:]) }
        // The misspellings and seat-town files are required too.
        #expect(throws: ParsingLexicon.ParseError.self) { try ParsingLexicon.parse(files: ["words.tsv": good]) }
        #expect(throws: ParsingLexicon.ParseError.self) {
            try ParsingLexicon.parse(files: ["words.tsv": good, "division-misspellings.tsv": slips])
        }
    }

    @Test func misspellingRowsAreChecked() throws {
        func parse(_ rows: String) throws(ParsingLexicon.ParseError) -> [ParsingLexicon.Misspelling] {
            try ParsingLexicon.parse(
                files: ["words.tsv": "word\tlabel\trole\n", "division-misspellings.tsv": rows, "seat-towns.tsv": Self.seatHeader]
            ).misspellings
        }
        #expect(try parse("written\tstandard\tnote\n肖山\t萧山\t俗写\n").count == 1)
        // The same as its standard name, listed twice, a field short, no header: the line says why.
        let same = #expect(throws: ParsingLexicon.ParseError.self) { try parse("written\tstandard\tnote\n萧山\t萧山\t\n") }
        #expect(same?.line == 2)
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("written\tstandard\tnote\n肖山\t萧山\t\n肖山\t萧山\t\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("written\tstandard\tnote\n肖山\t萧山\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("肖山\t萧山\t俗写\n") }
    }

    @Test func seatTownRowsAreChecked() throws {
        func parse(_ rows: String) throws(ParsingLexicon.ParseError) -> [ParsingLexicon.SeatTown] {
            try ParsingLexicon.parse(
                files: ["words.tsv": "word\tlabel\trole\n", "division-misspellings.tsv": "written\tstandard\tnote\n",
                        "seat-towns.tsv": Self.seatHeader + rows]
            ).seatTowns
        }
        #expect(try parse("临平\t临平街道\t330113\t2021-04-09\t\n")
            == [ParsingLexicon.SeatTown(written: "临平", town: "临平街道", countyCode: "330113", since: "2021-04-09", note: "")])
        // A town that is not the name and a town generic, a code that is not
        // six digits, a name of one character, a name listed twice: the line says why.
        let notTown = #expect(throws: ParsingLexicon.ParseError.self) { try parse("临平\t星桥街道\t330113\t\t\n") }
        #expect(notTown?.line == 2)
        #expect(notTown?.reason.contains("星桥街道") == true)
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("临平\t临平街道\t33011\t\t\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("临平\t临平街道\t330113\t2021年\t\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("临平\t临平街道\t330113\t2021-02-30\t\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("临平\t临平街道\t330113\t2021/4/9\t\n") }
        #expect(throws: ParsingLexicon.ParseError.self) { try parse("临\t临镇\t330113\t\t\n") }
        #expect(throws: ParsingLexicon.ParseError.self) {
            try parse("临平\t临平街道\t330113\t\t\n临平\t临平镇\t330113\t\t\n")
        }
    }
}
