/// One scalar of the text being normalized, with the span of the original
/// input it stands for.
///
/// Every rule reads and writes these instead of strings, so the offsets a
/// parser reports later always point into the line the clerk typed, however
/// many characters were folded, dropped or inserted on the way.
struct MappedScalar: Sendable, Equatable {
    var value: UInt32
    /// Input scalar offsets: `start..<end`. Empty for a scalar a rule inserted
    /// (the 室 added to 12-3-1001), placed where it was inserted.
    var start: Int
    var end: Int

    init(_ value: UInt32, _ start: Int, _ end: Int) {
        self.value = value
        self.start = start
        self.end = end
    }
}

extension Array where Element == MappedScalar {
    /// Compares `count` scalars at two positions; callers keep both in bounds.
    func sameValues(_ a: Int, _ b: Int, count: Int) -> Bool {
        var k = 0
        while k < count {
            if self[a + k].value != self[b + k].value { return false }
            k += 1
        }
        return true
    }

    /// The ASCII digits starting at `i`, as a value, and where they end.
    /// Nil when there is no digit there or the run is too long to be a house
    /// number (more than nine digits), so no rule ever overflows.
    func digitRun(at i: Int) -> (value: Int, end: Int)? {
        var j = i
        var value = 0
        while j < count, self[j].value >= 0x30, self[j].value <= 0x39 {
            if j - i == 9 { return nil }
            value = value * 10 + Int(self[j].value - 0x30)
            j += 1
        }
        if j < count, self[j].value >= 0x30, self[j].value <= 0x39 { return nil }
        return j > i ? (value, j) : nil
    }

    func isDigit(at i: Int) -> Bool {
        i >= 0 && i < count && self[i].value >= 0x30 && self[i].value <= 0x39
    }

    /// Whether any scalar is `v`: the cheap test that lets a rule skip a line
    /// that cannot contain what it looks for.
    func containsValue(_ v: UInt32) -> Bool {
        for item in self where item.value == v { return true }
        return false
    }

    func value(at i: Int) -> UInt32? {
        i >= 0 && i < count ? self[i].value : nil
    }
}
