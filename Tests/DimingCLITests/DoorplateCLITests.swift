import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Doorplate command line")
struct DoorplateCLITests {
    func registry(_ w: Workspace) throws -> String {
        let db = try w.initRegistry("doorplates.sqlite")
        let imported = try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv")])
        try #require(imported.succeeded, "\(imported)")
        return db
    }

    func object(_ text: String) throws -> [String: Any] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any], "not JSON: \(trimmed)")
    }

    @Test func doorplateIssueContract() throws {
        let w = try Workspace()
        let db = try registry(w)
        let issued = try w.run(["--db", db, "--actor", "clerk", "doorplate", "issue", "--division", "331003", "--road", "劳动北路"])
        try #require(issued.succeeded, "\(issued)")
        let json = try object(issued.stdout)
        #expect(json["id"] is NSNumber)
        #expect(json["number"] as? String == "7号")
        #expect(json["road"] as? String == "劳动北路")
        #expect(json["address"] as? String == "浙江省台州市黄岩区东城街道劳动北路7号")
        #expect(json["code"] as? String == "331003100000001")

        let after = try w.run(["--db", db, "doorplate", "issue", "--division", "331003", "--road", "劳动北路", "--after", "1号"])
        try #require(after.succeeded, "\(after)")
        #expect(try object(after.stdout)["number"] as? String == "1-1号")
        let even = try w.run(["--db", db, "doorplate", "issue", "--division", "331003", "--road", "劳动北路", "--side", "even"])
        #expect(try object(even.stdout)["number"] as? String == "2号")

        let id = try #require((json["id"] as? NSNumber)?.stringValue)
        let retired = try w.run(["--db", db, "doorplate", "retire", "--id", id])
        try #require(retired.succeeded, "\(retired)")
        #expect(try object(retired.stdout)["code"] as? String == "331003100000001")
        let next = try w.run(["--db", db, "doorplate", "issue", "--division", "331003", "--road", "劳动北路"])
        #expect(try object(next.stdout)["number"] as? String == "9号")

        let set = try w.run(["--db", db, "doorplate", "policy", "--division", "331003", "--preset", "beijing", "--overrides", #"{"sub_style":"zhi"}"#])
        try #require(set.succeeded, "\(set)")
        let shown = try w.run(["--db", db, "doorplate", "policy", "--division", "331003"])
        let policy = try #require(try object(shown.stdout)["policy"] as? [String: Any])
        #expect(policy["preset"] as? String == "beijing")
        #expect(policy["sub_style"] as? String == "zhi")
        #expect(try w.run(["--db", db, "check"]).stdout == "ok\n")
    }

    @Test func doorplateBadInputWritesNothing() throws {
        let w = try Workspace()
        let db = try registry(w)
        let before = try w.summary(db)
        let cases: [([String], String)] = [
            (["--division", "331003", "--road", "劳动路"], "劳动北路"),
            (["--division", "999999", "--road", "劳动北路"], "999999"),
            (["--division", "331003", "--road", "劳动北路", "--after", "99号"], "99号"),
            (["--division", "331003", "--road", "劳动北路", "--side", "up"], "--side"),
        ]
        for (arguments, hint) in cases {
            let result = try w.run(["--db", db, "doorplate", "issue"] + arguments)
            #expect(!result.succeeded)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(hint), "\(result)")
        }
        let taken = try w.run(["--db", db, "doorplate", "policy", "--division", "331003", "--preset", "atlantis"])
        #expect(!taken.succeeded && taken.stderr.contains("national"), "\(taken)")
        #expect(try w.summary(db) == before)
    }

    /// 8 processes at once, 10 issues each, on one road: 80 different numbers
    /// and codes, 80 audit entries, and a sound file.
    @Test func doorplateParallelProcessesNeverShareANumber() throws {
        let w = try Workspace()
        let db = try registry(w)
        let binary = try DimingBinary.require()
        // Eight clerks at once, each issuing ten doorplates one after another,
        // every issue its own process.
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { p in
            for _ in 0..<10 {
                let process = Process()
                process.executableURL = binary
                process.arguments = [
                    "--db", db, "--actor", "clerk-\(p)", "doorplate", "issue", "--division", "331003", "--road", "西街",
                ]
                let out = Pipe()
                let err = Pipe()
                process.standardOutput = out
                process.standardError = err
                process.standardInput = FileHandle.nullDevice
                do {
                    try process.run()
                    let stdout = out.fileHandleForReading.readDataToEndOfFile()
                    let stderr = err.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    results.add(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                        stderr: String(decoding: stderr, as: UTF8.self))
                } catch {
                    results.add(status: -1, stdout: "", stderr: "\(error)")
                }
            }
        }
        let failures = results.all.filter { $0.status != 0 }.map(\.stderr)
        #expect(failures.isEmpty, "\(failures)")
        let outputs = results.all.filter { $0.status == 0 }.map(\.stdout)
        let objects = try outputs.map { try object($0) }
        let numbers = objects.compactMap { $0["number"] as? String }
        let codes = objects.compactMap { $0["code"] as? String }
        #expect(numbers.count == 80)
        #expect(Set(numbers).count == 80)
        #expect(Set(codes).count == 80)
        // 西街 has 12号 and 14号: the odd side starts at 1.
        #expect(Set(numbers) == Set((0..<80).map { "\(2 * $0 + 1)号" }))

        let audit = try w.run(["--db", db, "audit", "--limit", "1000"])
        let issues = audit.stdout.split(separator: "\n").filter { $0.contains(#""action":"issue-doorplate""#) }
        #expect(issues.count == 80)
        #expect(try w.run(["--db", db, "check"]).stdout == "ok\n")
        #expect(try w.summary(db)["addresses"] == DimingCLITests.goodRowCount + 80)
    }
}

/// Outputs collected from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(status: Int32, stdout: String, stderr: String)] = []

    func add(status: Int32, stdout: String, stderr: String) {
        lock.lock()
        items.append((status, stdout, stderr))
        lock.unlock()
    }

    var all: [(status: Int32, stdout: String, stderr: String)] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
