import DimingCSV
import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

extension Registry {
    func importLineNotes(_ text: String) throws -> BoundaryImportSummary {
        try importBoundaryLineNotes(from: CSVReader(source: MemoryByteSource(text)), actor: "tester", sourceName: "notes.csv")
    }

    func importReferences(_ text: String) throws -> BoundaryImportSummary {
        try importBoundaryReferences(from: CSVReader(source: MemoryByteSource(text)), actor: "tester", sourceName: "refs.csv")
    }
}

/// Line notes, reference objects, photos, action follow-up and ad hoc
/// inspections, on the 黄临线 fixture (rounds 4 and 5).
@Suite("Boundary follow-up records")
struct BoundaryFollowUpTests {
    static let notes = """
        round,line,direction,clarity,landform,disputes,agreement
        5,黄临线,沿山脊自西向东,界线清晰,002附近新修公路,无,2024年续签平安边界协议
        第四轮,黄临线,沿山脊自西向东,清晰,,,

        """

    @Test func lineNotesAreUpsertedAuditedAndReported() throws {
        let registry = try BoundaryFixture.loaded()
        let first = try registry.importLineNotes(Self.notes)
        #expect(first.committed && first.inserted == 2 && first.updated == 0, "\(first.rejected)")
        #expect(try registry.auditEntries(limit: 1).first?.action == "import-boundary-line-notes")

        let report = try registry.boundaryReport(round: 5, line: "黄临线")
        let notes = try #require(report.lines.first?.notes)
        #expect(notes.direction == "沿山脊自西向东" && notes.landformChanges == "002附近新修公路" && notes.agreement == "2024年续签平安边界协议")
        let data = try JSONEncoder.registry.encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let line = try #require((object["lines"] as? [[String: Any]])?.first)
        #expect((line["notes"] as? [String: Any])?["disputes"] as? String == "无")
        #expect(BoundaryReportHTML.render(report).contains("平安边界协议：2024年续签平安边界协议"))
        #expect(BoundaryReportMarkdown.render(report).contains("- 地形地貌变化：002附近新修公路"))

        // The same file again changes nothing; a changed row replaces the record, the old one kept in the audit log.
        let again = try registry.importLineNotes(Self.notes)
        #expect(again.unchanged == 2 && again.inserted == 0 && again.updated == 0)
        let changed = try registry.importLineNotes("round,line,direction,clarity,landform,disputes,agreement\n5,黄临线,沿山脊自西向东,界线清晰,,002处有争议,\n")
        #expect(changed.updated == 1)
        let entry = try #require(try registry.auditEntries(limit: 1).first)
        #expect(entry.after?.contains("002处有争议") == true && entry.after?.contains("002附近新修公路") == true)
        let updated = try #require(try registry.boundaryReport(round: 5, line: "黄临线").lines.first?.notes)
        #expect(updated.disputes == "002处有争议" && updated.landformChanges == "" && updated.agreement == "")
    }

    @Test func badLineNoteRowsAreNamedAndNothingIsWritten() throws {
        let registry = try BoundaryFixture.loaded()
        let before = try registry.boundarySnapshot()
        let summary = try registry.importLineNotes("""
            round,line,direction,clarity,landform,disputes,agreement
            5,黄临线,a,b,c,d,e
            5,黄温线,a,b,c,d,e
            5,黄仙临,a,b,c,d,e
            round five,黄临线,a,b,c,d,e
            5,黄临线,a,b,c,d,f
            ad-hoc:,黄临线,a,b,c,d,e
            7,黄临线,a,b,c

            """)
        #expect(!summary.committed)
        #expect(summary.rejected.map(\.line) == [3, 4, 5, 6, 7, 8])
        func reason(_ line: Int) -> String { summary.rejected.first { $0.line == line }?.reason ?? "" }
        #expect(reason(3).contains("黄温线"))
        #expect(reason(4).contains("tripoint"))
        #expect(reason(5).contains("round five") && reason(5).contains("ad-hoc:"))
        #expect(reason(6).contains("line 2 of this file"))
        #expect(reason(7).contains("ad-hoc:"))
        #expect(reason(8).contains("wrong number of columns"))
        #expect(try registry.boundarySnapshot() == before)
    }

    static let references = """
        line,number,description,bearing,distance
        黄临线,001,古樟树,45,12.5
        黄临线,001,高压电塔N12,180,30
        黄临线,001,村道桥头,270.5,8
        黄临线,004A,水泥电杆,90,5

        """

    @Test func referencesReplaceAMarkersSetAndFewerThanThreeIsAWarning() throws {
        let registry = try BoundaryFixture.loaded()
        let summary = try registry.importReferences(Self.references)
        #expect(summary.committed && summary.inserted == 2, "\(summary.rejected)")
        var line = try #require(try registry.boundaryReport(round: 5, line: "黄临线").lines.first)
        let byNumber = Dictionary(uniqueKeysWithValues: line.markers.map { ($0.number, $0) })
        #expect(byNumber["001"]?.references.map(\.description) == ["古樟树", "高压电塔N12", "村道桥头"])
        #expect(byNumber["001"]?.references.last?.bearingDeg == 270.5)
        #expect(!line.warnings.contains { $0.contains("marker 001 ") })
        #expect(line.warnings.contains { $0.contains("marker 004A has 1 reference object") })
        #expect(line.warnings.contains { $0.contains("marker 006 has 0 reference objects") })
        let html = BoundaryReportHTML.render(try registry.boundaryReport(round: 5, line: "黄临线"))
        #expect(html.contains("方位物 Reference objects") && html.contains("古樟树") && html.contains("at least 3"))

        // Re-importing 001 with two objects replaces its three; the audit entry keeps both sets.
        let again = try registry.importReferences("line,number,description,bearing,distance\n黄临线,1,古樟树,45,12.5\n黄临线,1,新立水泥桩,0,3\n")
        #expect(again.updated == 1 && again.inserted == 0)
        let entry = try #require(try registry.auditEntries(limit: 1).first)
        #expect(entry.action == "import-boundary-references")
        #expect(entry.after?.contains("村道桥头") == true && entry.after?.contains("新立水泥桩") == true)
        line = try #require(try registry.boundaryReport(round: 5, line: "黄临线").lines.first)
        #expect(line.markers.first { $0.number == "001" }?.references.map(\.description) == ["古樟树", "新立水泥桩"])
        #expect(line.warnings.contains { $0.contains("marker 001 has 2 reference objects") })
        #expect(line.markers.first { $0.number == "004A" }?.references.count == 1)
    }

    @Test func badReferenceRowsAreNamedAndNothingIsWritten() throws {
        let registry = try BoundaryFixture.loaded()
        let before = try registry.boundarySnapshot()
        let summary = try registry.importReferences("""
            line,number,description,bearing,distance
            黄临线,001,古樟树,45,12.5
            黄临线,001,古樟树,361,12.5
            黄临线,001,古樟树,45,-1
            黄临线,009,古樟树,45,1
            黄临线,004,古樟树,45,1
            黄临线,002,,45,1
            黄临线,002,古樟树,东北,1

            """)
        #expect(summary.rejected.map(\.line) == [3, 4, 5, 6, 7, 8])
        func reason(_ line: Int) -> String { summary.rejected.first { $0.line == line }?.reason ?? "" }
        #expect(reason(3).contains("bearing \"361\""))
        #expect(reason(4).contains("distance \"-1\""))
        #expect(reason(5).contains("no marker 009"))
        #expect(reason(6).contains("several parts"))
        #expect(reason(7).contains("description is empty"))
        #expect(reason(8).contains("东北"))
        #expect(try registry.boundarySnapshot() == before)
    }

    @Test func actionStatusIsFollowedUpAuditedAndReported() throws {
        let registry = try BoundaryFixture.loaded()
        let change = try registry.setBoundaryActionStatus(
            round: .regular(5), line: "黄临线", number: "004b", status: .inProgress, note: "两区派员到场", actor: "tester")
        #expect(change.before == "planned" && change.after == "in-progress" && change.action == "rebuild")
        let entry = try #require(try registry.auditEntries(limit: 1).first)
        #expect(entry.action == "boundary-action-status" && entry.note == "两区派员到场")
        #expect(entry.before?.contains("planned") == true && entry.after?.contains("in-progress") == true)
        let report = try registry.boundaryReport(round: 5, line: "黄临线")
        let line = try #require(report.lines.first)
        #expect(line.actions.first { $0.number == "004B" }?.status == "in-progress")
        #expect(line.actions.first { $0.number == "004B" }?.statusNote == "两区派员到场")
        #expect(BoundaryReportMarkdown.render(report).contains("处理中（两区派员到场）"))
        #expect(line.markers.first { $0.number == "004B" }?.actionStatus == "in-progress")
        #expect(BoundaryReportHTML.render(report).contains(FollowUpStatus.inProgress.chineseName))
        _ = try registry.setBoundaryActionStatus(round: .regular(5), line: "黄临线", number: "004B", status: .done, note: nil, actor: "tester")
        #expect(try registry.boundaryReport(round: 5).lines.first?.actions.first { $0.number == "004B" }?.status == "done")

        // The amendment of 001 (illegible → repaint) is the record that gets the status.
        _ = try registry.setBoundaryActionStatus(round: .regular(5), line: "黄临线", number: "001", status: .done, note: nil, actor: "tester")
        #expect(try registry.boundaryReport(round: 5).lines.first?.markers.first { $0.number == "001" }?.actionStatus == "done")

        let before = try registry.boundarySnapshot()
        func failure(_ round: InspectionRoundID, _ number: String, line: String = "黄临线") -> String {
            do {
                _ = try registry.setBoundaryActionStatus(round: round, line: line, number: number, status: .done, note: nil, actor: "tester")
                return ""
            } catch {
                return error.description
            }
        }
        #expect(failure(.regular(5), "006").contains("no action was decided"))
        #expect(failure(.regular(5), "009").contains("no marker 009"))
        #expect(failure(.regular(5), "004").contains("several parts"))
        #expect(failure(.regular(5), "001", line: "黄温线").contains("no boundary named 黄温线"))
        #expect(failure(.regular(6), "001").contains("recorded rounds: 4, 5"))
        #expect(failure(.regular(5), "001", line: "黄仙临").contains("no inspection record in round 5"))
        #expect(try registry.boundarySnapshot() == before)
    }

    @Test func photosAreRecordedWithChecksumsAndVerified() throws {
        let registry = try BoundaryFixture.loaded()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diming-photos-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("002-north.jpg").path, two = folder.appendingPathComponent("002-south.jpg").path
        try Data("abc".utf8).write(to: URL(fileURLWithPath: one))
        try Data("photo two".utf8).write(to: URL(fileURLWithPath: two))

        let added = try registry.addBoundaryPhotos(round: .regular(5), line: "黄临线", number: "002", paths: [one, two], actor: "tester")
        #expect(added.map(\.status) == ["added", "added"])
        #expect(added.first?.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try registry.auditEntries(limit: 1).first?.action == "add-boundary-photos")
        let report = try registry.boundaryReport(round: 5, line: "黄临线")
        #expect(report.lines.first?.markers.first { $0.number == "002" }?.photos.map(\.path) == [one, two])
        #expect(BoundaryReportHTML.render(report).contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        #expect(BoundaryReportMarkdown.render(report).contains("`ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad`"))
        // Photos belong to their round: round 4 has none.
        #expect(try registry.boundaryReport(round: 4, line: "黄临线").lines.first?.markers.allSatisfy(\.photos.isEmpty) == true)

        #expect(try registry.verifyBoundaryPhotos(round: .regular(5)).map(\.status) == [.ok, .ok])
        // The same file again is unchanged and writes no audit entry.
        let audit = try registry.auditEntries(limit: 100).count
        #expect(try registry.addBoundaryPhotos(round: .regular(5), line: "黄临线", number: "002", paths: [one], actor: "tester").map(\.status) == ["unchanged"])
        #expect(try registry.auditEntries(limit: 100).count == audit)

        try Data("edited".utf8).write(to: URL(fileURLWithPath: two))
        try FileManager.default.removeItem(atPath: one)
        let checks = try registry.verifyBoundaryPhotos(round: .regular(5))
        #expect(checks.map(\.status) == [.missing, .changed])
        #expect(checks.last?.actual == SHA256.hex(SHA256.hash(Array("edited".utf8))))

        // A missing file among several: none is recorded.
        let before = try registry.boundarySnapshot()
        #expect(throws: BoundaryError.self) {
            try registry.addBoundaryPhotos(round: .regular(5), line: "黄临线", number: "003", paths: [two, one], actor: "tester")
        }
        #expect(throws: BoundaryError.self) {
            try registry.addBoundaryPhotos(round: .regular(5), line: "黄临线", number: "009", paths: [two], actor: "tester")
        }
        #expect(try registry.boundarySnapshot() == before)
    }

    @Test func adHocInspectionsAfterAFlood() throws {
        let registry = try BoundaryFixture.loaded()
        let summary = try registry.importInspections("""
            round,line,number,date,condition,lat,lon,inspectors,notes
            ad-hoc:2025-07-flood,黄临线,003,2025-07-28,damaged,28.712,121.118,王五;钱七,洪水冲刷桩基
            ad-hoc：2025-07-flood,黄临线,005,2025-07-28,intact,28.724,121.136,王五;钱七,

            """)
        #expect(summary.committed, "\(summary.rejected)")
        #expect(summary.adHocRoundsCreated == ["2025-07-flood"] && summary.roundsCreated.isEmpty)
        let notes = try registry.importLineNotes("round,line,direction,clarity,landform,disputes,agreement\nad-hoc:2025-07-flood,黄临线,,003段河岸后退,河道东移约5米,,\n")
        #expect(notes.committed && notes.adHocRoundsCreated.isEmpty)

        let round = try #require(InspectionRoundID("ad-hoc:2025-07-flood"))
        let report = try registry.boundaryReport(round: round)
        #expect(report.lines.map(\.line) == ["黄临线"])
        let line = try #require(report.lines.first)
        #expect(line.counts["damaged"] == 1 && line.counts["intact"] == 1 && line.counts["not-inspected"] == 5)
        #expect(line.notes?.landformChanges == "河道东移约5米")
        // History stays the regular rounds; round 5's report is unchanged by the flood inspection.
        #expect(line.history.map(\.round) == [4, 5])
        #expect(try registry.boundaryReport(round: 5, line: "黄临线").lines.first?.markers.first { $0.number == "003" }?.condition == "damaged;illegible")
        let object = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder.registry.encode(report)) as? [String: Any])
        #expect(object["round"] as? String == "ad-hoc:2025-07-flood" && object["round_kind"] as? String == "ad_hoc")
        #expect(BoundaryReportHTML.render(report).contains("专项检查（2025-07-flood）"))
        // GeoJSON gives the latest record's round, here the ad hoc one.
        let geo = try #require(try JSONSerialization.jsonObject(with: try registry.boundaryGeoJSON(line: "黄临线")) as? [String: Any])
        let point = (geo["features"] as? [[String: Any]])?.compactMap { $0["properties"] as? [String: Any] }.first { $0["number"] as? String == "003" }
        #expect(point?["round"] as? String == "ad-hoc:2025-07-flood" && point?["condition"] as? String == "damaged")

        // A second flood file for the same title joins the same inspection; a marker twice is refused.
        let twice = try registry.importInspections(
            "round,line,number,date,condition,lat,lon,inspectors,notes\nad-hoc:2025-07-flood,黄临线,003,2025-07-29,lost,,,甲,\n")
        #expect(twice.rejected.first?.reason.contains("already inspected in round ad-hoc:2025-07-flood") == true)
        // Follow-up works on ad hoc inspections too.
        _ = try registry.setBoundaryActionStatus(round: round, line: "黄临线", number: "003", status: .done, note: nil, actor: "tester")
        #expect(try registry.boundaryReport(round: round).lines.first?.actions.first?.status == "done")
        do {
            _ = try registry.boundaryReport(round: .adHoc("2025-08-typhoon"))
            Issue.record("the typhoon inspection does not exist")
        } catch {
            #expect(error.description.contains("recorded rounds: 4, 5, ad-hoc:2025-07-flood"))
        }
        #expect(InspectionRoundID("ad-hoc:") == nil && InspectionRoundID("flood") == nil && InspectionRoundID("第五轮") == .regular(5))
        #expect(InspectionRoundID(" 临时：台风 ") == .adHoc("台风"))
    }
}
