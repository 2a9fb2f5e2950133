/// Why a group of road names could not be confirmed or rejected, in words a
/// clerk can act on.
public enum AliasReviewError: Error, Sendable, Equatable, CustomStringConvertible {
    case emptyGroup
    case alreadyDecided(names: [String], decision: String)
    case standardNotInGroup(String)
    case standardIsNoRoad(String)
    case roadGone(Int64)
    case mixedDivisions([String])
    case renumbering(String)
    case store(String)

    public var description: String {
        switch self {
        case .emptyGroup: return "the group names no roads and no names"
        case let .alreadyDecided(names, decision):
            return "the group \(names.joined(separator: " / ")) was already \(decision); it is not decided twice"
        case let .standardNotInGroup(name): return "\(name) is not one of the group's names; choose the standard name among them"
        case let .standardIsNoRoad(name):
            return "\(name) is not the name of an active road of the group; the standard name must be a road the doorplates can move to"
        case let .roadGone(id):
            return "road \(id) is no longer an active road under one of the group's names; list the groups again (diming roads aliases)"
        case let .mixedDivisions(codes):
            return "the roads lie in different divisions (\(codes.joined(separator: ", "))); a road has one division"
        case let .renumbering(reason):
            return "the doorplates could not be moved, so nothing was changed: \(reason) (for a group: confirm with --renumber to number the moved doorplates on by the division's policy)"
        case let .store(reason): return "the registry could not record the decision: \(reason)"
        }
    }
}
