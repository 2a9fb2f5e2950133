import Foundation
import Testing

/// `diming boundary …` end to end, on a registry made by `diming init` (the
/// real gazetteer, which has 黄岩区 331003, 仙居县 331024 and 临海市 331082).
@Suite("diming boundary")
struct BoundaryCommandTests {
    static let markers = """
        line,number,type,sides,lat,lon,managing
        黄临线,001,single,331003;331082,28.700000,121.100000,331003
        黄临线,002,single,331003;331082,28.705000,121.110000,331082
        黄临线,003,single,331003;331082,28.712000,121.118000,331003
        黄临线,004,A,331003;331082,28.718000,121.127000,331003
        黄临线,004,B,331003;331082,28.718300,121.127600,331082
        黄临线,005,single,331003;331082,28.724000,121.136000,331082
        ,006,single,黄岩区;临海市,28.731000,121.142000,331003
        黄仙临,001,single,331003;331024;331082,28.690000,121.090000,331024

        """
    static let round4 = """
        round,line,number,date,condition,lat,lon,inspectors,notes
        4,黄临线,001,2020-05-12,intact,28.7,121.1,张三;李四,
        4,黄临线,002,2020-05-12,intact,28.705,121.11,张三;李四,
        4,黄仙临,001,2020-05-14,intact,28.69,121.09,张三;赵六;李四,

        """
    static let round5 = """
        round,line,number,date,condition,lat,lon,inspectors,notes,amends
        5,黄临线,001,2025-05-20,intact,28.7,121.1,王五;钱七,,
        5,黄临线,002,2025-05-20,displaced|illegible,28.7051,121.1101,王五;钱七,<script>alert(1)</script>,
        5,黄临线,004B,2025-05-21,lost,,,王五;钱七,洪水冲毁,
        5,黄临线,001,2025-05-22,reference-missing,28.7,121.1,王五;钱七,复核更正,yes

        """

    func prepared() throws -> (Workspace, String) {
        let w = try Workspace()
        let db = try w.initRegistry("b.sqlite")
        for (name, text) in [("markers.csv", Self.markers), ("r4.csv", Self.round4), ("r5.csv", Self.round5)] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: w.path(name)))
        }
        let m = try w.run(["--db", db, "boundary", "import-markers", w.path("markers.csv")])
        try #require(m.succeeded, "\(m)")
        #expect(m.stdout.contains("8 new") && m.stdout.contains("黄临线") && m.stdout.contains("黄仙临"))
        for file in ["r4.csv", "r5.csv"] {
            let r = try w.run(["--db", db, "boundary", "import-inspections", w.path(file)])
            try #require(r.succeeded, "\(r)")
        }
        return (w, db)
    }

    @Test func reportsInEveryFormatAndGeoJSON() throws {
        let (w, db) = try prepared()
        let json = try w.run(["--db", db, "boundary", "report", "--round", "5", "--line", "黄临线", "--format", "json"])
        try #require(json.succeeded, "\(json)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["round"] as? Int == 5)
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines.map { $0["line"] as? String } == ["黄临线"])
        let markers = try #require(lines[0]["markers"] as? [[String: Any]])
        #expect(markers.count == 7)
        #expect(markers.allSatisfy { $0["number"] is String && $0["condition"] is String && $0.keys.contains("displacement_m") })
        #expect(markers.first { $0["number"] as? String == "001" }?["condition"] as? String == "reference-missing")
        #expect(markers.first { $0["number"] as? String == "003" }?["condition"] as? String == "not-inspected")
        let counts = try #require(lines[0]["counts"] as? [String: Int])
        #expect(counts["displaced"] == 1 && counts["lost"] == 1 && counts["not-inspected"] == 4)

        let html = try w.run(["--db", db, "boundary", "report", "--round", "5", "--format", "html"])
        try #require(html.succeeded, "\(html)")
        #expect(html.stdout.contains("<svg") && html.stdout.contains("</svg>"))
        #expect(html.stdout.contains("&lt;script&gt;") && !html.stdout.contains("<script>"))
        let md = try w.run(["--db", db, "boundary", "report", "--round", "5", "--format", "md"])
        try #require(md.succeeded, "\(md)")
        #expect(md.stdout.contains("# 黄岩区、临海市") && !md.stdout.contains("<svg"))

        let out = w.path("lines.geojson")
        let geo = try w.run(["--db", db, "boundary", "geojson", "--out", out])
        try #require(geo.succeeded, "\(geo)")
        let collection = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        let types = features.compactMap { ($0["geometry"] as? [String: Any])?["type"] as? String }
        #expect(types.filter { $0 == "Point" }.count == 8 && types.filter { $0 == "LineString" }.count == 1)
    }

    @Test func badInspectionFileNamesEachRowAndChangesNothing() throws {
        let (w, db) = try prepared()
        let before = try w.run(["--db", db, "boundary", "report", "--round", "5", "--format", "json"]).stdout
        let audit = try w.run(["--db", db, "audit", "--limit", "100"]).stdout
        try Data("""
            round,line,number,date,condition,lat,lon,inspectors,notes
            5,黄温线,001,2025-05-20,intact,28.7,121.1,甲,
            5,黄临线,009,2025-05-20,intact,28.7,121.1,甲,
            5,黄临线,005,2025-05-20,intact,95.7,121.1,甲,
            5,黄临线,006,2023-02-30,intact,28.7,121.1,甲,
            5,黄临线,002,2025-05-20,intact,28.7,121.1,甲,

            """.utf8).write(to: URL(fileURLWithPath: w.path("bad.csv")))
        let bad = try w.run(["--db", db, "boundary", "import-inspections", w.path("bad.csv")])
        #expect(bad.reason == .exit && bad.status == 1, "\(bad)")
        for expected in ["line 2:", "黄温线", "line 3:", "009", "line 4:", "95.7", "line 5:", "2023-02-30", "line 6:", "already inspected", "nothing was imported"] {
            #expect(bad.stderr.contains(expected), "stderr lacks \(expected): \(bad.stderr)")
        }
        #expect(try w.run(["--db", db, "boundary", "report", "--round", "5", "--format", "json"]).stdout == before)
        #expect(try w.run(["--db", db, "audit", "--limit", "100"]).stdout == audit)
    }

    /// Line notes, references, photos, action follow-up and an ad hoc flood
    /// inspection, each through its command, shown in the report.
    @Test func followUpCommandsEndToEnd() throws {
        let (w, db) = try prepared()
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: w.path(name))) }
        try write("notes.csv", """
            round,line,direction,clarity,landform,disputes,agreement
            5,黄临线,沿山脊自西向东,界线清晰,002附近新修公路,无,2024年续签平安边界协议
            ad-hoc:2025-07-flood,黄临线,,003段河岸后退,河道东移约5米,,

            """)
        let notes = try w.run(["--db", db, "boundary", "import-line-notes", w.path("notes.csv")])
        try #require(notes.succeeded, "\(notes)")
        #expect(notes.stdout.contains("2 new") && notes.stdout.contains("ad-hoc:2025-07-flood"))

        try write("flood.csv", "round,line,number,date,condition,lat,lon,inspectors,notes\nad-hoc:2025-07-flood,黄临线,003,2025-07-28,damaged,28.712,121.118,王五;钱七,洪水冲刷\n")
        let flood = try w.run(["--db", db, "boundary", "import-inspections", w.path("flood.csv")])
        try #require(flood.succeeded, "\(flood)")

        try write("refs.csv", "line,number,description,bearing,distance\n黄临线,001,古樟树,45,12.5\n黄临线,001,电塔,180,30\n黄临线,001,桥头,270,8\n")
        let refs = try w.run(["--db", db, "boundary", "import-references", w.path("refs.csv")])
        try #require(refs.succeeded, "\(refs)")
        try write("badrefs.csv", "line,number,description,bearing,distance\n黄临线,001,古樟树,45,12.5\n黄临线,002,电塔,400,30\n")
        let badRefs = try w.run(["--db", db, "boundary", "import-references", w.path("badrefs.csv")])
        #expect(badRefs.status == 1 && badRefs.stderr.contains("line 3:") && badRefs.stderr.contains("bearing \"400\""), "\(badRefs)")

        let action = try w.run(["--db", db, "boundary", "action", "--round", "5", "--line", "黄临线", "--number", "004B", "--status", "in-progress", "--note", "两区派员到场"])
        try #require(action.succeeded, "\(action)")
        #expect(action.stdout.contains("planned → in-progress"))
        let intact = try w.run(["--db", db, "boundary", "action", "--round", "4", "--line", "黄临线", "--number", "001", "--status", "done"])
        #expect(intact.status == 1 && intact.stderr.contains("no action was decided"), "\(intact)")
        let badStatus = try w.run(["--db", db, "boundary", "action", "--round", "5", "--line", "黄临线", "--number", "004B", "--status", "finished"])
        #expect(!badStatus.succeeded && badStatus.stderr.contains("planned, in-progress or done"), "\(badStatus)")

        try write("p1.jpg", "abc")
        let photo = try w.run(["--db", db, "boundary", "add-photo", "--round", "5", "--line", "黄临线", "--number", "002", w.path("p1.jpg")])
        try #require(photo.succeeded, "\(photo)")
        #expect(photo.stdout.contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        let verified = try w.run(["--db", db, "boundary", "verify-photos", "--round", "5"])
        #expect(verified.succeeded && verified.stdout.contains("ok"), "\(verified)")

        let json = try w.run(["--db", db, "boundary", "report", "--round", "5", "--line", "黄临线", "--format", "json"])
        try #require(json.succeeded, "\(json)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["round"] as? Int == 5)
        let line = try #require((object["lines"] as? [[String: Any]])?.first)
        #expect((line["notes"] as? [String: Any])?["agreement"] as? String == "2024年续签平安边界协议")
        #expect((line["warnings"] as? [String])?.contains { $0.contains("marker 002 has 0 reference objects") } == true)
        let markers = try #require(line["markers"] as? [[String: Any]])
        #expect((markers.first { $0["number"] as? String == "001" }?["references"] as? [Any])?.count == 3)
        #expect(((markers.first { $0["number"] as? String == "002" }?["photos"] as? [[String: Any]])?.first?["sha256"] as? String)?.hasPrefix("ba7816bf") == true)
        let actions = try #require(line["actions"] as? [[String: Any]])
        #expect(actions.first { $0["number"] as? String == "004B" }?["status"] as? String == "in-progress")
        let html = try w.run(["--db", db, "boundary", "report", "--round", "5", "--format", "html"])
        #expect(html.stdout.contains("处理中") && html.stdout.contains("照片 Photos") && html.stdout.contains("界线清晰"))

        let adHoc = try w.run(["--db", db, "boundary", "report", "--round", "ad-hoc:2025-07-flood", "--format", "md"])
        try #require(adHoc.succeeded, "\(adHoc)")
        #expect(adHoc.stdout.contains("专项检查（2025-07-flood）") && adHoc.stdout.contains("河道东移约5米") && adHoc.stdout.contains("损坏 (damaged)"))

        // A changed photo makes verify-photos fail with exit status 1.
        try write("p1.jpg", "abd")
        let changed = try w.run(["--db", db, "boundary", "verify-photos", "--round", "5"])
        #expect(changed.reason == .exit && changed.status == 1 && changed.stdout.contains("changed"), "\(changed)")
        let audit = try w.run(["--db", db, "audit", "--limit", "20"]).stdout
        for action in ["import-boundary-line-notes", "import-boundary-references", "boundary-action-status", "add-boundary-photos"] {
            #expect(audit.contains(action), "audit lacks \(action)")
        }
    }
}
