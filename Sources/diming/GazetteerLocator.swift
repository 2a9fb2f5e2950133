import DimingCore
import Foundation

/// Finds and reads the `gazetteer/` folder the engine ships with.
///
/// Looked up in order: the --gazetteer option, the DIMING_GAZETTEER variable,
/// then the folders above the executable and above the working directory (so a
/// build inside a checkout finds the checkout's data), then an installed copy
/// in ../share/diming/gazetteer next to the executable.
enum GazetteerLocator {
    static func locate(explicit: String?) throws -> URL {
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        if let env = ProcessInfo.processInfo.environment["DIMING_GAZETTEER"] { candidates.append(URL(fileURLWithPath: env)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = executable.deletingLastPathComponent()
        candidates.append(dir.appendingPathComponent("../share/diming/gazetteer").standardized)
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("gazetteer"))
            dir = dir.deletingLastPathComponent()
        }
        var cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<4 {
            candidates.append(cwd.appendingPathComponent("gazetteer"))
            cwd = cwd.deletingLastPathComponent()
        }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent("divisions.tsv").path) else {
                throw CLIError("\(explicit) has no divisions.tsv: it is not a gazetteer folder")
            }
            return url
        }
        for url in candidates where FileManager.default.fileExists(atPath: url.appendingPathComponent("divisions.tsv").path) {
            return url
        }
        throw CLIError("cannot find the gazetteer folder (divisions.tsv, towns.tsv, division-changes.tsv); give it with --gazetteer DIR or DIMING_GAZETTEER")
    }

    static func load(from folder: URL) throws -> Gazetteer {
        func read(_ name: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            do {
                return try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw CLIError("cannot read \(url.path): \(error.localizedDescription)")
            }
        }
        do {
            return try Gazetteer.parse(
                divisions: try read("divisions.tsv"), towns: try read("towns.tsv"),
                changes: try read("division-changes.tsv"))
        } catch let error as Gazetteer.ParseError {
            throw CLIError("gazetteer \(error.description)")
        }
    }
}
