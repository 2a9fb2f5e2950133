/// Finds every listed word inside a name, keyed by the word's first
/// character so a name's characters cost one dictionary probe each: the audit
/// runs every list over every name of a registry.
struct WordMatcher: Sendable {
    struct Hit: Sendable {
        var list: Int
        var index: Int
    }

    private var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], hit: Hit)]] = [:]

    init(_ entries: [(String, Hit)]) {
        for (word, hit) in entries {
            let w = Array(word.unicodeScalars)
            guard let first = w.first else { continue }
            byFirst[first, default: []].append((w, hit))
        }
    }

    func matches(in s: [Unicode.Scalar], _ body: (Range<Int>, Hit) -> Void) {
        for i in 0..<s.count {
            guard let candidates = byFirst[s[i]] else { continue }
            for (word, hit) in candidates where i + word.count <= s.count {
                var k = 1
                while k < word.count, s[i + k] == word[k] { k += 1 }
                if k == word.count { body(i..<i + word.count, hit) }
            }
        }
    }
}
