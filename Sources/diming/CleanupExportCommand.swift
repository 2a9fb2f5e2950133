import ArgumentParser
import DimingCSV
import DimingStore
import Foundation

/// `diming cleanup export --batch N --out OUT.csv`: the batch as it stands
/// after review, in the same columns as the run's output.
struct CleanupExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a batch again, with the reviewers' decisions applied.",
        discussion: """
            Accepted and corrected lines come out as matched (a corrected line with the address the
            reviewer chose, confidence 1 and the reason corrected_by_reviewer); rejected lines as unmatched.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The cleanup batch.")
    var batch: Int64

    @Option(help: ArgumentHelp("Where to write the CSV, or - for standard output.", valueName: "OUT.csv"))
    var out: String = "-"

    @Flag(help: "Write a UTF-8 byte-order mark first, so Excel opens the file as UTF-8.")
    var bom = false

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let info = try registry.cleanupBatch(batch)
        let lines = try registry.cleanupLines(batch: batch)
        let sink = out == "-" ? FileByteSink(standardOutput: ()) : try FileByteSink(path: out)
        var writer = CSVWriter(sink: sink)
        if bom { try writer.writeByteOrderMark() }
        try writer.writeRow(info.header + CleanupRunCommand.addedColumns)
        for var line in lines {
            if line.reviewStatus == .corrected {
                line.confidence = 1
                line.matchID = line.correctedAddressID
                line.level = "address"
                line.reasons.append("corrected_by_reviewer")
            } else if line.reviewStatus == .accepted {
                line.reasons.append("accepted_by_reviewer")
            } else if line.reviewStatus == .rejected {
                line.reasons.append("rejected_by_reviewer")
            }
            var fields = line.row
            if fields.count < info.header.count { fields += Array(repeating: "", count: info.header.count - fields.count) }
            try writer.writeRow(fields + CleanupRunCommand.addedFields(line))
        }
        try writer.flush()
        if out != "-" {
            FileHandle.standardError.write(Data("batch \(batch): \(grouped(lines.count)) lines written to \(out)\n".utf8))
        }
    }
}

struct CleanupBatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batches", abstract: "List cleanup batches with their counts and open review lines.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let batches = try registry.cleanupBatches()
        if batches.isEmpty {
            print("no cleanup batches yet; start one with: diming cleanup IN.csv --column address --out OUT.csv")
            return
        }
        for b in batches {
            print("batch \(b.id)  \(b.createdAt)  \(b.actor)  \(b.sourceName)  lines \(grouped(b.lines)): matched \(grouped(b.matched)), review \(grouped(b.review)) (\(grouped(b.pendingReview)) pending), unmatched \(grouped(b.unmatched))")
        }
    }
}
