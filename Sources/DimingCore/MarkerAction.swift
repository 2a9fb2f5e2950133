/// What the two sides decide to do about a marker after an inspection.
///
/// The rules follow the joint-inspection practice:
/// - lost or damaged: the managing side rebuilds it in place, with the other side present;
/// - displaced: it is restored to its registered position;
/// - illegible: the writing is re-painted (描红);
/// - reference objects (方位物) missing: new ones are chosen and the 登记表 refilled.
/// Rebuilding a marker includes painting it, so repaint is not listed again then.
public enum MarkerAction: String, Sendable, CaseIterable, Codable {
    case rebuild
    case restore
    case repaint
    case newReferences = "new-references"
    case none

    /// The actions the conditions call for, most important first; `[.none]` for an intact marker.
    public static func required(by conditions: MarkerConditions) -> [MarkerAction] {
        var actions: [MarkerAction] = []
        let rebuild = conditions.contains(.lost) || conditions.contains(.damaged)
        if rebuild { actions.append(.rebuild) }
        // A lost marker is rebuilt where it was registered; restoring it is part of that.
        if conditions.contains(.displaced) && !rebuild { actions.append(.restore) }
        if conditions.contains(.illegible) && !rebuild { actions.append(.repaint) }
        if conditions.contains(.referenceMissing) { actions.append(.newReferences) }
        return actions.isEmpty ? [.none] : actions
    }

    /// How the action is written in the printed report.
    public var chineseName: String {
        switch self {
        case .rebuild: return "原址重建"
        case .restore: return "恢复至登记位置"
        case .repaint: return "描红"
        case .newReferences: return "重新选定方位物"
        case .none: return "无需处理"
        }
    }
}
