/// Registry names keyed by their Unicode scalars, for the longest name that
/// starts at a position of a line, without building strings.
struct NameTrie: Sendable {
    /// (node << 32 | scalar) → child node; node 0 is the root.
    private var edges = FlatTable()
    /// Per node: index into `lists`, or -1.
    private var terminal: [Int32] = [-1]
    private(set) var lists: [[NameRef]] = []

    init() {}

    mutating func insert(_ scalars: [Unicode.Scalar], _ ref: NameRef) {
        guard !scalars.isEmpty else { return }
        var node: Int32 = 0
        for scalar in scalars {
            let key = UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
            if let next = edges.get(key) {
                node = next
            } else {
                let next = Int32(terminal.count)
                terminal.append(-1)
                edges.set(key, next)
                node = next
            }
        }
        let t = terminal[Int(node)]
        if t < 0 {
            terminal[Int(node)] = Int32(lists.count)
            lists.append([ref])
        } else if !lists[Int(t)].contains(ref) {
            lists[Int(t)].append(ref)
        }
    }

    /// Every name that starts at `position`, shortest first: (length, refs).
    func forEachMatch(at position: Int, in scalars: [Unicode.Scalar], _ body: (Int, [NameRef]) -> Void) {
        var node: Int32 = 0
        var i = position
        while i < scalars.count {
            guard let next = edges.get(UInt64(UInt32(node)) << 32 | UInt64(scalars[i].value)) else { return }
            node = next
            i += 1
            let t = terminal[Int(node)]
            if t >= 0 { body(i - position, lists[Int(t)]) }
        }
    }
}
