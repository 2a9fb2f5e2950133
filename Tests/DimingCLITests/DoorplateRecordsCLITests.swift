import Foundation
import Testing

@Suite("Doorplate certificates, QR codes and renumbering on the command line")
struct DoorplateRecordsCLITests {
    func registry(_ w: Workspace) throws -> String {
        let db = try w.initRegistry("doorplates.sqlite")
        let imported = try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv")])
        try #require(imported.succeeded, "\(imported)")
        return db
    }

    func object(_ text: String) throws -> [String: Any] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any], "not JSON: \(trimmed)")
    }

    func issue(_ w: Workspace, _ db: String, road: String = "劳动北路") throws -> [String: Any] {
        let issued = try w.run(["--db", db, "doorplate", "issue", "--division", "331003", "--road", road])
        try #require(issued.succeeded, "\(issued)")
        return try object(issued.stdout)
    }

    /// zbarimg's reading of a PNG file; fails the test when zbarimg is missing.
    func zbar(_ path: String) throws -> String? {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/zbarimg" }
        guard let zbarimg = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("zbarimg is not installed (apt-get install zbar-tools); QR codes cannot be checked")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test func qrCodeReadsBackAsThePayload() throws {
        let w = try Workspace()
        let db = try registry(w)
        let plate = try issue(w, db)
        let code = try #require(plate["code"] as? String)
        let png = w.path("plate.png")
        let made = try w.run(["--db", db, "doorplate", "qr", "--code", code, "--format", "png", "--out", png, "--scale", "4"])
        try #require(made.succeeded, "\(made)")
        let expected = #"{"address":"浙江省台州市黄岩区东城街道劳动北路7号","code":"\#(code)"}"#
        #expect(try zbar(png) == expected)
        for level in ["L", "Q", "H"] {
            let id = try #require((plate["id"] as? NSNumber)?.stringValue)
            let other = w.path("plate-\(level).png")
            #expect(try w.run(["--db", db, "doorplate", "qr", "--id", id, "--format", "png", "--ec", level, "--out", other]).succeeded)
            #expect(try zbar(other) == expected, "level \(level)")
        }
        let svg = try w.run(["--db", db, "doorplate", "qr", "--code", code, "--format", "svg", "--scale", "3"])
        try #require(svg.succeeded, "\(svg)")
        #expect(svg.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.stdout.hasSuffix("</svg>\n"))

        let bad = try w.run(["--db", db, "doorplate", "qr", "--code", code, "--format", "gif"])
        #expect(!bad.succeeded && bad.stderr.contains("--format must be svg or png"))
        let both = try w.run(["--db", db, "doorplate", "qr", "--code", code, "--id", "1", "--format", "svg"])
        #expect(!both.succeeded && both.stderr.contains("either --id or --code"))
        let unknown = try w.run(["--db", db, "doorplate", "qr", "--code", "331003199999999", "--format", "svg"])
        #expect(!unknown.succeeded && unknown.stderr.contains("no doorplate with the permanent address code 331003199999999"))
        let imported = try w.run(["--db", db, "doorplate", "qr", "--id", "1", "--format", "svg"])
        #expect(!imported.succeeded && imported.stderr.contains("has no permanent address code"))
    }

    @Test func certificatePrintsHTMLAndRecordsIt() throws {
        let w = try Workspace()
        let db = try registry(w)
        let plate = try issue(w, db)
        let id = try #require((plate["id"] as? NSNumber)?.stringValue)
        let printed = try w.run(["--db", db, "--actor", "clerk", "doorplate", "certificate", "--id", id, "--applicant", "王<小>明", "--office", "黄岩区民政局"])
        try #require(printed.succeeded, "\(printed)")
        #expect(printed.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(printed.stdout.contains("<td>王&lt;小&gt;明</td>"))
        #expect(printed.stdout.contains("<td>浙江省台州市黄岩区东城街道劳动北路7号</td>"))
        #expect(printed.stdout.contains("<svg xmlns"))
        let file = w.path("cert.html")
        let written = try w.run(["--db", db, "doorplate", "certificate", "--code", try #require(plate["code"] as? String), "--applicant", "王小明", "--office", "黄岩区民政局", "--out", file])
        try #require(written.succeeded, "\(written)")
        let record = try object(written.stdout)
        let year = String(try #require(record["issued_on"] as? String).prefix(4))
        #expect(record["certificate_number"] as? String == "331003\(year)000002")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("331003\(year)000002"))
        // Refused: nothing written, no certificate number used.
        let missing = w.path("missing.html")
        let refused = try w.run(["--db", db, "doorplate", "certificate", "--id", "1", "--applicant", "王小明", "--office", "黄岩区民政局", "--out", missing])
        #expect(!refused.succeeded && refused.stderr.contains("has no permanent address code"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let unwritable = try w.run(["--db", db, "doorplate", "certificate", "--id", id, "--applicant", "王小明", "--office", "黄岩区民政局", "--out", w.path("no/such/dir/c.html")])
        #expect(!unwritable.succeeded && unwritable.stderr.contains("nothing was changed"))
        let third = try w.run(["--db", db, "doorplate", "certificate", "--id", id, "--applicant", "王小明", "--office", "黄岩区民政局", "--out", file])
        #expect(try object(third.stdout)["certificate_number"] as? String == "331003\(year)000003")
        #expect(try w.run(["--db", db, "check"]).stdout == "ok\n")
    }

    @Test func renumberWritesTheMapping() throws {
        let w = try Workspace()
        let db = try registry(w)
        let plate = try issue(w, db)
        let csv = w.path("mapping.csv")
        let renamed = try w.run(["--db", db, "doorplate", "renumber", "--division", "331003", "--road", "劳动北路", "--rename", "劳动中路", "--mapping", csv])
        try #require(renamed.succeeded, "\(renamed)")
        let summary = try object(renamed.stdout)
        #expect(summary["moved"] as? Int == 5)
        #expect(summary["new_road"] as? String == "劳动中路")
        let rows = parseCSV(try String(contentsOfFile: csv, encoding: .utf8))
        #expect(rows.first == ["address_id", "old_address", "new_address", "old_number", "new_number", "old_code", "new_code", "history_id"])
        let seven = try #require(rows.first { $0.count > 3 && $0[3] == "7号" })
        #expect(seven[1] == "浙江省台州市黄岩区东城街道劳动北路7号" && seven[2] == "浙江省台州市黄岩区东城街道劳动中路7号")
        #expect(seven[5] == plate["code"] as? String && seven[6] == seven[5])

        let merged = try w.run(["--db", db, "doorplate", "renumber", "--division", "331003", "--road", "北院大道", "--into", "西街", "--mapping", csv])
        try #require(merged.succeeded, "\(merged)")
        let moves = parseCSV(try String(contentsOfFile: csv, encoding: .utf8)).dropFirst().filter { $0.count > 4 }
        // 88号 and 90甲号 continue 西街's even side (12号, 14号).
        #expect(moves.map { "\($0[3])→\($0[4])" } == ["88号→16号", "90甲号→18号"])

        // 西街 gets 1号, which 劳动中路 also has: keeping numbers is refused, and nothing is written.
        #expect(try w.run(["--db", db, "doorplate", "issue", "--division", "331003", "--road", "西街", "--side", "odd"]).succeeded)
        let before = try w.run(["--db", db, "audit", "--limit", "1000"]).stdout
        let refused = w.path("refused.csv")
        let clash = try w.run(["--db", db, "doorplate", "renumber", "--division", "331003", "--road", "劳动中路", "--into", "西街", "--keep-numbers", "--mapping", refused])
        #expect(!clash.succeeded && clash.stderr.contains("西街 already has (or once had) 1号"))
        #expect(!FileManager.default.fileExists(atPath: refused))
        #expect(try w.run(["--db", db, "audit", "--limit", "1000"]).stdout == before)
        let neither = try w.run(["--db", db, "doorplate", "renumber", "--division", "331003", "--road", "西街", "--mapping", refused])
        #expect(!neither.succeeded && neither.stderr.contains("either --into ROAD or --rename NEW_NAME"))
        let retired = try w.run(["--db", db, "doorplate", "renumber", "--division", "331003", "--road", "劳动北路", "--rename", "劳动南路", "--mapping", refused])
        #expect(!retired.succeeded && retired.stderr.contains("road 劳动北路 is retired"))
        // A refused renumbering leaves an existing mapping file as it was.
        let kept = try String(contentsOfFile: csv, encoding: .utf8)
        let again = try w.run(["--db", db, "doorplate", "renumber", "--division", "331003", "--road", "劳动北路", "--rename", "劳动南路", "--mapping", csv])
        #expect(!again.succeeded)
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == kept)
        #expect(!FileManager.default.fileExists(atPath: refused))
        #expect(try w.run(["--db", db, "check"]).stdout == "ok\n")
    }

    @Test func roadOrientation() throws {
        let w = try Workspace()
        let db = try registry(w)
        let shown = try w.run(["--db", db, "doorplate", "road", "--division", "331003", "--road", "劳动北路"])
        try #require(shown.succeeded, "\(shown)")
        #expect(try object(shown.stdout)["orientation"] == nil)
        let set = try w.run(["--db", db, "doorplate", "road", "--division", "331003", "--road", "劳动北路", "--orientation", "north-south"])
        try #require(set.succeeded, "\(set)")
        let layout = try object(set.stdout)
        #expect(layout["orientation"] as? String == "north-south")
        #expect(layout["start"] as? String == "south" && layout["odd_side"] as? String == "west" && layout["even_side"] as? String == "east")
        let wrong = try w.run(["--db", db, "doorplate", "issue", "--division", "331003", "--road", "劳动北路", "--side", "north"])
        #expect(!wrong.succeeded && wrong.stderr.contains("runs north-south; its sides are east and west, not north"))
        let bad = try w.run(["--db", db, "doorplate", "road", "--division", "331003", "--road", "劳动北路", "--orientation", "diagonal"])
        #expect(!bad.succeeded && bad.stderr.contains("--orientation must be east-west or north-south"))
    }
}
