import DimingCore
@testable import DimingStore
import Foundation
import Testing

@Suite("Boundary reports")
struct BoundaryReportTests {
    /// The JSON contract: exactly these keys, with these types, whatever else is added.
    @Test func jsonHasTheContractShape() throws {
        let registry = try BoundaryFixture.loaded()
        let data = try JSONEncoder.registry.encode(try registry.boundaryReport(round: 5))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["round"] as? Int == 5)
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines.count == 1)
        #expect(lines[0]["line"] as? String == "黄临线")
        let markers = try #require(lines[0]["markers"] as? [[String: Any]])
        #expect(markers.count == 7)
        for marker in markers {
            #expect(marker["number"] is String)
            #expect(marker["condition"] is String)
            #expect(marker.keys.contains("displacement_m"), "displacement_m must be present, null when not measured")
        }
        let lost = try #require(markers.first { $0["number"] as? String == "004B" })
        #expect(lost["displacement_m"] is NSNull)
        #expect((markers.first { $0["number"] as? String == "002" }?["displacement_m"] as? Double).map { abs($0 - 14.78) < 0.02 } == true)
        let counts = try #require(lines[0]["counts"] as? [String: Int])
        #expect(Set(counts.keys) == Set(BoundaryReport.countKeys))
    }

    @Test func htmlHasTheMapSignaturesAndEscapesText() throws {
        let registry = try BoundaryFixture.loaded()
        let html = BoundaryReportHTML.render(try registry.boundaryReport(round: 5, line: "黄临线"))
        #expect(html.contains("<svg"))
        #expect(html.components(separatedBy: "<circle").count - 1 >= 7)
        #expect(html.contains(BoundaryMapSVG.colour(for: "lost")))
        #expect(html.contains("黄岩区、临海市行政区域界线第5轮联合检查报告"))
        #expect(html.contains("修路时被推移 &lt;约15米&gt; &amp; 待恢复"))
        #expect(!html.contains("<约15米>"))
        #expect(html.contains("黄岩区人民政府") && html.contains("临海市人民政府"))
        #expect(html.contains("第4轮") && html.contains("原址重建"))
    }

    @Test func markdownHasTheSameContentWithoutTheMap() throws {
        let registry = try BoundaryFixture.loaded()
        let md = BoundaryReportMarkdown.render(try registry.boundaryReport(round: 5, line: "黄临线"))
        #expect(!md.contains("<svg"))
        #expect(md.contains("| 002 |"))
        #expect(md.contains("14.78"))
        #expect(md.contains("恢复至登记位置"))
        #expect(md.contains("临海市人民政府"))
    }

    @Test func geojsonHasLinesAndMarkers() throws {
        let registry = try BoundaryFixture.loaded()
        let object = try #require(try JSONSerialization.jsonObject(with: try registry.boundaryGeoJSON()) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        let types = features.compactMap { ($0["geometry"] as? [String: Any])?["type"] as? String }
        #expect(types.filter { $0 == "Point" }.count == 8)
        #expect(types.filter { $0 == "LineString" }.count == 1)
        let line = try #require(features.first { ($0["geometry"] as? [String: Any])?["type"] as? String == "LineString" })
        // Six numbers: the two parts of 004 become one midpoint.
        #expect(((line["geometry"] as? [String: Any])?["coordinates"] as? [[Double]])?.count == 6)
        let only = try #require(try JSONSerialization.jsonObject(with: try registry.boundaryGeoJSON(line: "黄仙临")) as? [String: Any])
        #expect((only["features"] as? [Any])?.count == 1)
    }

    @Test func unknownRoundOrLineIsAClearError() throws {
        let registry = try BoundaryFixture.loaded()
        do {
            _ = try registry.boundaryReport(round: 6)
            Issue.record("round 6 should not exist")
        } catch {
            #expect(error.description.contains("recorded rounds: 4, 5"))
        }
        do {
            _ = try registry.boundaryReport(round: 5, line: "某某线")
            Issue.record("某某线 should not exist")
        } catch {
            #expect(error.description.contains("黄临线"))
        }
    }
}
