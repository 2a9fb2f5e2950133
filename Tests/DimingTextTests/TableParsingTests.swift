import DimingText
import Testing

@Suite("Normalization tables")
struct TableParsingTests {
    static let minimal: [String: String] = [
        "traditional.tsv": "# comment\nfrom\tto\tkind\n號\t号\ttraditional\n乾\t干\ttraditional\n",
        "traditional-exceptions.tsv": "word\tnote\n乾隆\treign name\n",
        "radicals.tsv": "from\tto\tkind\n⻄\t西\tradical-supplement\nU+F900\t豈\tcompatibility\n",
        "punctuation.tsv": "from\tto\tname\nU+FF0D\t-\tFULLWIDTH HYPHEN-MINUS\n",
        "units.tsv": "word\tkind\twhen\n号\tdoorplate\tat-boundary\n",
        "generics.tsv": "word\tkind\n路\troad\n",
    ]

    static func parse(replacing name: String, with text: String?) throws(NormalizationTableError) -> NormalizationTables {
        var files = minimal
        files[name] = text
        return try NormalizationTables.parse(files: files)
    }

    static func error(_ name: String, _ text: String?) -> NormalizationTableError? {
        do {
            _ = try parse(replacing: name, with: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func theShippedTablesParse() {
        let tables = Tables.shipped
        #expect(tables.traditional.count > 600)
        #expect(tables.radicals.count > 1000)
        #expect(tables.traditional["號"] == "号")
        #expect(tables.radicals["\u{2EC4}"] == "西")
        #expect(tables.radicals["\u{F900}"] == "\u{8C48}")
        #expect(tables.punctuation["\u{2014}"] == "-")
        #expect(tables.traditionalExceptions.contains("乾隆"))
        #expect(tables.units.contains(UnitWord(word: "单元", kind: .unit, condition: .always)))
        #expect(tables.generics.contains(GenericWord(word: "街道", kind: .division)))
    }

    @Test func aMinimalSetParses() throws {
        let tables = try NormalizationTables.parse(files: Self.minimal)
        #expect(tables.traditional == ["號": "号", "乾": "干"])
        #expect(tables.radicals == ["⻄": "西", "\u{F900}": "\u{8C48}"])
        #expect(tables.units == [UnitWord(word: "号", kind: .doorplate, condition: .atBoundary)])
    }

    @Test func windowsLineEndsAndAByteOrderMarkAreAccepted() throws {
        let tables = try Self.parse(replacing: "traditional.tsv", with: "\u{FEFF}from\tto\r\n號\t号\r\n")
        #expect(tables.traditional == ["號": "号"])
    }

    @Test func extraColumnsAreAllowed() throws {
        let tables = try Self.parse(replacing: "generics.tsv", with: "note\tword\tkind\nmine\t大道\troad\n")
        #expect(tables.generics == [GenericWord(word: "大道", kind: .road)])
    }

    @Test func everyProblemNamesFileAndLine() {
        #expect(Self.error("units.tsv", nil) == NormalizationTableError(file: "units.tsv", line: 0, problem: .missingFile))
        #expect(
            Self.error("traditional.tsv", "# only a comment\nfrom\tkind\n")
                == NormalizationTableError(file: "traditional.tsv", line: 2, problem: .missingColumns(["to"])))
        #expect(
            Self.error("traditional.tsv", "from\tto\n號\t号\t多\n")
                == NormalizationTableError(file: "traditional.tsv", line: 2, problem: .wrongColumnCount(expected: 2, found: 3)))
        #expect(
            Self.error("traditional.tsv", "from\tto\n號號\t号\n")
                == NormalizationTableError(
                    file: "traditional.tsv", line: 2, problem: .notOneCharacter(column: "from", text: "號號")))
        #expect(
            Self.error("radicals.tsv", "from\tto\nU+ZZZZ\t西\n")
                == NormalizationTableError(file: "radicals.tsv", line: 2, problem: .notOneCharacter(column: "from", text: "U+ZZZZ")))
        #expect(
            Self.error("traditional.tsv", "from\tto\n\n號\t号\n# note\n號\t號\n")
                == NormalizationTableError(file: "traditional.tsv", line: 5, problem: .duplicate(text: "號", firstLine: 3)))
        #expect(
            Self.error("traditional.tsv", "from\tto\n\t号\n")
                == NormalizationTableError(file: "traditional.tsv", line: 2, problem: .emptyField(column: "from")))
        #expect(
            Self.error("traditional-exceptions.tsv", "word\n乾\n")
                == NormalizationTableError(
                    file: "traditional-exceptions.tsv", line: 2, problem: .tooShort(column: "word", text: "乾", minimum: 2)))
        #expect(
            Self.error("units.tsv", "word\tkind\twhen\nNo.\tdoorplate\talways\n")
                == NormalizationTableError(file: "units.tsv", line: 2, problem: .notHan(column: "word", text: "No.")))
        #expect(
            Self.error("units.tsv", "word\tkind\twhen\n号\tdoorplate\tsometimes\n")
                == NormalizationTableError(
                    file: "units.tsv", line: 2,
                    problem: .unknownValue(column: "when", text: "sometimes", allowed: ["always", "at-boundary", "after-road"])))
        #expect(
            Self.error("generics.tsv", "word\tkind\n路\troad\n路\tdivision\n")
                == NormalizationTableError(file: "generics.tsv", line: 3, problem: .duplicate(text: "路", firstLine: 2)))
    }

    /// A replacement that would itself be replaced again makes the result
    /// depend on how often the text is normalized.
    @Test func replacementsMustBeFinal() {
        #expect(
            Self.error("traditional.tsv", "from\tto\n號\t号\n号\t好\n")
                == NormalizationTableError(
                    file: "traditional.tsv", line: 2, problem: .notFinal(text: "号", listedIn: "traditional.tsv", line: 3)))
        #expect(
            Self.error("traditional.tsv", "from\tto\n栖\t⻄\n")
                == NormalizationTableError(
                    file: "traditional.tsv", line: 2, problem: .notFinal(text: "⻄", listedIn: "radicals.tsv", line: 2)))
        #expect(
            Self.error("punctuation.tsv", "from\tto\nU+2014\tU+FF0D\n")
                == NormalizationTableError(file: "punctuation.tsv", line: 2, problem: .unstableTarget(text: "U+FF0D")))
        #expect(
            Self.error("punctuation.tsv", "from\tto\nU+2014\tU+200B\n")
                == NormalizationTableError(file: "punctuation.tsv", line: 2, problem: .unstableTarget(text: "U+200B")))
    }

    @Test func messagesAreReadable() {
        let error = NormalizationTableError(file: "traditional.tsv", line: 5, problem: .duplicate(text: "號", firstLine: 2))
        #expect(error.description == "traditional.tsv, line 5: \"號\" is already listed on line 2; keep one of the two lines.")
        let missing = NormalizationTableError(file: "units.tsv", line: 0, problem: .missingFile)
        #expect(missing.description.hasPrefix("units.tsv: the file was not found"))
    }
}
