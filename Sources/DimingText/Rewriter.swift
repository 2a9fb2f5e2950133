/// Builds the rewritten copy of a text for the rules that change its length,
/// and only once the first change is made: most addresses need none of them,
/// and those then cost no allocation.
///
/// Changes are given in increasing, non-overlapping source positions. Every
/// scalar written in place of a span maps to that whole span; an inserted
/// scalar maps to the empty span where it was inserted. The offset map stays
/// monotonic because nothing is ever emitted out of order.
struct Rewriter {
    private let source: [MappedScalar]
    private var out: [MappedScalar] = []
    private var copied = 0
    private var changed = false

    init(_ source: [MappedScalar]) {
        self.source = source
    }

    private mutating func copy(upTo i: Int) {
        if !changed {
            changed = true
            out.reserveCapacity(source.count + 8)
        }
        if i > copied {
            out.append(contentsOf: source[copied..<i])
            copied = i
        }
    }

    /// Replaces `range` (not empty) by `values`, each mapped to the whole span.
    mutating func replace(_ range: Range<Int>, with values: some Sequence<UInt32>) {
        copy(upTo: range.lowerBound)
        let start = source[range.lowerBound].start
        let end = source[range.upperBound - 1].end
        for v in values { out.append(MappedScalar(v, start, end)) }
        copied = range.upperBound
    }

    mutating func delete(_ range: Range<Int>) {
        copy(upTo: range.lowerBound)
        copied = range.upperBound
    }

    /// Inserts scalars before source position `i`, with an empty span.
    mutating func insert(_ values: some Sequence<UInt32>, at i: Int) {
        copy(upTo: i)
        let at = i > 0 ? source[i - 1].end : (source.first?.start ?? 0)
        for v in values { out.append(MappedScalar(v, at, at)) }
    }

    /// The output position that source position `i` (at or after the last
    /// change) will take, for rules that record where they found something.
    func outputPosition(of i: Int) -> Int {
        (changed ? out.count : copied) + (i - copied)
    }

    /// The rewritten text, or nil when no change was made.
    mutating func finish() -> [MappedScalar]? {
        guard changed else { return nil }
        copy(upTo: source.count)
        return out
    }
}
