import DimingCore
import Foundation
import Testing

@Suite("Boundary domain rules")
struct BoundaryCoreTests {
    /// Vincenty's own test line (Flinders Peak → Buninyong) on GRS 80, whose a
    /// and f are CGCS2000's: 54 972.271 m.
    @Test func vincentyMatchesThePublishedFlindersPeakDistance() {
        func dms(_ d: Double, _ m: Double, _ s: Double) -> Double { (abs(d) + m / 60 + s / 3600) * (d < 0 ? -1 : 1) }
        let flinders = GeoCoordinate(lat: dms(-37, 57, 3.72030), lon: dms(144, 25, 29.52440))
        let buninyong = GeoCoordinate(lat: dms(-37, 39, 10.15610), lon: dms(143, 55, 35.38390))
        let result = Geodesic.inverse(from: flinders, to: buninyong)
        #expect(result.converged)
        #expect(abs(result.distance - 54_972.271) < 0.005)
    }

    /// Closed forms: one degree of equator is a·π/180; a quarter meridian of
    /// GRS 80 is 10 001 965.729 m.
    @Test func equatorAndMeridianArcs() {
        let equator = Geodesic.distance(from: GeoCoordinate(lat: 0, lon: 0), to: GeoCoordinate(lat: 0, lon: 1))
        #expect(abs(equator - 6_378_137 * Double.pi / 180) < 0.001)
        let quarter = Geodesic.distance(from: GeoCoordinate(lat: 0, lon: 0), to: GeoCoordinate(lat: 90, lon: 0))
        #expect(abs(quarter - 10_001_965.729) < 0.01)
        #expect(Geodesic.distance(from: GeoCoordinate(lat: 28.7, lon: 121.1), to: GeoCoordinate(lat: 28.7, lon: 121.1)) == 0)
    }

    /// An independent check of marker-scale distances: haversine on a sphere
    /// with Euler's radius of curvature in the direction of travel,
    /// R = MN / (N cos²α + M sin²α), agrees with the ellipsoid to 0.01 %.
    @Test(arguments: [(0.0001, 0.0001), (0.001, -0.002), (0.02, 0.03), (-0.05, 0.0)])
    func shortDistancesAgreeWithHaversine(dLat: Double, dLon: Double) {
        let p = GeoCoordinate(lat: 28.705, lon: 121.11)
        let q = GeoCoordinate(lat: p.lat + dLat, lon: p.lon + dLon)
        let e = Ellipsoid.cgcs2000
        let e2 = e.f * (2 - e.f)
        let s = sin(p.lat * .pi / 180)
        let n = e.a / (1 - e2 * s * s).squareRoot()
        let m = e.a * (1 - e2) / pow(1 - e2 * s * s, 1.5)
        let north = dLat * m, east = dLon * n * cos(p.lat * .pi / 180)
        let alpha = atan2(east, north)
        let radius = m * n / (n * cos(alpha) * cos(alpha) + m * sin(alpha) * sin(alpha))
        let haversine = Geodesic.sphericalDistance(from: p, to: q, radius: radius)
        let vincenty = Geodesic.distance(from: p, to: q)
        #expect(abs(vincenty - haversine) / vincenty < 0.0001, "\(vincenty) vs \(haversine)")
    }

    @Test func nearlyAntipodalPointsFallBack() {
        let result = Geodesic.inverse(from: GeoCoordinate(lat: 0, lon: 0), to: GeoCoordinate(lat: 0.5, lon: 179.7))
        #expect(result.distance > 19_900_000 && result.distance < 20_100_000)
    }

    @Test func datesMustExist() {
        #expect(CalendarDate("2023-02-30") == nil)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2025-13-01") == nil)
        #expect(CalendarDate("2025-4-31") == nil)
        #expect(CalendarDate("2025/5/6")?.description == "2025-05-06")
        #expect(CalendarDate("20250506") == nil)
    }

    @Test func conditionsParseAndDecideActions() throws {
        let c = try MarkerConditions.parse("illegible | displaced")
        #expect(c.text == "displaced;illegible")
        #expect(c.stored == "displaced,illegible")
        #expect(c.requiredActions == [.restore, .repaint])
        #expect(try MarkerConditions.parse("损坏;字迹不清").requiredActions == [.rebuild])
        #expect(try MarkerConditions.parse("lost;reference-missing").requiredActions == [.rebuild, .newReferences])
        #expect(try MarkerConditions.parse("intact").requiredActions == [.none])
        #expect(throws: BoundaryRowProblem.unknownCondition("broken")) { try MarkerConditions.parse("damaged;broken") }
        #expect(throws: BoundaryRowProblem.contradictoryConditions("intact;lost")) { try MarkerConditions.parse("lost;intact") }
    }

    @Test func lineNamesUseTheFirstCharacterOfEachShortName() {
        #expect(BoundaryLineName.derive(shortNames: ["黄岩", "临海"]) == "黄临线")
        #expect(BoundaryLineName.derive(shortNames: ["黄岩", "仙居", "临海"]) == "黄仙临")
        #expect(BoundaryLineName.shortName(name: "黄岩区", shortName: "") == "黄岩")
        #expect(BoundaryLineName.shortName(name: "黄岩区", shortName: "黄岩") == "黄岩")
    }

    @Test func markerNumbersTypesAndCoordinates() throws {
        #expect(MarkerNumber("7")?.text == "007")
        #expect(MarkerNumber("9")! < MarkerNumber("010")!)
        #expect(MarkerNumber.withPart("004B").map { "\($0.number)/\($0.part)" } == "004/B")
        #expect(MarkerDesignation("单立") == MarkerDesignation(type: .single, part: ""))
        #expect(MarkerDesignation("b") == MarkerDesignation(type: .double, part: "B"))
        #expect(MarkerDesignation("triple-E") == MarkerDesignation(type: .triple, part: "E"))
        #expect(MarkerDesignation("F") == nil)
        #expect(throws: BoundaryRowProblem.coordinateOutOfRange(field: "lon", value: "181")) {
            try GeoCoordinate.parse(lat: "28", lon: "181")
        }
        #expect(try GeoCoordinate.parse(lat: "", lon: "") == nil)
        #expect(BoundaryInspectionRow.parseRound("第五轮") == 5)
    }
}
