import DimingStore
import Foundation

/// How both boundary imports finish: every bad row on standard error with its
/// line number (boundary files are short, so all of them are shown), then one
/// summary line, and exit status 1 when nothing was written.
enum BoundaryImportOutput {
    static func finish(_ summary: BoundaryImportSummary, what: String, json: Bool, countedBy: String? = nil) throws {
        for row in summary.rejected {
            FileHandle.standardError.write(Data("line \(row.line): \(row.reason)\n".utf8))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        }
        guard summary.committed else {
            let n = summary.rejected.count
            throw CLIError("\(n) bad row\(n == 1 ? "" : "s") of \(summary.rows): nothing was imported; the registry is unchanged. Fix the rows above and import the file again.")
        }
        if json { return }
        var text = "Imported \(summary.rows) \(what) rows: " + (countedBy.map { "\($0): " } ?? "") + "\(summary.inserted) new"
        if summary.amended > 0 { text += ", \(summary.amended) amendments" }
        if summary.updated > 0 || what != "inspection" { text += ", \(summary.updated) updated" }
        text += ", \(summary.unchanged) unchanged."
        if !summary.linesCreated.isEmpty { text += " New lines: \(summary.linesCreated.joined(separator: ", "))." }
        if !summary.tripointsCreated.isEmpty { text += " New tripoints: \(summary.tripointsCreated.joined(separator: ", "))." }
        if !summary.roundsCreated.isEmpty { text += " New rounds: \(summary.roundsCreated.map(String.init).joined(separator: ", "))." }
        if !summary.adHocRoundsCreated.isEmpty {
            text += " New ad hoc inspections: \(summary.adHocRoundsCreated.map { "ad-hoc:" + $0 }.joined(separator: ", "))."
        }
        print(text)
    }
}
