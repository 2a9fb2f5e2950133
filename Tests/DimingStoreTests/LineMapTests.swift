@testable import DimingStore
import Testing

@Suite("Line map")
struct LineMapTests {
    @Test func consecutiveRowsCollapseIntoOneRun() {
        var map = LineMap()
        for k in 0..<10_000 { map.append(id: Int64(k + 1), line: k + 2) }
        #expect(map.runCount == 1)
        #expect(map.lines(for: [1, 5_000, 10_000, 10_001]) == [1: 2, 5_000: 5_001, 10_000: 10_001])
    }

    @Test func breaksStartNewRunsAndLookupsStillWork() {
        var map = LineMap()
        map.append(id: 1, line: 2)
        map.append(id: 2, line: 3)
        map.append(id: 3, line: 5)  // a rejected line 4
        map.append(id: 90, line: 6)  // an explicit id
        map.append(id: 7, line: 7)  // ids out of order
        #expect(map.runCount == 4)
        #expect(map.lines(for: [1, 2, 3, 7, 90, 8]) == [1: 2, 2: 3, 3: 5, 7: 7, 90: 6])
    }
}
