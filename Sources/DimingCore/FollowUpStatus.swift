/// Where the action decided for a marker stands. An action starts as planned
/// when the inspection is imported; the bureau reports it done once both sides
/// have witnessed the repair.
public enum FollowUpStatus: String, Sendable, CaseIterable, Codable {
    case planned
    case inProgress = "in-progress"
    case done

    public var chineseName: String {
        switch self {
        case .planned: return "待处理"
        case .inProgress: return "处理中"
        case .done: return "已完成"
        }
    }
}
