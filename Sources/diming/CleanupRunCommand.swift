import ArgumentParser
import DimingCSV
import DimingMatch
import DimingStore
import Dispatch
import Foundation

/// `diming cleanup IN.csv --column address --out OUT.csv`: matches every row
/// and writes it back with the match, keeping the batch in the registry.
struct CleanupRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Match a CSV of legacy addresses (the default: diming cleanup IN.csv …).",
        discussion: """
            Writes every input column plus match_id, match_address, confidence, verdict (matched,
            review or unmatched) and reasons, then match_level (address, road, estate or none) and
            line. match_id is the registry id of what match_level names. The batch and its verdicts
            are kept in the registry for review (diming cleanup review …); registry addresses are
            never changed. Rows that cannot be read are reported with their line and kept as
            unmatched; they do not stop the batch.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file of legacy addresses (with a header row), or - for standard input.", valueName: "IN.csv"))
    var file: String

    @Option(help: ArgumentHelp("The column holding the address: its header name, or its number counted from 1.", valueName: "NAME"))
    var column: String = "address"

    @Option(help: ArgumentHelp("Where to write the result (default: IN.cleaned.csv).", valueName: "OUT.csv"))
    var out: String?

    @Option(help: "Text encoding of the file: utf-8 or gb18030 (also reads GBK and GB2312).")
    var encoding: String = "utf-8"

    @Option(help: ArgumentHelp("Confidence at or above which a line is matched.", valueName: "0-1"))
    var accept: Double = MatchThresholds().accept

    @Option(help: ArgumentHelp("Confidence at or above which a line goes to review (below: unmatched).", valueName: "0-1"))
    var review: Double = MatchThresholds().review

    @Option(help: "Matching threads (default: one per core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Write a UTF-8 byte-order mark first, so Excel opens the file as UTF-8.")
    var bom = false

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func validate() throws {
        guard (0...1).contains(accept), (0...1).contains(review), review <= accept else {
            throw ValidationError("--accept and --review are confidences between 0 and 1, with --review not above --accept")
        }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let registry = try Registry.open(path: try global.registryPath())
        let textEncoding = try TextEncoding(name: encoding)
        let progress = ProgressLine()
        progress.update("cleanup: reading the registry…", force: true)
        let loaded = try MatcherLoader.load(
            registry: registry, gazetteer: gazetteer, thresholds: MatchThresholds(accept: accept, review: review))
        let matcher = loaded.matcher

        let fileSource = file == "-" ? FileByteSource(standardInput: ()) : try FileByteSource(path: file)
        let source: any ByteSource = textEncoding == .gb18030 ? try TranscodingByteSource(inner: fileSource) : fileSource
        let reader = CSVReader(source: source)
        guard try reader.next() else { throw CLIError("\(file) is empty: expected a header row naming the columns") }
        if let problem = reader.problem { throw CLIError("line \(reader.line): the header row cannot be read: \(problem)") }
        let header = reader.lossyFields()
        guard let columnIndex = Self.column(column, in: header) else {
            throw CLIError("line \(reader.line): no column \"\(column)\" in the header (\(header.joined(separator: ", "))); name it with --column")
        }
        let outPath = out ?? (file == "-" ? "cleaned.csv" : Self.defaultOut(file))
        let writerBox = WriterBox(CSVWriter(sink: try FileByteSink(path: outPath)))
        if bom { try writerBox.writer.writeByteOrderMark() }
        try writerBox.writer.writeRow(header + Self.addedColumns)

        let batch = try registry.createCleanupBatch(
            sourceName: file, addressColumn: header[columnIndex], encoding: textEncoding.rawValue, header: header,
            settings: ["accept": String(accept), "review": String(review), "out": outPath], actor: global.actorName)

        let tallyBox = TallyBox()
        let writeQueue = DispatchQueue(label: "cleanup-writer")
        let writes = DispatchGroup()
        let writeError = ErrorBox()
        let started = ProcessInfo.processInfo.systemUptime
        var unreadableShown = 0
        var more = true
        while more {
            // A chunk of rows is read, matched on every core, then written in order.
            var rows: [(line: Int, fields: [String], input: String, problem: String?)] = []
            rows.reserveCapacity(Self.chunk)
            while rows.count < Self.chunk {
                guard try reader.next() else {
                    more = false
                    break
                }
                var problem: String?
                if let p = reader.problem {
                    problem = "the row cannot be read: \(p)"
                } else if !reader.withFields({ bytes, _ in UTF8Validation.isValid(bytes) }) {
                    problem = textEncoding == .utf8
                        ? "the row is not valid UTF-8 (is the file GBK? try --encoding gb18030)"
                        : "the row holds bytes that are not GB18030 text"
                } else if reader.fieldCount <= columnIndex {
                    problem = "the row has \(reader.fieldCount) fields, so no \(header[columnIndex]) column"
                }
                let fields = reader.lossyFields()
                let input = columnIndex < fields.count ? fields[columnIndex] : ""
                rows.append((reader.line, fields, input, problem))
            }
            if rows.isEmpty { break }
            var results = [MatchResult?](repeating: nil, count: rows.count)
            let workers = min(threads, rows.count)
            let chunk = rows
            results.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var i = worker
                    while i < chunk.count {
                        if chunk[i].problem == nil { out[i] = matcher.match(chunk[i].input) }
                        i += workers
                    }
                }
            }
            // Writing and storing this chunk overlaps with matching the next one.
            writes.wait()
            if let error = writeError.value { throw error }
            let batchID = batch.id
            let headerCount = header.count
            let sharedWriter = writerBox
            let sharedTally = tallyBox
            let shownBefore = unreadableShown
            let matched = results
            nonisolated(unsafe) let progressLine = progress
            unreadableShown += matched.filter { $0 == nil }.count
            writes.enter()
            writeQueue.async {
                defer { writes.leave() }
                do {
                    var lines: [CleanupLine] = []
                    lines.reserveCapacity(chunk.count)
                    var shown = shownBefore
                    for (row, result) in zip(chunk, matched) {
                        let line: CleanupLine
                        if let result {
                            line = CleanupLine(batchID: batchID, lineNumber: row.line, row: row.fields, input: row.input, result: result)
                        } else {
                            line = CleanupLine(
                                batchID: batchID, lineNumber: row.line, row: row.fields, input: row.input, level: "none", matchID: nil,
                                addressID: nil, roadID: nil, placeID: nil, matchAddress: "", confidence: 0, verdict: .unmatched,
                                reasons: ["unreadable_row"])
                            if shown < 5 {
                                progressLine.clear()
                                FileHandle.standardError.write(Data("line \(row.line): \(row.problem ?? "")\n".utf8))
                            }
                            shown += 1
                        }
                        var fields = row.fields
                        if fields.count < headerCount { fields += Array(repeating: "", count: headerCount - fields.count) }
                        try sharedWriter.writer.writeRow(fields + Self.addedFields(line))
                        sharedTally.tally.add(line)
                        lines.append(line)
                    }
                    try registry.appendCleanupLines(lines)
                    let done = sharedTally.tally.lines
                    let rate = Double(done) / max(0.001, ProcessInfo.processInfo.systemUptime - started)
                    progressLine.update("cleanup: \(grouped(done)) lines, \(grouped(Int(rate))) lines/s")
                } catch {
                    writeError.value = error
                }
            }
        }
        writes.wait()
        if let error = writeError.value { throw error }
        var writer = writerBox.writer
        let tally = tallyBox.tally
        try writer.flush()
        let elapsed = ProcessInfo.processInfo.systemUptime - started
        try registry.finishCleanupBatch(batch.id, counts: tally.counts, actor: global.actorName)
        progress.clear()
        if unreadableShown > 5 {
            FileHandle.standardError.write(Data("… and \(unreadableShown - 5) more unreadable rows (reason unreadable_row in the output)\n".utf8))
        }
        let summary = CleanupSummary(
            batch: batch.id, out: outPath, lines: tally.lines, matched: tally.verdicts[.matched, default: 0],
            review: tally.verdicts[.review, default: 0], unmatched: tally.verdicts[.unmatched, default: 0],
            topReasons: tally.topReasons(8), indexSeconds: loaded.seconds, matchSeconds: elapsed,
            registryAddresses: matcher.index.addressCount)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(summary.text)
        }
    }

    static let chunk = 8_192
    static let addedColumns = ["match_id", "match_address", "confidence", "verdict", "reasons", "match_level", "line"]

    static func addedFields(_ line: CleanupLine) -> [String] {
        [
            line.matchID.map(String.init) ?? "", line.matchAddress, Self.confidence(line.confidence),
            line.finalVerdict.rawValue, line.reasons.joined(separator: ";"), line.level, String(line.lineNumber),
        ]
    }

    static func confidence(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        return "\(whole).\(fraction < 10 ? "00" : fraction < 100 ? "0" : "")\(fraction)"
    }

    static func column(_ name: String, in header: [String]) -> Int? {
        let trimmed = header.map { $0.trimmingCharacters(in: .whitespaces) }
        if let i = trimmed.firstIndex(of: name) { return i }
        if let n = Int(name), n >= 1, n <= header.count { return n - 1 }
        return nil
    }

    static func defaultOut(_ file: String) -> String {
        file.hasSuffix(".csv") ? String(file.dropLast(4)) + ".cleaned.csv" : file + ".cleaned.csv"
    }
}

/// The output writer and the counts, handed to the writing thread; only one
/// thread touches them at a time (the writer queue, then the main thread
/// after waiting for it).
final class WriterBox: @unchecked Sendable {
    var writer: CSVWriter<FileByteSink>
    init(_ writer: CSVWriter<FileByteSink>) { self.writer = writer }
}

final class TallyBox: @unchecked Sendable {
    var tally = CleanupTally()
}

final class ErrorBox: @unchecked Sendable {
    var value: (any Error)?
}

/// Counts per verdict and reason over a run.
struct CleanupTally {
    var lines = 0
    var verdicts: [MatchVerdict: Int] = [:]
    var reasons: [String: Int] = [:]

    mutating func add(_ line: CleanupLine) {
        lines += 1
        verdicts[line.finalVerdict, default: 0] += 1
        for reason in line.reasons { reasons[reason, default: 0] += 1 }
    }

    func topReasons(_ n: Int) -> [CleanupSummary.ReasonCount] {
        reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(n).map {
            CleanupSummary.ReasonCount(reason: $0.key, lines: $0.value)
        }
    }

    var counts: [String: Int] {
        var out = ["lines": lines]
        for (verdict, n) in verdicts { out[verdict.rawValue] = n }
        return out
    }
}

/// What a run prints at the end.
struct CleanupSummary: Codable {
    struct ReasonCount: Codable {
        var reason: String
        var lines: Int
    }
    var batch: Int64
    var out: String
    var lines: Int
    var matched: Int
    var review: Int
    var unmatched: Int
    var topReasons: [ReasonCount]
    var indexSeconds: Double
    var matchSeconds: Double
    var registryAddresses: Int

    var text: String {
        func share(_ n: Int) -> String { lines == 0 ? "" : " (\(Int((Double(n) * 100 / Double(lines)).rounded()))%)" }
        var out = """
            batch \(batch): \(grouped(lines)) lines written to \(self.out)
              matched    \(grouped(matched))\(share(matched))
              review     \(grouped(review))\(share(review))
              unmatched  \(grouped(unmatched))\(share(unmatched))
            """
        if !topReasons.isEmpty {
            out += "\nmost common reasons:"
            for r in topReasons { out += "\n  \(r.reason): \(grouped(r.lines))" }
        }
        let rate = matchSeconds > 0 ? Int(Double(lines) / matchSeconds) : 0
        out += "\nregistry index of \(grouped(registryAddresses)) addresses built in \(seconds(indexSeconds)); matched in \(seconds(matchSeconds)) (\(grouped(rate)) lines/s)"
        out += "\nreview queue: diming cleanup review list --batch \(batch)"
        return out
    }
}
