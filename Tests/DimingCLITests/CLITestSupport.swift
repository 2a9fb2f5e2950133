import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `diming` executable that `swift test` built next to the test bundle.
enum DimingBinary {
    static let url: URL? = {
        var starts = [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .compactMap { $0 }
        starts.append(Bundle.module.bundleURL)
        for start in starts {
            var directory = start.resolvingSymlinksInPath()
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("diming")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }()

    static func require() throws -> URL {
        try #require(url, "no diming executable found above \(Bundle.main.bundleURL.path)")
    }
}

/// What one run of `diming` did.
struct RunResult: CustomStringConvertible {
    var status: Int32
    var reason: Process.TerminationReason
    var stdout: String
    var stderr: String

    var succeeded: Bool { reason == .exit && status == 0 }
    var description: String { "exit \(status) (\(reason == .exit ? "exit" : "signal"))\nstdout: \(stdout)\nstderr: \(stderr)" }
}

/// A temporary folder for one test: registries, copied fixtures, outputs.
final class Workspace {
    let directory: URL
    private var runs = 0

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("diming-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Copies a fixture into the workspace (so rejects files land here) and returns its path.
    func fixture(_ name: String) throws -> String {
        let source = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"), "fixture \(name) is missing")
        let target = directory.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: source, to: target)
        return target.path
    }

    /// Starts `diming` with `arguments`; output goes to files in the workspace.
    func start(_ arguments: [String]) throws -> (process: Process, stdout: URL, stderr: URL) {
        runs += 1
        let stdoutURL = directory.appendingPathComponent("run-\(runs).stdout")
        let stderrURL = directory.appendingPathComponent("run-\(runs).stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let process = Process()
        process.executableURL = try DimingBinary.require()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
        return (process, stdoutURL, stderrURL)
    }

    /// Runs `diming` to the end (or kills it after `timeout` seconds and records an issue).
    @discardableResult
    func run(_ arguments: [String], timeout: TimeInterval = 600) throws -> RunResult {
        let (process, stdoutURL, stderrURL) = try start(arguments)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                Issue.record("diming \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus, reason: process.terminationReason,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }

    /// `diming --db DB init`, which must succeed.
    func initRegistry(_ name: String) throws -> String {
        let db = path(name)
        let result = try run(["--db", db, "init"])
        try #require(result.succeeded, "init failed: \(result)")
        return db
    }

    /// `diming --db DB summary --json`, as numbers.
    func summary(_ db: String) throws -> [String: Int] {
        let result = try run(["--db", db, "summary", "--json"])
        try #require(result.succeeded, "summary failed: \(result)")
        return try jsonCounts(result.stdout)
    }

    /// `diming --db DB export --out FILE`, returning the file's bytes.
    func export(_ db: String, to name: String, format: String = "csv") throws -> Data {
        let out = path(name)
        let result = try run(["--db", db, "export", "--out", out, "--format", format])
        try #require(result.succeeded, "export failed: \(result)")
        return try Data(contentsOf: URL(fileURLWithPath: out))
    }
}

/// A JSON object whose values are numbers or booleans, as [name: Int].
func jsonCounts(_ text: String) throws -> [String: Int] {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
    let dictionary = try #require(object as? [String: Any], "not a JSON object: \(trimmed)")
    return dictionary.compactMapValues { value in
        if let bool = value as? Bool, !(value is Int) { return bool ? 1 : 0 }
        return (value as? NSNumber)?.intValue
    }
}

/// A small RFC 4180 parser for checking the rejects file (no line breaks inside fields).
func parseCSV(_ text: String) -> [[String]] {
    var body = Substring(text)
    if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
    return body.split(separator: "\n", omittingEmptySubsequences: true).map { line in
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var characters = Array(line.hasSuffix("\r") ? line.dropLast() : line)[...]
        while let c = characters.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }
}

/// The lines of a text file's content, without the last empty one.
func lines(_ data: Data) -> [Substring] {
    String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
}
