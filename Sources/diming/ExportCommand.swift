import ArgumentParser
import DimingCSV
import DimingStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every address in the canonical address CSV (or JSON lines).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The output file, or - for standard output.", valueName: "FILE"))
    var out: String

    @Option(help: "csv (the import format) or jsonl.")
    var format: String = "csv"

    @Flag(help: "Start a CSV with a UTF-8 byte-order mark, so that Excel on Chinese Windows opens it without garbling.")
    var bom = false

    func run() throws {
        guard let exportFormat = ExportFormat(rawValue: format) else {
            throw ValidationError("--format must be csv or jsonl")
        }
        let registry = try Registry.open(path: try global.registryPath())
        let progress = ProgressLine()
        // Write to a temporary file and rename at the end, so a failed or
        // interrupted export never leaves a truncated file under the real name.
        let toStdout = out == "-"
        let temporary = toStdout ? "-" : out + ".part"
        let sink = toStdout ? FileByteSink(standardOutput: ()) : try FileByteSink(path: temporary)
        let count: Int
        do {
            if bom && exportFormat == .csv {
                let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
                try mark.withUnsafeBytes { try sink.write($0) }
            }
            count = try registry.exportAddresses(to: sink, format: exportFormat) { rows in
                progress.update("exporting: \(grouped(rows)) addresses, \(seconds(progress.elapsed))")
            }
            if !toStdout {
                try sink.synchronize()
                if rename(temporary, out) != 0 {
                    throw CLIError("cannot move \(temporary) to \(out): \(String(cString: strerror(errno)))")
                }
            }
        } catch {
            if !toStdout { unlink(temporary) }
            throw error
        }
        progress.clear()
        if !toStdout {
            print("Exported \(grouped(count)) addresses to \(out) in \(seconds(progress.elapsed)).")
        }
    }
}
