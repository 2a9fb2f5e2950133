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
}
