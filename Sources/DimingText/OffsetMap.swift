/// Where each scalar of a normalized text came from in the original line.
///
/// A parser works on the normalized text but must report positions in what
/// the clerk typed. Each output scalar maps to a span of input scalars:
/// a folded character to its one original, a converted numeral's digits to
/// the whole numeral (118 ← 一百一十八), an inserted character (the 室 added
/// after 1001) to an empty span where it was inserted. Starts and ends never
/// decrease along the output, so a token's span is the first start to the
/// last end.
///
/// The spans are the normalizer's own working array, kept as it is: copying
/// them into two arrays of starts and ends cost two allocations per line.
public struct OffsetMap: Sendable, Equatable {
    /// The input's length in Unicode scalars.
    public let inputLength: Int
    private let spans: [MappedScalar]

    init(inputLength: Int, spans: [MappedScalar]) {
        self.inputLength = inputLength
        self.spans = spans
    }

    /// The input start of every output scalar (a new array at each call:
    /// read it once, or use `sourceRange(ofScalar:)`).
    public var starts: [Int] { spans.map { $0.start } }
    /// The input end of every output scalar (a new array at each call).
    public var ends: [Int] { spans.map { $0.end } }

    /// The input span of output scalar `i`.
    public func sourceRange(ofScalar i: Int) -> Range<Int> {
        spans[i].start..<spans[i].end
    }

    /// The input span of output scalars `range`. An empty range maps to the
    /// empty input span where it sits.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at = range.lowerBound < spans.count ? spans[range.lowerBound].start : inputLength
            return at..<at
        }
        return spans[range.lowerBound].start..<spans[range.upperBound - 1].end
    }

    public static func == (a: OffsetMap, b: OffsetMap) -> Bool {
        a.inputLength == b.inputLength && a.spans.count == b.spans.count
            && zip(a.spans, b.spans).allSatisfy { $0.start == $1.start && $0.end == $1.end }
    }
}
