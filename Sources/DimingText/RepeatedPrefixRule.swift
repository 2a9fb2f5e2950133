/// Keeps once a run of divisions written twice or more at the start of an
/// address: 浙江省台州市黄岩区浙江省台州市黄岩区东城街道 → 浙江省台州市黄岩区东城街道.
///
/// Systems that concatenate a division column with an address that already
/// names the divisions produce this. A repeated run is recognised only where
/// it starts at the beginning of the text or right after a division generic
/// (省, 市, 区, 街道 … from generics.tsv), ends with a division generic, is at
/// least two Han characters long, and is immediately followed by an exact
/// copy of itself (浙江省台州市 台州市 also counts: the repeat starts after 省).
/// Only the first 48 characters are searched for a start, a run is at most
/// 40 characters, and at most 64 runs are removed per line, which keeps the
/// rule's work linear in the line however it is built. Runs after spaces are
/// gone, so the copies may have been spaced differently.
struct RepeatedPrefixRule {
    private let divisions: WordIndex<Void>
    static let searchWindow = 48
    static let longestRun = 40
    static let maximumRemovals = 64

    init(generics: [GenericWord]) {
        divisions = WordIndex(
            generics.filter { $0.kind == .division }.map { (word: $0.word.unicodeScalars.map(\.value), value: ()) })
    }

    func apply(_ s: inout [MappedScalar], _ report: inout NormalizationReport) -> Bool {
        guard mayRepeat(s) else { return false }
        var removals = 0
        search: while removals < Self.maximumRemovals {
            let limit = min(s.count, Self.searchWindow + Self.longestRun)
            var ends: [Int] = []
            var e = 1
            while e <= limit {
                if divisions.endsWord(s[e - 1].value), divisions.match(in: s, endingAt: e) != nil { ends.append(e) }
                e += 1
            }
            guard ends.count >= 2 else { break }
            for p in [0] + ends where p <= Self.searchWindow {
                for end in ends.reversed() where end > p {
                    let k = end - p
                    guard k >= 2, k <= Self.longestRun, end + k <= s.count else { continue }
                    guard s.sameValues(p, end, count: k), (p..<end).allSatisfy({ ScalarClass.isHan(s[$0].value) }) else {
                        continue
                    }
                    var q = end + k
                    while q + k <= s.count && s.sameValues(p, q, count: k) { q += k }
                    var removed = ""
                    for item in s[p..<end] { removed.unicodeScalars.append(Unicode.Scalar(item.value)!) }
                    report.warnings.append(.repeatedPrefix(removed: removed))
                    s.removeSubrange(end..<q)
                    removals += 1
                    continue search
                }
            }
            break
        }
        return removals > 0
    }

    /// A cheap necessary condition, without allocating: a repeated run starts
    /// with the same character as the run it repeats, so two of the
    /// characters that could start a run (the first one, and each one after
    /// a division generic) must be equal. Two 64-bit masks of those
    /// characters' bits detect a possible pair; most addresses have none.
    private func mayRepeat(_ s: [MappedScalar]) -> Bool {
        let limit = min(s.count - 1, Self.searchWindow + Self.longestRun)
        guard limit > 2 else { return false }
        var low: UInt64 = 1 << UInt64(s[0].value & 63)
        var high: UInt64 = 1 << UInt64((s[0].value >> 6) & 63)
        var e = 1
        while e <= limit {
            if divisions.endsWord(s[e - 1].value) {
                let v = s[e].value
                let l: UInt64 = 1 << UInt64(v & 63)
                let h: UInt64 = 1 << UInt64((v >> 6) & 63)
                if low & l != 0 && high & h != 0 { return true }
                low |= l
                high |= h
            }
            e += 1
        }
        return false
    }
}
