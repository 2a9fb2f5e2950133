import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Boundaries and markers as a GeoJSON FeatureCollection (RFC 7946) for
    /// GIS tools: every standing marker as a Point with its line, number, type,
    /// managing side and latest condition, and every line as a LineString
    /// through its markers in number order. The parts of a double or triple
    /// marker stand on either side of the line (on two banks of a river), so the
    /// LineString passes through their midpoint rather than zig-zagging between
    /// them. A line with fewer than two numbered points has no LineString
    /// (GeoJSON requires two positions); its markers are still exported.
    /// Tripoints are exported as their markers only. Positions are [lon, lat]
    /// in CGCS2000, which GIS tools treat like WGS 84 at this precision.
    public func boundaryGeoJSON(line: String? = nil) throws(BoundaryError) -> Data {
        do {
            return try dbWriter.read { db in
                var boundaries = try BoundaryRef.all(in: db)
                if let line {
                    boundaries = boundaries.filter { $0.name == line }
                    if boundaries.isEmpty { throw BoundaryError.unknownLine(line, known: try BoundaryRef.all(in: db).map(\.name)) }
                }
                var features: [[String: Any]] = []
                for boundary in boundaries {
                    let sides = try boundary.sideCodes.map { try BoundarySide.fetch(code: $0, in: db) }
                    let markers = try Self.boundaryMarkers(boundary, db: db)
                    var byNumber: [(number: String, points: [GeoCoordinate])] = []
                    for marker in markers {
                        let id: Int64 = marker["id"]
                        let point = GeoCoordinate(lat: marker["lat"], lon: marker["lon"])
                        let number: String = marker["number"]
                        if byNumber.last?.number == number { byNumber[byNumber.count - 1].points.append(point) } else { byNumber.append((number, [point])) }
                        let latest = try Row.fetchOne(
                            db, sql: """
                                SELECT i.conditions, i.displacement_m, i.inspected_on, r.number AS round, r.kind, r.title FROM marker_inspection i
                                JOIN inspection_round r ON r.id = i.round_id
                                WHERE i.marker_id = ? ORDER BY i.inspected_on DESC, i.id DESC LIMIT 1
                                """, arguments: [id])
                        var properties: [String: Any] = [
                            "kind": "marker", "line": boundary.name, "boundary_kind": boundary.kind.rawValue,
                            "number": number + (marker["part"] as String), "type": marker["type"] as String,
                            "part": marker["part"] as String, "managing": (marker["managing_code"] as String?) ?? NSNull(),
                        ]
                        if let latest, let conditions = MarkerConditions(stored: latest["conditions"]) {
                            properties["condition"] = conditions.text
                            // A regular round by number; an ad hoc inspection as ad-hoc:TITLE.
                            if let n = latest["round"] as Int? {
                                properties["round"] = n
                            } else {
                                properties["round"] = InspectionRoundID.adHoc(latest["title"]).description
                            }
                            properties["inspected_on"] = latest["inspected_on"] as String
                            properties["displacement_m"] = (latest["displacement_m"] as Double?).map { ($0 * 100).rounded() / 100 } ?? NSNull()
                        } else {
                            properties["condition"] = "not-inspected"
                        }
                        features.append(["type": "Feature", "geometry": ["type": "Point", "coordinates": [point.lon, point.lat]], "properties": properties])
                    }
                    guard boundary.kind == .line, byNumber.count >= 2 else { continue }
                    let coordinates = byNumber.map { entry -> [Double] in
                        let n = Double(entry.points.count)
                        return [entry.points.map(\.lon).reduce(0, +) / n, entry.points.map(\.lat).reduce(0, +) / n]
                    }
                    features.append([
                        "type": "Feature", "geometry": ["type": "LineString", "coordinates": coordinates],
                        "properties": [
                            "kind": "line", "line": boundary.name, "sides": sides.map(\.code),
                            "side_names": sides.map(\.name), "markers": markers.count,
                        ] as [String: Any],
                    ])
                }
                let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
                return try JSONSerialization.data(withJSONObject: collection, options: [.sortedKeys, .withoutEscapingSlashes])
            }
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }
}
