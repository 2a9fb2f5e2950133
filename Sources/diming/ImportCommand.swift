import ArgumentParser
import DimingCSV
import DimingStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load addresses from a canonical address CSV.",
        discussion: """
            Columns: \(["id", "division_code", "town", "community", "road", "number", "estate", "building", "unit", "room", "lat", "lon", "status"].joined(separator: ","))
            An empty id means "assign one". Rows already in the registry are recognised, so
            importing the same file twice adds nothing. Bad rows are written, with their line
            number and the reason, to a rejects file; unless --skip-bad is given, one bad row
            means nothing is imported.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file, or - for standard input.", valueName: "FILE.csv"))
    var file: String

    @Option(help: "Text encoding of the file: utf-8 or gb18030 (also reads GBK and GB2312).")
    var encoding: String = "utf-8"

    @Flag(help: "Load the good rows even if some rows are bad.")
    var skipBad = false

    @Option(help: ArgumentHelp("Where to write rejected rows (default: FILE.rejects.csv).", valueName: "PATH"))
    var rejects: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let textEncoding = try TextEncoding(name: encoding)
        let fileSource = file == "-" ? FileByteSource(standardInput: ()) : try FileByteSource(path: file)
        let rejectsPath = rejects ?? (file == "-" ? "rejects.csv" : file + ".rejects.csv")
        var rejectsWriter: CSVWriter<FileByteSink>?
        var rejected = 0
        let progress = ProgressLine()

        func reject(_ row: RejectedRow) throws {
            if rejectsWriter == nil {
                var writer = CSVWriter(sink: try FileByteSink(path: rejectsPath))
                try writer.writeByteOrderMark()
                try writer.writeRow(["line", "reason", "row"])
                rejectsWriter = writer
            }
            rejected += 1
            try rejectsWriter!.writeRow([String(row.line), row.reason, String(decoding: row.raw, as: UTF8.self)])
            if rejected <= 5 {
                progress.clear()
                FileHandle.standardError.write(Data("line \(row.line): \(row.reason)\n".utf8))
            }
        }
        func report(_ state: ImportProgress) {
            let rows = state.rows
            if state.phase == .indexing {
                progress.update("importing: \(grouped(rows)) rows read; building indexes, \(seconds(progress.elapsed))", force: true)
                return
            }
            let done = fileSource.bytesRead
            if let size = fileSource.size, size > 0 {
                let percent = Int(Double(done) * 100 / Double(size))
                progress.update("importing: \(grouped(rows)) rows, \(percent)% of \(size / 1_048_576) MB, \(seconds(progress.elapsed))")
            } else {
                progress.update("importing: \(grouped(rows)) rows, \(seconds(progress.elapsed))")
            }
        }

        let options = ImportOptions(skipBad: skipBad, actor: global.actorName, sourceName: file)
        let summary: ImportSummary
        switch textEncoding {
        case .utf8:
            let reader = CSVReader(source: fileSource)
            summary = try registry.importAddresses(from: reader, options: options, reject: reject, progress: report)
        case .gb18030:
            let reader = CSVReader(source: try TranscodingByteSource(inner: fileSource))
            summary = try registry.importAddresses(from: reader, options: options, reject: reject, progress: report)
        }
        try rejectsWriter?.flush()
        progress.clear()
        // The summary's count, not the one `reject` keeps: the compiler does
        // not see the nested function's writes and warned that a test of
        // that one never holds (it did hold; the warning was noise).
        if summary.rejected > 5 {
            FileHandle.standardError.write(Data("… and \(summary.rejected - 5) more\n".utf8))
        }

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(Self.describe(summary, seconds: progress.elapsed))
        }
        if summary.rejected > 0 {
            FileHandle.standardError.write(Data("rejected rows, with line numbers and reasons: \(rejectsPath)\n".utf8))
        }
        if !summary.committed {
            throw CLIError("\(summary.rejected) bad row\(summary.rejected == 1 ? "" : "s"): nothing was imported. Fix them and import again, or use --skip-bad to load the good rows.")
        }
    }

    static func describe(_ s: ImportSummary, seconds elapsed: Double) -> String {
        var lines: [String] = []
        if s.committed {
            lines.append("Imported \(counted(s.rows, "row", "rows")) in \(seconds(elapsed)): \(grouped(s.inserted)) new, \(grouped(s.updated)) updated, \(grouped(s.unchanged)) unchanged, \(grouped(s.rejected)) rejected.")
            var created: [String] = []
            if s.roadsCreated > 0 { created.append(counted(s.roadsCreated, "road", "roads")) }
            if s.estatesCreated > 0 { created.append(counted(s.estatesCreated, "estate", "estates")) }
            if s.townsCreated > 0 { created.append(counted(s.townsCreated, "town", "towns")) }
            if s.communitiesCreated > 0 { created.append(counted(s.communitiesCreated, "community", "communities")) }
            if !created.isEmpty { lines.append("Created " + created.joined(separator: ", ") + ".") }
        } else {
            lines.append("Read \(grouped(s.rows)) rows in \(seconds(elapsed)); \(grouped(s.rejected)) rejected; the registry is unchanged.")
        }
        return lines.joined(separator: "\n")
    }
}
