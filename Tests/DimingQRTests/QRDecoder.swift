import Foundation
import Testing

/// Reads PNG files back with `zbarimg` (Debian package zbar-tools), a decoder
/// written independently of this encoder. CI installs it (`.ci/run`); where
/// it is missing the tests fail and say so rather than pass unchecked.
enum QRDecoder {
    static let zbarimg: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/zbarimg"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// The decoded text of the single QR code in `png`, or nil when zbarimg
    /// found none. Records a test failure if zbarimg is not installed.
    static func decode(_ png: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        guard let zbarimg else {
            Issue.record("zbarimg is not installed (apt-get install zbar-tools); QR codes cannot be checked", sourceLocation: sourceLocation)
            return nil
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diming-qr-\(UUID().uuidString).png")
        try Data(png).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", url.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        var text = String(decoding: data, as: UTF8.self)
        // zbarimg ends each result with a newline.
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
