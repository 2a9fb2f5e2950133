import Foundation

/// Output files of commands that change the registry: checked (created when
/// new) before the change is committed, so that a certificate number or a
/// renumbering is never spent on a page or mapping that cannot be written,
/// and filled after it.
struct OutputFile {
    let path: String
    /// Whether `prepare` created the file (and so may remove it again).
    private let created: Bool

    /// Makes sure `path` can be written. An existing file is left as it is
    /// until `write`, so a refused change does not destroy it.
    static func prepare(_ path: String) throws -> OutputFile {
        if FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.isWritableFile(atPath: path) else { throw CLIError("cannot write \(path); nothing was changed") }
            return OutputFile(path: path, created: false)
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CLIError("cannot write \(path); nothing was changed")
        }
        return OutputFile(path: path, created: true)
    }

    /// Undoes `prepare` after a refused change: removes the file only if it was new.
    func discard() {
        if created { try? FileManager.default.removeItem(atPath: path) }
    }

    func write(_ data: Data) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
