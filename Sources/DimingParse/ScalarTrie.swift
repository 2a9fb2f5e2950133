/// Words keyed by their Unicode scalars, for longest-match lookups at a
/// position without building strings (the parser's hot path).
struct ScalarTrie<Value: Sendable>: Sendable {
    /// (node << 32 | scalar) → child node; node 0 is the root.
    private var edges = EdgeTable()
    private var values: [Value?] = [nil]
    /// Whether a word ends at each node: tested without copying the value
    /// (and retaining what it holds) at every step of a walk.
    private var terminal: [Bool] = [false]
    /// The root's children for scalars of the Basic Multilingual Plane, by
    /// scalar value (0: none): most positions of a line start no word, and
    /// this answers that without hashing.
    private var rootBMP = [Int32](repeating: 0, count: 0x10000)

    init() {}

    mutating func insert(_ word: String, _ value: Value) {
        let i = Int(node(for: word))
        values[i] = value
        terminal[i] = true
    }

    /// Changes the value stored for `word` (starting from `initial` when it
    /// has none) without hashing the word as a `String`.
    mutating func modify(_ word: String, initial: Value, _ body: (inout Value) -> Void) {
        let i = Int(node(for: word))
        var value = values[i] ?? initial
        values[i] = nil
        body(&value)
        values[i] = value
        terminal[i] = true
    }

    /// The node of `word`, added with its path when new.
    private mutating func node(for word: String) -> Int32 {
        var node: Int32 = 0
        for scalar in word.unicodeScalars {
            let key = UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(values.count)
                values.append(nil)
                terminal.append(false)
                edges.insert(key, next)
                if node == 0 && scalar.value < 0x10000 { rootBMP[Int(scalar.value)] = next }
                node = next
            }
        }
        return node
    }

    /// Whether some word could start at `position` (its first scalar begins a
    /// word): a cheap test before collecting matches.
    func mayMatch(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard position < scalars.count else { return false }
        let v = scalars[position].value
        if v < 0x10000 { return rootBMP[Int(v)] != 0 }
        return edges[UInt64(v)] != nil
    }

    /// Every word starting at `position`, shortest first: (length, value).
    func matches(at position: Int, in scalars: [Unicode.Scalar], _ body: (Int, Value) -> Void) {
        guard position < scalars.count else { return }
        var node: Int32 = 0
        var i = position
        if scalars[i].value < 0x10000 {
            node = rootBMP[Int(scalars[i].value)]
            guard node != 0 else { return }
            i += 1
            if let value = values[Int(node)] { body(1, value) }
        }
        while i < scalars.count {
            guard let next = edges[UInt64(UInt32(node)) << 32 | UInt64(scalars[i].value)] else { return }
            node = next
            i += 1
            if let value = values[Int(node)] { body(i - position, value) }
        }
    }

    /// The longest word starting at `position`. The walk remembers the node
    /// and reads its value once, at the end.
    func longest(at position: Int, in scalars: [Unicode.Scalar]) -> (length: Int, value: Value)? {
        guard position < scalars.count else { return nil }
        var node: Int32 = 0
        var i = position
        var best: Int32 = 0
        var bestLength = 0
        if scalars[i].value < 0x10000 {
            node = rootBMP[Int(scalars[i].value)]
            guard node != 0 else { return nil }
            i += 1
            if terminal[Int(node)] {
                best = node
                bestLength = 1
            }
        }
        while i < scalars.count {
            guard let next = edges[UInt64(UInt32(node)) << 32 | UInt64(scalars[i].value)] else { break }
            node = next
            i += 1
            if terminal[Int(node)] {
                best = node
                bestLength = i - position
            }
        }
        guard best != 0, let value = values[Int(best)] else { return nil }
        return (bestLength, value)
    }
}
