import Foundation

/// Distances between two points on an ellipsoid (the geodesic inverse problem).
///
/// Uses Vincenty's inverse formula (1975), accurate to well under a millimetre
/// for the distances boundary work deals in. Vincenty's iteration does not
/// converge for nearly antipodal points; there the distance falls back to a
/// great circle on the sphere of mean radius (2a + b) / 3, good to about 0.5 %,
/// and ``Result/converged`` says so. No marker is ever half a world away from
/// its registered position, so the fallback only keeps the function total.
public enum Geodesic {
    public struct Result: Sendable, Equatable {
        /// Length of the geodesic, in metres.
        public var distance: Double
        /// False when Vincenty's iteration failed and the spherical fallback was used.
        public var converged: Bool
    }

    /// The geodesic distance in metres between two points given in degrees.
    public static func distance(
        from p1: GeoCoordinate, to p2: GeoCoordinate, on ellipsoid: Ellipsoid = .cgcs2000
    ) -> Double {
        inverse(from: p1, to: p2, on: ellipsoid).distance
    }

    /// Vincenty's inverse solution, with the spherical fallback described above.
    public static func inverse(
        from p1: GeoCoordinate, to p2: GeoCoordinate, on ellipsoid: Ellipsoid = .cgcs2000
    ) -> Result {
        let a = ellipsoid.a, f = ellipsoid.f, b = ellipsoid.b
        let radians = Double.pi / 180
        let L = (p2.lon - p1.lon) * radians
        let U1 = atan((1 - f) * tan(p1.lat * radians))
        let U2 = atan((1 - f) * tan(p2.lat * radians))
        let sinU1 = sin(U1), cosU1 = cos(U1), sinU2 = sin(U2), cosU2 = cos(U2)

        var lambda = L
        var sinSigma = 0.0, cosSigma = 0.0, sigma = 0.0, cosSqAlpha = 0.0, cos2SigmaM = 0.0
        var converged = false
        for _ in 0..<200 {
            let sinLambda = sin(lambda), cosLambda = cos(lambda)
            let t1 = cosU2 * sinLambda
            let t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda
            sinSigma = (t1 * t1 + t2 * t2).squareRoot()
            if sinSigma == 0 { return Result(distance: 0, converged: true) }  // the same point
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda
            sigma = atan2(sinSigma, cosSigma)
            let sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma
            cosSqAlpha = 1 - sinAlpha * sinAlpha
            // On the equator cos²α = 0 and the term is taken as zero.
            cos2SigmaM = cosSqAlpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha : 0
            let C = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha))
            let previous = lambda
            lambda = L + (1 - C) * f * sinAlpha
                * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)))
            if abs(lambda - previous) < 1e-12 {
                converged = true
                break
            }
        }
        guard converged, lambda.isFinite else {
            return Result(distance: sphericalDistance(from: p1, to: p2, radius: (2 * a + b) / 3), converged: false)
        }
        let uSq = cosSqAlpha * (a * a - b * b) / (b * b)
        let A = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)))
        let B = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)))
        let deltaSigma = B * sinSigma
            * (cos2SigmaM + B / 4
                * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                    - B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)))
        return Result(distance: b * A * (sigma - deltaSigma), converged: true)
    }

    /// Great-circle distance by the haversine formula on a sphere of the given radius.
    public static func sphericalDistance(from p1: GeoCoordinate, to p2: GeoCoordinate, radius: Double) -> Double {
        let radians = Double.pi / 180
        let dLat = (p2.lat - p1.lat) * radians
        let dLon = (p2.lon - p1.lon) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(p1.lat * radians) * cos(p2.lat * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * radius * asin(min(1, h.squareRoot()))
    }
}
