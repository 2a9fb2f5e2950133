import DimingText
import Foundation
import Testing

/// The pinyin table built from the project's own gazetteer/pinyin files.
enum PinyinFixture {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("gazetteer/pinyin")

    static let table: PinyinTable = {
        var files: [String: String] = [:]
        for name in PinyinTable.fileNames {
            files[name] = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        do {
            return try PinyinTable.parse(files: files)
        } catch {
            fatalError("the shipped pinyin tables must parse: \(error)")
        }
    }()
}

@Suite("Pinyin table")
struct PinyinTableTests {
    let table = PinyinFixture.table

    /// The polyphones of the cleanup issue and of STACK.md: each read the way
    /// the place is called, not the way ICU reads it.
    @Test(arguments: [
        ("长安", "cháng ān"), ("长沙", "cháng shā"), ("长春", "cháng chūn"), ("长兴", "cháng xīng"),
        ("厦门", "xià mén"), ("吴堡", "wú bǔ"), ("瓦窑堡", "wǎ yáo bǔ"), ("十里堡", "shí lǐ pù"),
        ("六安", "lù ān"), ("丽水", "lí shuǐ"), ("台州", "tāi zhōu"), ("番禺", "pān yú"),
        ("洪洞", "hóng tóng"), ("蚌埠", "bèng bù"), ("单县", "shàn xiàn"), ("乐亭", "lào tíng"),
        ("亳州", "bó zhōu"), ("济南", "jǐ nán"), ("成都", "chéng dū"), ("都江堰", "dū jiāng yàn"),
        ("铅山", "yán shān"), ("东阿", "dōng ē"), ("会稽", "kuài jī"), ("蔚县", "yù xiàn"),
        ("涡阳", "guō yáng"), ("枞阳", "zōng yáng"), ("兴化", "xīng huà"), ("重庆", "chóng qìng"),
        ("银行", "yín háng"), ("行唐", "xíng táng"), ("莘县", "shēn xiàn"), ("尉氏", "wèi shì"),
        ("朝阳", "cháo yáng"), ("解放", "jiě fàng"), ("长江", "cháng jiāng"), ("长子", "zhǎng zǐ"),
        ("大栅栏", "dà shi lànr"),
    ])
    func placeReadings(name: String, expected: String) {
        #expect(table.toneMarked(name) == expected)
    }

    @Test func wordsInsideLongerNamesUseTheLongestMatch() {
        #expect(table.toneMarked("长安街") == "cháng ān jiē")
        #expect(table.toneMarked("厦门大厦") == "xià mén dà shà")
        #expect(table.toneMarked("十里堡东路") == "shí lǐ pù dōng lù")
        #expect(table.toneMarked("建设银行路") == "jiàn shè yín háng lù")
        #expect(table.toneMarked("翟家庄") == "zhái jiā zhuāng")
        #expect(table.toneMarked("解家村") == "xiè jiā cūn")
        // 长 alone in a place name: the lexicon's one-character default.
        #expect(table.toneMarked("长坡村") == "cháng pō cūn")
    }

    @Test func characterReadingsCustomaryFirst() {
        #expect(table.readings(of: "长").map(\.marked) == ["zhǎng", "cháng"])
        #expect(table.readings(of: "堡").map(\.marked) == ["bǎo", "bǔ", "pù"])
        #expect(table.readings(of: "A").isEmpty)
    }

    @Test func extensionBlockCharactersHaveReadings() {
        // U+20000 (Ext B) and U+2A6D6 are in Unihan with kMandarin.
        #expect(table.readings(of: "\u{20000}").map(\.marked) == ["hē"])
        #expect(table.toneMarked("小\u{20000}村") == "xiǎo hē cūn")
        #expect(table.characterCount > 40_000)
    }

    @Test func tonelessKeyKeepsSyllablesApartAndPassesOtherCharacters() {
        #expect(table.tonelessKey("西安路") == "xi an lu")
        #expect(table.tonelessKey("先路") == "xian lu")
        #expect(table.tonelessKey("绿地12号") == "lv di 12 hao")
        #expect(table.tonelessKey("A座") == "a zuo")
        #expect(table.tonelessKey("") == "")
    }

    @Test func homophonesShareAKey() {
        #expect(table.tonelessKey("青龙路") == table.tonelessKey("清龙路"))
        #expect(table.keyCodes("青龙路") == table.keyCodes("清龙路"))
        #expect(table.keyCodes("青龙路") != table.keyCodes("青隆街"))
        #expect(table.tonelessKey("厦门路") != table.tonelessKey("沙门路"))
    }

    @Test func tonelessReadingsOfAPolyphone() {
        let ids = table.tonelessReadingIDs(of: "长".unicodeScalars.first!.value)
        #expect(Set(ids.map(table.tonelessKey(ofTonelessID:))) == ["zhang", "chang"])
    }

    @Test func readingTokens() {
        let r = table.reading(of: "中山1路")
        #expect(r.tokens.map(\.text) == ["中", "山", "1", "路"])
        #expect(r.tokens[2].syllable == nil)
        #expect(r.tokens[2].range == 2..<3)
        #expect(r.toneless == "zhong shan 1 lu")
    }

    @Test func syllableParsing() {
        #expect(PinyinSyllable("lǜ")?.key == "lv")
        #expect(PinyinSyllable("lǜ")?.tone == 4)
        #expect(PinyinSyllable("lǜ")?.toneless == "lü")
        #expect(PinyinSyllable("ma")?.tone == 0)
        #expect(PinyinSyllable("guì")?.marked == "guì")
        #expect(PinyinSyllable("m\u{300}")?.tone == 4)
        #expect(PinyinSyllable("xi an") == nil)
        #expect(PinyinSyllable("") == nil)
    }

    @Test func badLexiconLinesAreNamed() {
        let readings = "char\treadings\n长\tzhǎng,cháng\n"
        #expect(throws: PinyinTableError.self) {
            try PinyinTable.parse(readings: readings, placeReadings: "word\treadings\n长安\tcháng\n")
        }
        do {
            _ = try PinyinTable.parse(readings: readings, placeReadings: "word\treadings\n长安\tcháng 9x\n")
            Issue.record("a bad syllable must be refused")
        } catch {
            #expect(error.line == 2)
            #expect(error.problem == .notASyllable("9x"))
        }
        let ok = try? PinyinTable.parse(readings: readings, placeReadings: "word\treadings\n长\tcháng\n")
        #expect(ok?.toneMarked("长") == "cháng")
    }
}

@Suite("GB/T 16159 spelling")
struct PlaceNameSpellingTests {
    let table = PinyinFixture.table

    @Test func roadNames() {
        #expect(table.spelling(of: [.init(.specific, "劳动"), .init(.direction, "北"), .init(.generic, "路")]) == "Laodong Beilu")
        #expect(
            table.spelling(of: [.init(.specific, "中山"), .init(.direction, "东"), .init(.ordinal, "一"), .init(.generic, "路")])
                == "Zhongshan Dongyilu")
        #expect(table.spelling(of: [.init(.specific, "解放"), .init(.generic, "大道")]) == "Jiefang Dadao")
        #expect(table.spelling(of: [.init(.specific, "人民"), .init(.generic, "路")]) == "Renmin Lu")
        #expect(
            table.spelling(of: [.init(.specific, "长江"), .init(.direction, "南"), .init(.generic, "路"), .init(.suffix, "三段")])
                == "Changjiang Nanlu Sanduan")
    }

    @Test func apostropheBeforeAOE() {
        #expect(table.spelling(of: [.init(.specific, "西安"), .init(.generic, "路")]) == "Xi'an Lu")
        #expect(table.spelling(of: [.init(.specific, "长安"), .init(.generic, "街")]) == "Chang'an Jie")
        #expect(table.spelling(of: [.init(.specific, "天台"), .init(.generic, "县")]) == "Tiantai Xian")
    }

    @Test func multiSyllableOrdinalIsWrittenApart() {
        #expect(table.spelling(of: [.init(.specific, "纬"), .init(.ordinal, "十一"), .init(.generic, "路")]) == "Wei Shiyi Lu")
    }

    @Test func toneMarksOnRequest() {
        #expect(table.spelling(of: [.init(.specific, "厦门"), .init(.generic, "路")], toneMarks: true) == "Xiàmén Lù")
    }
}
