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
        let qr: QRCode
        do {
            qr = try DigitalDoorplatePayload(address: record.address, code: code).qrCode(errorCorrection: level)
        } catch {
            throw CLIError(String(describing: error))
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
