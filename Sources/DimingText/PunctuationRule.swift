/// Writes dash, tilde and bracket variants as - ~ ( ) (and middle dots as ·),
/// by punctuation.tsv, and turns a run of two or more hyphens (spaces between
/// them allowed) into a space, or into one hyphen between two digits.
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
            if hyphens >= 2 {
                // Between two digits with nothing else in the run (7--1557号) the
                // hyphens are one sign doubled by a slip: one hyphen, still
                // standing for the whole run, keeps the number readable.
                let inNumber = hyphens == end - i && i > 0 && end < n && ScalarClass.isASCIIDigit(s[i - 1].value) && ScalarClass.isASCIIDigit(s[end].value)
                rewriter.replace(i..<end, with: [inNumber ? 0x2D : 0x20])
            }
            i = end
        }
        if let rewritten = rewriter.finish() { s = rewritten }
        return true
    }
}
