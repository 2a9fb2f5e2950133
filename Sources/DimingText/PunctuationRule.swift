/// Writes dash, tilde and bracket variants as - ~ ( ) (and middle dots as ·),
/// by punctuation.tsv, and turns a run of two or more hyphens (spaces between
/// them allowed) into a space.
///
/// 118－1号, 118—1号 and 118–1号 are one doorplate; a run like ——, ---- or - -
/// in an address is a separator someone typed between parts, not a sign
/// inside a number, so it becomes a space that the space rule then handles.
struct PunctuationRule {
    let map: ScalarMap

    init(_ table: [Unicode.Scalar: Unicode.Scalar]) {
        var map = ScalarMap()
        for (from, to) in table { map[from.value] = to.value }
        self.map = map
    }

    /// Whether the rule can change a text with `v` in it: a variant in the
    /// table, or a hyphen (a run of them becomes a space).
    func concerns(_ v: UInt32) -> Bool { v == 0x2D || map[v] != nil }

    func apply(_ s: inout [MappedScalar]) -> Bool {
        var changed = false
        var hyphenRun = false
        var previousHyphen = false
        for i in s.indices {
            if let to = map[s[i].value] {
                s[i].value = to
                changed = true
            }
            let v = s[i].value
            if v == 0x2D {
                if previousHyphen { hyphenRun = true }
                previousHyphen = true
            } else if !ScalarClass.isWhitespace(v) {
                previousHyphen = false
            }
        }
        guard hyphenRun else { return changed }
        var rewriter = Rewriter(s)
        var i = 0
        let n = s.count
        while i < n {
            guard s[i].value == 0x2D else {
                i += 1
                continue
            }
            // A separator: hyphens, possibly with spaces between them (- -),
            // which the space rule would otherwise close up into --.
            var hyphens = 1
            var end = i + 1
            var j = i + 1
            while j < n, s[j].value == 0x2D || ScalarClass.isWhitespace(s[j].value) {
                if s[j].value == 0x2D {
                    hyphens += 1
                    end = j + 1
                }
                j += 1
            }
            if hyphens >= 2 { rewriter.replace(i..<end, with: [0x20]) }
            i = end
        }
        if let rewritten = rewriter.finish() { s = rewritten }
        return true
    }
}
