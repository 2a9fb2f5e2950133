/// Finds the longest listed word starting or ending at a position of a text,
/// keyed by the word's first (or last) code point so a miss costs one bit test.
struct WordIndex<Value: Sendable>: Sendable {
    private var firsts = ScalarSet()
    private var lasts = ScalarSet()
    /// Words by first scalar and by last scalar, longest first.
    private var byFirst: [UInt32: [(word: [UInt32], value: Value)]] = [:]
    private var byLast: [UInt32: [(word: [UInt32], value: Value)]] = [:]

    init(_ entries: [(word: [UInt32], value: Value)]) {
        for entry in entries where !entry.word.isEmpty {
            firsts.insert(entry.word[0])
            lasts.insert(entry.word[entry.word.count - 1])
            byFirst[entry.word[0], default: []].append(entry)
            byLast[entry.word[entry.word.count - 1], default: []].append(entry)
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.word.count > $1.word.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.word.count > $1.word.count } }
    }

    /// The longest word that starts at `i`.
    func match(in s: [MappedScalar], at i: Int) -> (length: Int, value: Value)? {
        guard i < s.count, firsts.contains(s[i].value), let candidates = byFirst[s[i].value] else { return nil }
        for (word, value) in candidates where i + word.count <= s.count {
            var k = 1
            while k < word.count, s[i + k].value == word[k] { k += 1 }
            if k == word.count { return (word.count, value) }
        }
        return nil
    }

    /// The longest word that ends just before `end`.
    func match(in s: [MappedScalar], endingAt end: Int) -> (length: Int, value: Value)? {
        guard end > 0, end <= s.count, lasts.contains(s[end - 1].value), let candidates = byLast[s[end - 1].value] else {
            return nil
        }
        for (word, value) in candidates where word.count <= end {
            let start = end - word.count
            var k = 0
            while k < word.count - 1, s[start + k].value == word[k] { k += 1 }
            if k == word.count - 1 { return (word.count, value) }
        }
        return nil
    }

    func startsWord(_ v: UInt32) -> Bool { firsts.contains(v) }

    func endsWord(_ v: UInt32) -> Bool { lasts.contains(v) }
}
