/// The class of a named feature, as the naming rules and the registry's
/// `naming_review.class` column know them: each class has its own generic
/// terms and its own duplicate scope.
public enum NameClass: String, Sendable, CaseIterable, Codable {
    case road, residential, building, village, township, other

    /// The classes whose names must not repeat each other: an estate and a
    /// building may not share a name either (both are 住宅区/楼宇 under Art 9).
    public var duplicateGroup: [NameClass] {
        switch self {
        case .residential, .building: return [.residential, .building]
        default: return [self]
        }
    }

    /// Where a name must be unique by default (地名管理条例 Art 9(7)(8)): 街路巷
    /// and 住宅区/楼宇 within the built-up area, which the registry does not
    /// record, so the county stands for it; villages within the county;
    /// townships within the province.
    public var defaultScope: NamingScope {
        switch self {
        case .township: return .province
        default: return .county
        }
    }
}
