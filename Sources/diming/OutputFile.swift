import Foundation

/// Output files of commands that change the registry: created (so that
/// their path is known to be writable) before the change is committed, and
/// filled after it.
enum OutputFile {
    static func create(_ path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CLIError("cannot write \(path); nothing was changed")
        }
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
