/// Removes spaces, except one between two words of a spaced script.
///
/// Chinese addresses do not separate words, so spaces in them are accidents
/// of copying (浙江省 台州市, 100号　A座) and would stop a name from matching.
/// A space survives only where letters or digits of a spaced script stand on
/// both sides ("Block A", "12 3"), since removing it there would join two
/// words or two numbers into one; a run of spaces there becomes one space.
/// Leading and trailing spaces always go.
struct SpaceRule {
    /// Whether the rule can change a text with `v` in it: only whitespace is
    /// ever rewritten or removed.
    static func concerns(_ v: UInt32) -> Bool { ScalarClass.isWhitespace(v) }

    func apply(_ s: inout [MappedScalar]) -> Bool {
        guard s.contains(where: { ScalarClass.isWhitespace($0.value) }) else { return false }
        var rewriter = Rewriter(s)
        var changed = false
        var i = 0
        let n = s.count
        while i < n {
            guard ScalarClass.isWhitespace(s[i].value) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, ScalarClass.isWhitespace(s[j].value) { j += 1 }
            let keep =
                i > 0 && j < n && ScalarClass.isSpacedWordCharacter(s[i - 1].value)
                && ScalarClass.isSpacedWordCharacter(s[j].value)
            if keep {
                if j - i > 1 || s[i].value != 0x20 {
                    rewriter.replace(i..<j, with: [0x20])
                    changed = true
                }
            } else {
                rewriter.delete(i..<j)
                changed = true
            }
            i = j
        }
        if let rewritten = rewriter.finish() { s = rewritten }
        return changed
    }
}
