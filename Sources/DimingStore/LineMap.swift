/// Which source line each inserted address came from, kept as runs.
///
/// A fresh load finds duplicate rows only after the fact, by id, and must name
/// their lines. Keeping a line per row would grow with the file (12 bytes a
/// row: 240 MB for a province); but rows are inserted in file order and ids
/// mostly follow each other, so consecutive (id, line) pairs collapse into one
/// run. Memory then grows with the breaks in the file (rejected or blank lines,
/// gaps between ids), not with its size.
struct LineMap {
    private struct Run {
        var firstID: Int64
        var firstLine: Int
        var count: Int
    }

    private var runs: [Run] = []
    private var sorted = true

    mutating func append(id: Int64, line: Int) {
        if var last = runs.last, last.firstID + Int64(last.count) == id, last.firstLine + last.count == line {
            last.count += 1
            runs[runs.count - 1] = last
            return
        }
        if let last = runs.last, id < last.firstID { sorted = false }
        runs.append(Run(firstID: id, firstLine: line, count: 1))
    }

    /// Number of runs held (for tests: it stays small for clean files).
    var runCount: Int { runs.count }

    /// Lines for the given ids (ids not recorded are left out).
    func lines(for ids: Set<Int64>) -> [Int64: Int] {
        var result: [Int64: Int] = [:]
        let ordered = sorted ? runs : runs.sorted { $0.firstID < $1.firstID }
        for id in ids {
            // The last run starting at or before id.
            var low = 0
            var high = ordered.count
            while low < high {
                let mid = (low + high) / 2
                if ordered[mid].firstID <= id { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { continue }
            let run = ordered[low - 1]
            if id < run.firstID + Int64(run.count) { result[id] = run.firstLine + Int(id - run.firstID) }
        }
        return result
    }
}
