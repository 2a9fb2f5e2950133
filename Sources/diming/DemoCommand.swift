import ArgumentParser
import DimingCSV
import DimingStore
import Foundation

/// The end-to-end tour on bundled data, with no set-up: build a registry from
/// the gazetteer, import the bundled sample, export it, import the export into
/// a second registry and check that both exports are identical, then clean up
/// the bundled sheet of legacy addresses against it (the office's main job).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo registry from the bundled sample, import, export, clean up bundled legacy addresses, and print a summary.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Keep the demo files in this folder (default: a temporary folder, removed afterwards).", valueName: "DIR"))
    var keep: String?

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func run() throws {
        let gazetteerURL = try GazetteerLocator.locate(explicit: gazetteer)
        let sample = gazetteerURL.appendingPathComponent("samples/demo-registry.csv").path
        guard FileManager.default.fileExists(atPath: sample) else {
            throw CLIError("the bundled sample \(sample) is missing")
        }
        let legacy = gazetteerURL.appendingPathComponent("samples/legacy-addresses.csv").path
        let namesFile = gazetteerURL.appendingPathComponent("samples/demo-road-names.csv").path
        for file in [legacy, namesFile] where !FileManager.default.fileExists(atPath: file) {
            throw CLIError("the bundled sample \(file) is missing")
        }
        let folder: String
        if let keep {
            try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            folder = keep
        } else {
            folder = NSTemporaryDirectory() + "diming-demo-\(getpid())"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
        for name in ["demo.sqlite", "copy.sqlite"] {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder + "/" + name + suffix) }
        }

        let gazetteerData = try GazetteerLocator.load(from: gazetteerURL)
        let clock = ProgressLine()
        let actor = global.actorName

        print("1. Create a registry with China's divisions")
        let registry = try Registry.create(path: folder + "/demo.sqlite", gazetteer: gazetteerData, actor: actor)
        let initial = try registry.summary()
        print("   \(grouped(initial.divisions)) divisions, \(grouped(initial.towns)) towns")

        print("2. Import the bundled sample (\(sample))")
        let started = clock.elapsed
        let imported = try registry.importAddresses(
            from: CSVReader(source: try FileByteSource(path: sample)),
            options: ImportOptions(actor: actor, sourceName: sample), reject: { row in
                print("   line \(row.line): \(row.reason)")
            })
        print("   " + ImportCommand.describe(imported, seconds: clock.elapsed - started).replacingOccurrences(of: "\n", with: "\n   "))

        print("3. Import it again: nothing is added twice")
        let again = try registry.importAddresses(
            from: CSVReader(source: try FileByteSource(path: sample)),
            options: ImportOptions(actor: actor, sourceName: sample), reject: { _ in })
        print("   \(grouped(again.inserted)) new, \(grouped(again.unchanged)) unchanged")

        print("4. Export, import the export into a new registry, export again")
        let first = folder + "/export.csv"
        let second = folder + "/export-copy.csv"
        try export(registry, to: first)
        let copy = try Registry.create(path: folder + "/copy.sqlite", gazetteer: gazetteerData, actor: actor)
        _ = try copy.importAddresses(
            from: CSVReader(source: try FileByteSource(path: first)),
            options: ImportOptions(actor: actor, sourceName: first), reject: { _ in })
        try export(copy, to: second)
        let same = FileManager.default.contentsEqual(atPath: first, andPath: second)
        print("   the two exports are \(same ? "identical" : "DIFFERENT")")

        print("5. Search names: 长江 (two characters: base-table scan) and 长江南路 (full-text trigram index)")
        for query in ["长江", "长江南路"] {
            let matches = try registry.searchNames(query, limit: 1000)
            let names = matches.map(\.name).joined(separator: ", ")
            print("   \(query): \(matches.count) found (\(names))")
        }

        print("6. Record the former names of some roads (\(namesFile))")
        let (added, problems) = try registry.addRoadNames(try RoadsCommand.ImportNames.readRows(file: namesFile, encoding: "utf-8"), actor: actor)
        if let problem = problems.first { throw CLIError("\(namesFile) line \(problem.line): \(problem.reason)") }
        print("   \(counted(added, "former name", "former names")) recorded; legacy text that uses them reaches the current road")

        print("7. Clean up \(legacy): legacy addresses matched to the registry")
        let cleaned = folder + "/legacy-cleaned.csv"
        var cleanup = try CleanupRunCommand.parseAsRoot([
            "--db", folder + "/demo.sqlite", "--actor", actor, legacy, "--column", "address", "--out", cleaned,
        ])
        try cleanup.run()
        let reader = CSVReader(source: try FileByteSource(path: cleaned))
        var table: [[String]] = []
        while try reader.next() { table.append(reader.lossyFields()) }
        if let header = table.first, let truth = header.firstIndex(of: "truth_id"), let id = header.firstIndex(of: "match_id"),
            let verdict = header.firstIndex(of: "verdict"), let level = header.firstIndex(of: "match_level"),
            let address = header.firstIndex(of: "address"), let standard = header.firstIndex(of: "match_address"),
            let reasons = header.firstIndex(of: "reasons")
        {
            let rows = table.dropFirst().filter { $0.count == header.count }
            let matched = rows.filter { $0[verdict] == "matched" }
            let right = matched.filter { $0[id] == $0[truth] && $0[level] == "address" }
            let present = rows.filter { !$0[truth].isEmpty }
            print("   the sample carries the truth (truth_id): \(right.count) of \(matched.count) matched lines are right; \(right.count) of \(present.count) addresses that are in the registry were matched")
            for kind in ["matched", "review", "unmatched"] {
                guard let example = rows.first(where: { $0[verdict] == kind && !$0[reasons].isEmpty }) else { continue }
                print("   \(kind): \(example[address]) → \(example[standard].isEmpty ? "(nothing)" : example[standard]) [\(example[reasons])]")
            }
        }

        print("\nRegistry summary:")
        print(SummaryCommand.describe(try registry.summary()).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        if keep != nil { print("\nFiles kept in \(folder)") }
        if !same { throw CLIError("the round trip did not reproduce the registry") }
    }

    private func export(_ registry: Registry, to path: String) throws {
        try registry.exportAddresses(to: try FileByteSink(path: path), format: .csv)
    }
}
