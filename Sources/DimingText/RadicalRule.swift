/// Replaces radical and compatibility forms by the unified ideograph they
/// stand for (⻄ → 西, ⾦ → 金), by radicals.tsv.
///
/// These look-alikes come out of PDF text extraction and old fonts; to a
/// computer ⻄安市 and 西安市 are different names, so this runs before any
/// table lookup.
struct RadicalRule {
    let map: ScalarMap

    init(_ table: [Unicode.Scalar: Unicode.Scalar]) {
        var map = ScalarMap()
        for (from, to) in table { map[from.value] = to.value }
        self.map = map
    }

    /// Whether the rule can change a text with `v` in it.
    func concerns(_ v: UInt32) -> Bool { map[v] != nil }

    func apply(_ s: inout [MappedScalar]) -> Bool {
        var changed = false
        for i in s.indices {
            let v = s[i].value
            if let to = map[v] {
                s[i].value = to
                changed = true
            }
        }
        return changed
    }
}
