/// Tiers of China's administrative hierarchy that the registry keeps.
///
/// Municipalities (北京, 上海, 天津, 重庆) have no city tier: their districts hang
/// directly under the province-level row, as in GB/T 2260.
public enum DivisionLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case province
    case city
    case county
    case town

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
