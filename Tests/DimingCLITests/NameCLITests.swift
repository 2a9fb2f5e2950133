import Foundation
import Testing

/// `diming name check|opinion|audit` as a subprocess, against a registry made
/// from the huangyan-good.csv fixture (roads 劳动北路, 解放南路, 西街 … in 331003).
@Suite("diming name")
struct NameCLITests {
    func registry(_ w: Workspace) throws -> String {
        let db = try w.initRegistry("n.sqlite")
        let imported = try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv")])
        try #require(imported.succeeded, "\(imported)")
        return db
    }

    func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func checkWritesOneJSONLinePerName() throws {
        let w = try Workspace()
        let db = try registry(w)
        let file = w.path("names.txt")
        try "人民路\n劳动北路\n\n宇宙路\n劳动北街\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try w.run(["--db", db, "name", "check", "--class", "road", "--division", "331003", "--file", file])
        try #require(r.succeeded, "\(r)")
        let out = try objects(r.stdout)
        #expect(out.map { $0["name"] as? String } == ["人民路", "劳动北路", "宇宙路", "劳动北街"])
        #expect(out.map { $0["verdict"] as? String } == ["ok", "reject", "reject", "revise"])
        let findings = try #require(out[1]["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "chong.identical")
        #expect(findings.first?["category"] as? String == "重")
        #expect(findings.first?["severity"] as? String == "error")
        #expect(Set(findings.first?.keys.map { $0 } ?? []) == ["rule", "category", "severity", "message", "evidence"])
    }

    @Test func aLineThatIsNotUTF8IsNamedAndStillChecked() throws {
        let w = try Workspace()
        let file = w.path("names-gbk.txt")
        // 人民路 in GBK on line 2, between two UTF-8 names.
        var bytes = Array("劳动北路\n".utf8)
        bytes += [0xC8, 0xCB, 0xC3, 0xF1, 0xC2, 0xB7, 0x0A]
        bytes += Array("宇宙路\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let r = try w.run(["name", "check", "--class", "road", "--division", "331003", "--file", file])
        try #require(r.succeeded, "\(r)")
        #expect(try objects(r.stdout).count == 3, "every line is still checked")
        #expect(r.stderr.contains("line 2: not valid UTF-8"))
        #expect(!r.stderr.contains("line 1:") && !r.stderr.contains("line 3:"))
    }

    @Test func checkWithoutRegistryRunsTheNameRulesOnly() throws {
        let w = try Workspace()
        let r = try w.run(["name", "check", "--class", "residential", "--division", "331003", "曼哈顿社区"])
        try #require(r.succeeded, "\(r)")
        let out = try objects(r.stdout)
        #expect(out.count == 1)
        #expect(out[0]["verdict"] as? String == "reject")
        #expect((out[0]["findings"] as? [[String: Any]])?.contains { $0["category"] as? String == "洋" } == true)
    }

    /// Township names are compared with the gazetteer's towns in the
    /// province (no registry needed): 东城街道 exists in 331003.
    @Test func townshipNamesAgainstTheGazetteer() throws {
        let w = try Workspace()
        let r = try w.run(["name", "check", "--class", "township", "--division", "331002", "东城街道"])
        try #require(r.succeeded, "\(r)")
        let out = try objects(r.stdout)
        let findings = try #require(out.first?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "chong.identical" && ($0["evidence"] as? String)?.contains("331003") == true })
    }

    @Test func unknownDivisionIsRefused() throws {
        let w = try Workspace()
        let r = try w.run(["name", "check", "--class", "road", "--division", "999999", "人民路"])
        #expect(!r.succeeded)
        #expect(r.stderr.contains("999999"))
    }

    @Test func opinionInMarkdownAndHTML() throws {
        let w = try Workspace()
        let db = try registry(w)
        let md = try w.run(["--db", db, "name", "opinion", "--class", "road", "--division", "331003", "劳动南路"])
        try #require(md.succeeded, "\(md)")
        #expect(md.stdout.contains("Laodong Nanlu"))
        #expect(md.stdout.contains("## 建议 Recommendation"))
        let html = try w.run([
            "--db", db, "name", "opinion", "--class", "road", "--division", "331003", "--format", "html", "--record", "西安路",
        ])
        try #require(html.succeeded, "\(html)")
        #expect(html.stdout.contains("<h1>"))
        #expect(html.stdout.contains("Xi&#39;an Lu"))
        #expect(html.stderr.contains("recorded as naming review"))
    }

    @Test func auditWritesCSVAndMarkdown() throws {
        let w = try Workspace()
        let db = try registry(w)
        let prefix = w.path("audit")
        let r = try w.run(["--db", db, "name", "audit", "--division", "331003", "--out", prefix])
        try #require(r.succeeded, "\(r)")
        let csv = try String(contentsOfFile: prefix + ".csv", encoding: .utf8)
        #expect(csv.hasPrefix("ref,name,class,division_code,verdict,rule,category,severity,message,evidence"))
        let md = try String(contentsOfFile: prefix + ".md", encoding: .utf8)
        #expect(md.contains("| 重 |"))
        #expect(r.stdout.contains("audited"))
    }

    /// --scope built-up takes the area of gazetteer/naming/built-up-areas.tsv
    /// (the example 台州主城区: the streets of 椒江, 黄岩 and 路桥): a road on a
    /// street of 椒江 counts for a proposal in 黄岩, one in a rural town of
    /// 椒江 does not.
    @Test func builtUpScope() throws {
        let w = try Workspace()
        let db = try registry(w)
        let more = w.path("more.csv")
        try """
            id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status
            ,331002,大陈镇,,青松路,1号,,,,,,,active

            """.write(toFile: more, atomically: true, encoding: .utf8)
        let imported = try w.run(["--db", db, "import", more])
        try #require(imported.succeeded, "\(imported)")
        func rules(_ name: String, _ scope: String) throws -> [String] {
            let r = try w.run(["--db", db, "name", "check", "--class", "road", "--division", "331003", "--scope", scope, name])
            try #require(r.succeeded, "\(r)")
            let findings = try #require(try objects(r.stdout).first?["findings"] as? [[String: Any]])
            return findings.compactMap { $0["rule"] as? String }
        }
        #expect(try rules("解放南路", "county").isEmpty)
        #expect(try rules("解放南路", "built-up") == ["chong.identical"])
        #expect(try rules("青松路", "built-up").isEmpty)
        #expect(try rules("青松路", "city") == ["chong.identical"])
        let r = try w.run(["--db", db, "name", "check", "--class", "road", "--division", "330102", "--scope", "built-up", "--built-up-area", "台州主城区", "x路"])
        #expect(!r.succeeded)
        #expect(r.stderr.contains("台州主城区"))
    }

    /// The stored naming keys follow a rename made by another command
    /// (doorplate renumber --rename), with no step in between.
    @Test func checkSeesARenameMadeElsewhere() throws {
        let w = try Workspace()
        let db = try registry(w)
        func verdict(_ name: String) throws -> String? {
            let r = try w.run(["--db", db, "name", "check", "--class", "road", "--division", "331003", "--scope", "province", name])
            try #require(r.succeeded, "\(r)")
            return try objects(r.stdout).first?["verdict"] as? String
        }
        #expect(try verdict("劳动北路") == "reject")
        #expect(try verdict("春晖中路") == "ok")
        let renamed = try w.run([
            "--db", db, "doorplate", "renumber", "--division", "331003", "--road", "劳动北路", "--rename", "春晖中路", "--mapping",
            w.path("mapping.csv"),
        ])
        try #require(renamed.succeeded, "\(renamed)")
        #expect(try verdict("劳动北路") == "ok")
        #expect(try verdict("春晖中路") == "reject")
    }
}
