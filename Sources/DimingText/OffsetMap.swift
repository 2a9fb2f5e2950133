/// Where each scalar of a normalized text came from in the original line.
///
/// A parser works on the normalized text but must report positions in what
/// the clerk typed. Each output scalar maps to a span of input scalars:
/// a folded character to its one original, a converted numeral's digits to
/// the whole numeral (118 ← 一百一十八), an inserted character (the 室 added
/// after 1001) to an empty span where it was inserted. Starts and ends never
/// decrease along the output, so a token's span is the first start to the
/// last end.
public struct OffsetMap: Sendable, Equatable {
    /// The input's length in Unicode scalars.
    public let inputLength: Int
    public let starts: [Int]
    public let ends: [Int]

    init(inputLength: Int, starts: [Int], ends: [Int]) {
        self.inputLength = inputLength
        self.starts = starts
        self.ends = ends
    }

    /// The input span of output scalar `i`.
    public func sourceRange(ofScalar i: Int) -> Range<Int> {
        starts[i]..<ends[i]
    }

    /// The input span of output scalars `range`. An empty range maps to the
    /// empty input span where it sits.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at = range.lowerBound < starts.count ? starts[range.lowerBound] : inputLength
            return at..<at
        }
        return starts[range.lowerBound]..<ends[range.upperBound - 1]
    }
}
