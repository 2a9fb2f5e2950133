import Foundation
import Testing

/// `diming roads aliases` and `diming roads alias-review`: the JSONL contract,
/// legacy text from a cleanup batch, confirm with its change plan, reject.
@Suite("Roads with several names command")
struct RoadAliasesCLITests {
    static let registryCSV = """
        id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status
        ,331003,东城街道,,和平路,1号,,,,,,,active
        ,331003,东城街道,,和平路,3号,阳光小区,1幢,1单元,101,,,active
        ,331003,东城街道,,和平路,3号,阳光小区,2幢,1单元,101,,,active
        ,331003,东城街道,,和平路,3号,阳光小区,3幢,1单元,102,,,active
        ,331003,东城街道,,淮海东路,8号,阳光小区,2幢,1单元,102,,,active
        ,331003,东城街道,,淮海东路,8号,阳光小区,3幢,1单元,101,,,active
        ,331003,东城街道,,长江北路,2号,江景苑,1幢,1单元,101,,,active
        ,331003,东城街道,,长江路,4号,江景苑,1幢,1单元,102,,,active
        ,331003,东城街道,,劳动路,6号,,,,,,,active
        ,331003,东城街道,,解放街,7号,,,,,,,active

        """

    func registry(_ w: Workspace) throws -> String {
        let db = try w.initRegistry("city.sqlite")
        let csv = w.path("registry.csv")
        try Self.registryCSV.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try w.run(["--db", db, "import", csv])
        try #require(imported.succeeded, "\(imported)")
        return db
    }

    func groups(_ w: Workspace, _ db: String, _ extra: [String] = []) throws -> [(line: String, object: [String: Any])] {
        let run = try w.run(["--db", db, "roads", "aliases"] + extra)
        try #require(run.succeeded, "\(run)")
        return try run.stdout.split(separator: "\n").map { line in
            (String(line), try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]))
        }
    }

    @Test func writesOneGroupPerLineInTheContract() throws {
        let w = try Workspace()
        let db = try registry(w)
        let found = try groups(w, db)
        #expect(found.count == 1)
        // Keys in the contract's order, every run.
        #expect(found.first?.line.hasPrefix(#"{"names":["和平路","淮海东路"],"road_ids":["#) == true)
        let g = try #require(found.first?.object)
        #expect(Set(g.keys) == ["names", "road_ids", "score", "evidence"])
        #expect(g["names"] as? [String] == ["和平路", "淮海东路"])
        #expect((g["road_ids"] as? [Int])?.count == 2)
        let score = try #require(g["score"] as? Double)
        #expect(score > 0 && score <= 1)
        let evidence = try #require(g["evidence"] as? [[String: String]])
        #expect(evidence.allSatisfy { Set($0.keys) == ["kind", "detail"] })
        #expect(evidence.contains { $0["kind"] == "same-building" })
        // The segments 长江北路 / 长江路 share a building but are not proposed.
        #expect(!found.contains { $0.line.contains("长江") })
        #expect(try groups(w, db, ["--division", "331002"]).isEmpty)
    }

    @Test func legacyTextInACleanupBatchIsEvidence() throws {
        let w = try Workspace()
        let db = try registry(w)
        let legacy = w.path("legacy.csv")
        try "address\n台州市黄岩区劳动路6号(原解放街)\n".write(toFile: legacy, atomically: true, encoding: .utf8)
        let cleaned = try w.run(["--db", db, "cleanup", legacy, "--column", "address", "--out", w.path("out.csv")])
        try #require(cleaned.succeeded, "\(cleaned)")
        let found = try groups(w, db)
        let line = try #require(found.first { ($0.object["names"] as? [String]) == ["劳动路", "解放街"] }, "\(found.map(\.line))")
        #expect(line.line.contains("legacy-text"))
    }

    @Test func confirmWritesThePlanAndRejectIsRemembered() throws {
        let w = try Workspace()
        let db = try registry(w)
        let line = try #require(try groups(w, db).first?.line)
        let signs = w.path("signs.csv"), mapping = w.path("mapping.csv")
        let wrong = try w.run(["--db", db, "roads", "alias-review", "confirm", "--group", line, "--standard", "人民路",
            "--signs", signs, "--mapping", mapping])
        #expect(!wrong.succeeded)
        #expect(wrong.stderr.contains("人民路 is not one of the group's names"))
        #expect(!FileManager.default.fileExists(atPath: signs))
        let ok = try w.run(["--db", db, "roads", "alias-review", "confirm", "--group", line, "--standard", "和平路",
            "--signs", signs, "--mapping", mapping])
        #expect(ok.succeeded, "\(ok)")
        let signText = try String(contentsOfFile: signs, encoding: .utf8)
        #expect(signText.hasPrefix("old_sign,new_sign,addresses\n"))
        #expect(signText.contains("淮海东路8号,浙江省台州市黄岩区东城街道和平路8号,2"))
        let mappingText = try String(contentsOfFile: mapping, encoding: .utf8)
        #expect(mappingText.split(separator: "\n").count == 3)
        #expect(try groups(w, db).isEmpty)
        let audit = try w.run(["--db", db, "audit"])
        #expect(audit.stdout.contains("confirm-road-alias"), "\(audit)")

        // A second registry: reject, and the group is not proposed again.
        let w2 = try Workspace()
        let db2 = try registry(w2)
        let line2 = try #require(try groups(w2, db2).first?.line)
        let rejected = try w2.run(["--db", db2, "roads", "alias-review", "reject", "--group", line2])
        #expect(rejected.succeeded, "\(rejected)")
        #expect(try groups(w2, db2).isEmpty)
        let again = try w2.run(["--db", db2, "roads", "alias-review", "reject", "--group", line2])
        #expect(!again.succeeded)
        #expect(again.stderr.contains("already rejected"))
    }
}
