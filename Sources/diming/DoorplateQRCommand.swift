import ArgumentParser
import DimingQR
import DimingStore
import Foundation

/// `diming doorplate qr`: the digital-doorplate QR code of one doorplate.
struct DoorplateQRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qr",
        abstract: "Render a doorplate's digital-doorplate QR code as SVG or PNG.",
        discussion: """
            The code carries {"address":"<standard address>","code":"<permanent address code>"} in UTF-8
            (ISO/IEC 18004, byte mode, smallest version that fits, 4-module quiet zone).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: DoorplateTarget

    @Option(help: ArgumentHelp("svg or png.", valueName: "FORMAT"))
    var format: String

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    @Option(help: ArgumentHelp("Pixels (PNG) or SVG units per module, 1–64.", valueName: "N"))
    var scale: Int = 8

    @Option(name: .customLong("ec"), help: ArgumentHelp("Error-correction level: L, M, Q or H.", valueName: "LEVEL"))
    var errorCorrection: String = "M"

    @Option(help: .hidden)
    var count: Int?

    func run() throws {
        guard format == "svg" || format == "png" else { throw ValidationError("--format must be svg or png") }
        guard (1...64).contains(scale) else { throw ValidationError("--scale must be between 1 and 64") }
        guard let level = QRErrorCorrection(letter: errorCorrection) else { throw ValidationError("--ec must be L, M, Q or H") }
        let ref = try target.ref
        let registry = try Registry.open(path: try global.registryPath())
        let record: DoorplateRecord
        do {
            record = try registry.doorplate(ref)
        } catch {
            throw CLIError(String(describing: error))
        }
        guard let code = record.code else {
            throw CLIError(DoorplateError.noPermanentCode(id: record.id, address: record.address).description)
        }
        if record.status != "active" {
            throw CLIError("doorplate \(record.id) (\(record.address)) is retired; it has no digital doorplate")
        }
        let payload = DigitalDoorplatePayload(address: record.address, code: code)
        let qr: QRCode
        do {
            qr = try payload.qrCode(errorCorrection: level)
        } catch {
            throw CLIError(String(describing: error))
        }
        if let count {
            // Benchmark: `count` encodes (all eight masks tried) and renders, nothing written.
            guard count > 0 else { throw ValidationError("--count must be positive") }
            let start = Date()
            var bytes = 0
            for _ in 0..<count {
                let again = try payload.qrCode(errorCorrection: level)
                bytes += format == "svg" ? again.svg(scale: scale).utf8.count : again.png(scale: scale).count
            }
            let seconds = Date().timeIntervalSince(start)
            print(#"{"bytes_each":\#(bytes / count),"count":\#(count),"per_second":\#(Int((Double(count) / seconds).rounded())),"seconds":\#(seconds),"version":\#(qr.version.number)}"#)
            return
        }
        let bytes = format == "svg" ? Data((qr.svg(scale: scale) + "\n").utf8) : Data(qr.png(scale: scale))
        if let out {
            do {
                try bytes.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw CLIError("cannot write \(out): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }
}
