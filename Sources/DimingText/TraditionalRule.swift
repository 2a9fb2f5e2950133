/// Replaces traditional and variant characters by simplified ones (號 → 号,
/// 巖 → 岩), by traditional.tsv, except inside the words of
/// traditional-exceptions.tsv, which are written exactly as listed (乾隆 keeps
/// 乾, 於潛鎮 becomes 於潜镇).
///
/// A text character matches a character of an exception word when it is that
/// character or converts to it, so the exception holds whether the rest of
/// the word came in traditional or simplified form. Where exceptions overlap
/// the one starting first wins, then the longest.
struct TraditionalRule {
    let map: ScalarMap
    private let exceptions: WordMatcher

    init(_ table: [Unicode.Scalar: Unicode.Scalar], exceptions: [String]) {
        var map = ScalarMap()
        for (from, to) in table { map[from.value] = to.value }
        self.map = map
        self.exceptions = WordMatcher(words: exceptions.map { $0.unicodeScalars.map(\.value) })
    }

    /// The exception words by first character, longest first.
    private struct WordMatcher {
        var firsts = ScalarSet()
        var byFirst: [UInt32: [[UInt32]]] = [:]

        init(words: [[UInt32]]) {
            for word in words where word.count >= 2 {
                firsts.insert(word[0])
                byFirst[word[0], default: []].append(word)
            }
            for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
        }
    }

    /// Whether the rule can change a text with `v` in it: a traditional form,
    /// or the first character of an exception word. A text without any such
    /// character goes through unchanged, so the normalizer skips the pass.
    func concerns(_ v: UInt32) -> Bool { map[v] != nil || exceptions.firsts.contains(v) }

    func apply(_ s: inout [MappedScalar]) -> Bool {
        var changed = false
        var i = 0
        let n = s.count
        while i < n {
            let v = s[i].value
            let simplified = map[v]
            if let word = exceptionWord(in: s, at: i, first: v, simplified: simplified) {
                for k in 0..<word.count where s[i + k].value != word[k] {
                    s[i + k].value = word[k]
                    changed = true
                }
                i += word.count
                continue
            }
            if let simplified {
                s[i].value = simplified
                changed = true
            }
            i += 1
        }
        return changed
    }

    @inline(__always)
    private func exceptionWord(in s: [MappedScalar], at i: Int, first: UInt32, simplified: UInt32?) -> [UInt32]? {
        guard exceptions.firsts.contains(first) || (simplified.map(exceptions.firsts.contains) ?? false) else { return nil }
        if let word = exceptionWord(in: s, at: i, key: first) { return word }
        if let simplified { return exceptionWord(in: s, at: i, key: simplified) }
        return nil
    }

    private func exceptionWord(in s: [MappedScalar], at i: Int, key: UInt32) -> [UInt32]? {
        guard exceptions.firsts.contains(key), let words = exceptions.byFirst[key] else { return nil }
        for word in words where i + word.count <= s.count {
            var k = 0
            while k < word.count {
                let t = s[i + k].value
                if t != word[k] && map[t] != word[k] { break }
                k += 1
            }
            if k == word.count { return word }
        }
        return nil
    }
}
