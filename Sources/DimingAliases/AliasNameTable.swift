/// The names the search reasons about, one node per (division, name).
///
/// A road's recorded former or colloquial names point at the road's own node,
/// so legacy text repeating a name the registry already knows adds nothing,
/// and a group is only proposed when something is still undecided. Keys carry
/// the division: 人民路 of two counties are two streets.
public struct AliasNameTable: Sendable {
    public struct Node: Sendable, Equatable {
        public var divisionCode: String
        public var name: String
        /// The active road whose standard name this is; nil for a name seen
        /// only in legacy text.
        public var roadID: Int64?
    }

    public private(set) var nodes: [Node] = []
    private var index: [String: Int] = [:]
    private var roadNode: [Int64: Int] = [:]
    /// Names each road is already known by (standard and recorded names).
    private(set) var knownNames: [Int64: Set<String>] = [:]

    public init(roads: [AliasRoad], registered: [AliasRegisteredName]) {
        for road in roads {
            let key = Self.key(road.divisionCode, road.name)
            if index[key] != nil { continue }
            index[key] = nodes.count
            roadNode[road.id] = nodes.count
            nodes.append(Node(divisionCode: road.divisionCode, name: road.name, roadID: road.id))
            knownNames[road.id, default: []].insert(road.name)
        }
        for r in registered {
            guard let node = roadNode[r.roadID] else { continue }
            knownNames[r.roadID, default: []].insert(r.name)
            let key = Self.key(nodes[node].divisionCode, r.name)
            if index[key] == nil { index[key] = node }
        }
    }

    static func key(_ division: String, _ name: String) -> String { division + "\u{1F}" + name }

    public func node(division: String, name: String) -> Int? { index[Self.key(division, name)] }

    public func node(road: Int64) -> Int? { roadNode[road] }

    /// The node of a name, adding one for a name the registry does not know.
    mutating func nodeAdding(division: String, name: String) -> Int {
        let key = Self.key(division, name)
        if let n = index[key] { return n }
        index[key] = nodes.count
        nodes.append(Node(divisionCode: division, name: name, roadID: nil))
        return nodes.count - 1
    }

    /// Whether the node's name is the standard name of an active road (not
    /// one of its recorded other names).
    func isRoadName(division: String, name: String) -> Bool {
        guard let n = node(division: division, name: name), let road = nodes[n].roadID else { return false }
        return nodes[n].name == name && roadNode[road] == n
    }
}
