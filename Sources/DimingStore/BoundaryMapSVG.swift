import DimingCore
import Foundation

/// The map picture of a boundary for the printed report: the line through its
/// markers in number order, each marker a dot coloured by its condition.
///
/// The projection is equirectangular, with longitudes scaled by the cosine of
/// the mean latitude so that a kilometre east is as long as a kilometre north
/// (a county line spans a few tens of kilometres, where this is exact enough
/// to read), then scaled to fit the box with north up.
public enum BoundaryMapSVG {
    /// Fill colour per condition; a marker with several takes its most serious one.
    public static func colour(for condition: String) -> String {
        let items = condition.split(separator: ";").compactMap { MarkerCondition(rawValue: String($0)) }
        guard let worst = items.max(by: { $0.severity < $1.severity }) else { return "#9e9e9e" }
        switch worst {
        case .intact: return "#2e7d32"
        case .referenceMissing: return "#1565c0"
        case .illegible: return "#f9a825"
        case .displaced: return "#6a1b9a"
        case .damaged: return "#ef6c00"
        case .lost: return "#c62828"
        }
    }

    public static func render(_ line: BoundaryReport.Line, width: Double = 640, height: Double = 420) -> String {
        let points = line.markers.map(\.registered)
        let margin = 40.0
        var svg = ##"<svg xmlns="http://www.w3.org/2000/svg" class="map" width="\##(Int(width))" height="\##(Int(height))" viewBox="0 0 \##(Int(width)) \##(Int(height))" role="img" aria-label="\##(HTMLText.escape(line.line)) 界桩分布示意图">"##
        svg += ##"<rect x="0" y="0" width="\##(Int(width))" height="\##(Int(height))" fill="#fafafa" stroke="#999"/>"##
        guard !points.isEmpty else { return svg + "</svg>" }
        let meanLat = points.map(\.lat).reduce(0, +) / Double(points.count)
        let k = cos(meanLat * .pi / 180)
        let xs = points.map { $0.lon * k }, ys = points.map(\.lat)
        let minX = xs.min()!, maxX = xs.max()!, minY = ys.min()!, maxY = ys.max()!
        let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
        let scale = min((width - 2 * margin) / spanX, (height - 2 * margin - 30) / spanY)
        let offsetX = (width - spanX * scale) / 2, offsetY = (height - 30 - spanY * scale) / 2
        func project(_ p: GeoCoordinate) -> (Double, Double) {
            (offsetX + (p.lon * k - minX) * scale, offsetY + (maxY - p.lat) * scale)
        }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        let path = points.map { p -> String in
            let (x, y) = project(p)
            return "\(f(x)),\(f(y))"
        }.joined(separator: " ")
        svg += ##"<polyline points="\##(path)" fill="none" stroke="#555" stroke-width="2" stroke-dasharray="8 4"/>"##
        for (marker, point) in zip(line.markers, points) {
            let (x, y) = project(point)
            svg += ##"<g class="marker"><circle cx="\##(f(x))" cy="\##(f(y))" r="7" fill="\##(colour(for: marker.condition))" stroke="#222"><title>\##(HTMLText.escape("\(marker.number) \(marker.condition)"))</title></circle>"##
            svg += ##"<text x="\##(f(x + 9))" y="\##(f(y - 9))" font-size="12">\##(HTMLText.escape(marker.number))</text></g>"##
        }
        // Legend along the bottom edge.
        var x = 10.0
        for key in BoundaryReport.countKeys {
            svg += ##"<circle cx="\##(f(x + 6))" cy="\##(f(height - 14))" r="6" fill="\##(colour(for: key))" stroke="#222"/>"##
            svg += ##"<text x="\##(f(x + 16))" y="\##(f(height - 10))" font-size="11">\##(HTMLText.escape(key))</text>"##
            x += 16 + Double(key.count) * 6.5 + 14
        }
        svg += ##"<text x="\##(f(width - 24))" y="24" font-size="14">N↑</text>"##
        return svg + "</svg>"
    }
}
