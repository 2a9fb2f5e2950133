import Foundation
import Testing

/// `diming cleanup`: the output contract, the review queue, bad rows, GB18030
/// input, and a registry left as it was.
@Suite("Cleanup command")
struct CleanupCLITests {
    func registry(_ w: Workspace) throws -> String {
        let db = try w.initRegistry("city.sqlite")
        let imported = try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv")])
        try #require(imported.succeeded, "\(imported)")
        return db
    }

    /// Output rows by the input's 序号 column.
    func rowsBySerial(_ text: String) throws -> (header: [String], rows: [String: [String: String]]) {
        let table = parseCSV(text)
        let header = try #require(table.first)
        var rows: [String: [String: String]] = [:]
        for row in table.dropFirst() {
            var named: [String: String] = [:]
            for (i, name) in header.enumerated() where i < row.count { named[name] = row[i] }
            rows[row[0]] = named
        }
        return (header, rows)
    }

    @Test func cleanupWritesTheContractColumnsAndKeepsTheBatch() throws {
        let w = try Workspace()
        let db = try registry(w)
        let before = try w.summary(db)
        let out = w.path("cleaned.csv")
        let run = try w.run(["--db", db, "cleanup", try w.fixture("legacy-addresses.csv"), "--column", "address", "--out", out])
        #expect(run.succeeded, "\(run)")
        // The broken row is named with its line, and the batch goes on.
        #expect(run.stderr.contains("line 7:"))
        #expect(run.stdout.contains("matched"))
        #expect(run.stdout.contains("most common reasons"))

        let (header, rows) = try rowsBySerial(try String(contentsOfFile: out, encoding: .utf8))
        #expect(Array(header.prefix(8)) == ["序号", "address", "备注", "match_id", "match_address", "confidence", "verdict", "reasons"])
        #expect(rows["1"]?["verdict"] == "matched")
        #expect(rows["1"]?["match_address"] == "浙江省台州市黄岩区东城街道劳动北路3号")
        #expect(rows["1"]?["confidence"] == "1.000")
        #expect(rows["1"]?["备注"] == "原系统")
        #expect(rows["2"]?["match_address"] == "浙江省台州市黄岩区南城街道锦江花园1幢1单元102室")
        #expect(rows["2"]?["verdict"] == "matched")
        #expect(rows["3"]?["match_address"] == "浙江省台州市椒江区白云街道市府大道200号")
        #expect(rows["4"]?["match_address"] == "浙江省台州市黄岩区澄江街道凤洋村3组12号")
        #expect(rows["5"]?["verdict"] != "matched")
        #expect(rows["5"]?["reasons"]?.contains("number_not_found") == true)
        #expect(rows["6"]?["verdict"] == "unmatched")
        #expect(rows["6"]?["reasons"] == "unreadable_row")
        #expect(rows["7"]?["verdict"] == "unmatched")
        #expect(rows["8"]?["verdict"] == "matched")
        #expect(rows["8"]?["reasons"]?.contains("noise_removed") == true)
        for (_, row) in rows {
            let confidence = try #require(Double(row["confidence"] ?? ""))
            #expect((0...1).contains(confidence))
            #expect(["matched", "review", "unmatched"].contains(row["verdict"] ?? ""))
        }
        // Cleanup records its batch; registry addresses are untouched.
        let after = try w.summary(db)
        #expect(after["addresses"] == before["addresses"])
        #expect(after["roads"] == before["roads"])
        let batches = try w.run(["--db", db, "cleanup", "batches"])
        #expect(batches.stdout.contains("batch 1"))
    }

    @Test func reviewQueueAcceptCorrectRejectAndExport() throws {
        let w = try Workspace()
        let db = try registry(w)
        let run = try w.run(["--db", db, "cleanup", try w.fixture("legacy-addresses.csv"), "--out", w.path("o.csv")])
        try #require(run.succeeded, "\(run)")
        let queue = try w.run(["--db", db, "cleanup", "review", "list", "--batch", "1", "--jsonl"])
        #expect(queue.succeeded, "\(queue)")
        #expect(queue.stdout.contains("劳动北路999号"))

        // Line 6 of the file is address 5 (劳动北路999号): point it at 劳动北路3号 (id 2 after import).
        let wrongLine = try w.run(["--db", db, "cleanup", "review", "correct", "--batch", "1", "--line", "99", "--address-id", "2"])
        #expect(!wrongLine.succeeded)
        #expect(wrongLine.stderr.contains("no line 99"))
        let badAddress = try w.run(["--db", db, "cleanup", "review", "correct", "--batch", "1", "--line", "6", "--address-id", "999999"])
        #expect(!badAddress.succeeded)
        let corrected = try w.run(["--db", db, "cleanup", "review", "correct", "--batch", "1", "--line", "6", "--address-id", "2"])
        #expect(corrected.succeeded, "\(corrected)")
        let rejected = try w.run(["--db", db, "cleanup", "review", "reject", "--batch", "1", "--line", "8"])
        #expect(rejected.succeeded, "\(rejected)")
        let cannotAccept = try w.run(["--db", db, "cleanup", "review", "accept", "--batch", "1", "--line", "8"])
        #expect(!cannotAccept.succeeded)

        let exported = try w.run(["--db", db, "cleanup", "export", "--batch", "1"])
        #expect(exported.succeeded, "\(exported)")
        let (_, rows) = try rowsBySerial(exported.stdout)
        #expect(rows["5"]?["verdict"] == "matched")
        #expect(rows["5"]?["match_id"] == "2")
        #expect(rows["5"]?["match_address"] == "浙江省台州市黄岩区东城街道劳动北路3号")
        #expect(rows["5"]?["reasons"]?.contains("corrected_by_reviewer") == true)
        #expect(rows["7"]?["verdict"] == "unmatched")
        // Every decision is in the audit log.
        let audit = try w.run(["--db", db, "audit"])
        #expect(audit.stdout.contains("cleanup-review"))
    }

    @Test func gb18030InputMatchesLikeUTF8() throws {
        let w = try Workspace()
        let db = try registry(w)
        let utf8Out = w.path("u.csv")
        let gbkOut = w.path("g.csv")
        try #require(try w.run(["--db", db, "cleanup", try w.fixture("legacy-addresses.csv"), "--out", utf8Out]).succeeded)
        let gbk = try w.run(["--db", db, "cleanup", try w.fixture("legacy-addresses-gbk.csv"), "--encoding", "gb18030", "--out", gbkOut])
        #expect(gbk.succeeded, "\(gbk)")
        func verdicts(_ path: String) throws -> [String] {
            parseCSV(try String(contentsOfFile: path, encoding: .utf8)).dropFirst().map { $0.count > 6 ? $0[6] : "" }
        }
        #expect(try verdicts(utf8Out) == verdicts(gbkOut))
        // Without --encoding, the GBK rows are reported, not garbled into matches.
        let wrong = try w.run(["--db", db, "cleanup", try w.fixture("legacy-addresses-gbk.csv"), "--column", "2", "--out", w.path("x.csv")])
        #expect(wrong.stderr.contains("gb18030"))
    }

    @Test func anUnknownColumnIsRefusedBeforeAnythingIsWritten() throws {
        let w = try Workspace()
        let db = try registry(w)
        let run = try w.run(["--db", db, "cleanup", try w.fixture("legacy-addresses.csv"), "--column", "地址", "--out", w.path("o.csv")])
        #expect(!run.succeeded)
        #expect(run.stderr.contains("no column \"地址\""))
        let batches = try w.run(["--db", db, "cleanup", "batches"])
        #expect(batches.stdout.contains("no cleanup batches"))
    }

    @Test func formerRoadNamesImportAllOrNothingAndAreFollowed() throws {
        let w = try Workspace()
        let db = try registry(w)
        let bad = w.path("names-bad.csv")
        try """
            division_code,road,name,kind,valid_from,valid_to,source
            331003,劳动北路,工农路,former,,1998-12-31,地名志
            331003,没有这条路,某路,former,,,
            331003,西街,西大街,nickname,,,
            """.write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try w.run(["--db", db, "roads", "import-names", bad])
        #expect(!refused.succeeded)
        #expect(refused.stderr.contains("line 3"))
        #expect(refused.stderr.contains("line 4"))
        let good = w.path("names.csv")
        try """
            division_code,road,name,kind,valid_from,valid_to,source
            331003,劳动北路,工农路,former,,1998-12-31,地名志
            """.write(toFile: good, atomically: true, encoding: .utf8)
        let added = try w.run(["--db", db, "roads", "import-names", good])
        #expect(added.succeeded, "\(added)")
        let legacy = w.path("legacy.csv")
        try "address\n黄岩区工农路3号\n".write(toFile: legacy, atomically: true, encoding: .utf8)
        let out = w.path("o.csv")
        try #require(try w.run(["--db", db, "cleanup", legacy, "--out", out]).succeeded)
        let row = parseCSV(try String(contentsOfFile: out, encoding: .utf8))[1]
        #expect(row[2] == "浙江省台州市黄岩区东城街道劳动北路3号")
        #expect(row[5].contains("former_road_name"))
    }
}
