import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `diming` command line, run as a subprocess. Each test works in its own
/// temporary folder, so the tests may run in parallel.
@Suite("diming command line")
struct DimingCLITests {
    static let goodRowCount = 20

    @Test func initImportExportRoundTrip() throws {
        let w = try Workspace()
        let good = try w.fixture("huangyan-good.csv")
        let a = try w.initRegistry("a.sqlite")
        let imported = try w.run(["--db", a, "import", good, "--json"])
        try #require(imported.succeeded, "\(imported)")
        let counts = try jsonCounts(imported.stdout)
        #expect(counts["inserted"] == Self.goodRowCount)
        #expect(counts["rejected"] == 0)

        let first = try w.export(a, to: "a.csv")
        #expect(lines(first).count == Self.goodRowCount + 1)
        #expect(lines(first).first == "id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status")

        let b = try w.initRegistry("b.sqlite")
        let again = try w.run(["--db", b, "import", w.path("a.csv"), "--json"])
        try #require(again.succeeded, "\(again)")
        #expect(try jsonCounts(again.stdout)["inserted"] == Self.goodRowCount)
        let second = try w.export(b, to: "b.csv")
        #expect(first == second, "the two exports differ")

        let summaryA = try w.summary(a)
        let summaryB = try w.summary(b)
        #expect(summaryA["addresses"] == Self.goodRowCount)
        #expect(summaryA["activeAddresses"] == Self.goodRowCount - 1)
        #expect(summaryA["roads"] == 6)
        #expect(summaryA["places"] == 2)
        #expect((summaryA["divisions"] ?? 0) > 3000)
        #expect(summaryA == summaryB)

        // JSON lines: one object per address, with the canonical keys.
        let jsonl = try w.export(a, to: "a.jsonl", format: "jsonl")
        let objects = try lines(jsonl).map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.count == Self.goodRowCount)
        #expect(objects.allSatisfy { $0.count == 13 && $0["division_code"] is String && $0["id"] is NSNumber })
        #expect(objects.contains { $0["estate"] as? String == "东方明珠苑" && $0["room"] as? String == "602室" })
    }

    /// `--bom` is for Excel; the file still imports (the mark is tolerated).
    @Test func exportWithByteOrderMarkForExcel() throws {
        let w = try Workspace()
        let db = try w.initRegistry("bom.sqlite")
        try #require(try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv")]).succeeded)
        let out = w.path("excel.csv")
        try #require(try w.run(["--db", db, "export", "--out", out, "--bom"]).succeeded)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let plain = try w.export(db, to: "plain.csv")
        #expect(bytes.dropFirst(3) == plain)
        let copy = try w.initRegistry("copy.sqlite")
        let again = try w.run(["--db", copy, "import", out])
        #expect(again.succeeded, "\(again)")
        #expect(try w.export(copy, to: "copy.csv") == plain)
    }

    @Test func aGBKFileNeedsTheEncodingOption() throws {
        let w = try Workspace()
        let gbk = try w.fixture("huangyan-good-gbk.csv")
        let db = try w.initRegistry("gbk.sqlite")
        let before = try w.summary(db)

        let refused = try w.run(["--db", db, "import", gbk])
        #expect(refused.reason == .exit && refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("--encoding gb18030"), "\(refused.stderr)")
        #expect(try w.summary(db) == before)

        let accepted = try w.run(["--db", db, "import", gbk, "--encoding", "gb18030", "--json"])
        try #require(accepted.succeeded, "\(accepted)")
        #expect(try jsonCounts(accepted.stdout)["inserted"] == Self.goodRowCount)
        #expect(try w.summary(db)["addresses"] == Self.goodRowCount)

        // The same registry as from the UTF-8 file.
        let utf8 = try w.initRegistry("utf8.sqlite")
        let plain = try w.run(["--db", utf8, "import", try w.fixture("huangyan-good.csv")])
        try #require(plain.succeeded, "\(plain)")
        let fromGBK = try w.export(db, to: "from-gbk.csv")
        #expect(fromGBK == (try w.export(utf8, to: "from-utf8.csv")))
        #expect(String(decoding: fromGBK, as: UTF8.self).contains("葭沚街道"))
    }

    static let badLines = [4, 6, 8, 9]
    static let goodInBadFile = 5

    /// Checks a rejects file: BOM, header line,reason,row, one row per bad line.
    static func checkRejects(at path: String, badFile: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "the rejects file starts with a UTF-8 byte-order mark for Excel")
        let rows = parseCSV(String(decoding: data, as: UTF8.self))
        try #require(rows.count == badLines.count + 1, "\(rows)")
        #expect(rows[0] == ["line", "reason", "row"])
        #expect(rows.dropFirst().map { Int($0[0]) } == badLines)
        #expect(rows.allSatisfy { $0.count == 3 })
        let original = try String(contentsOfFile: badFile, encoding: .utf8).split(separator: "\n").map(String.init)
        for row in rows.dropFirst() {
            let line = try #require(Int(row[0]))
            #expect(row[2] == original[line - 1], "the rejected row is copied as it was")
        }
        #expect(rows[1][1].contains("339999"))
        #expect(rows[2][1].contains("十八号"))
        #expect(rows[3][1].contains("lat"))
        #expect(rows[4][1].contains("columns"))
    }

    @Test func badRowsGoToTheRejectsFileAndNothingIsImported() throws {
        let w = try Workspace()
        let bad = try w.fixture("huangyan-bad.csv")
        let db = try w.initRegistry("bad.sqlite")
        let before = try w.summary(db)

        let result = try w.run(["--db", db, "import", bad])
        #expect(result.reason == .exit && result.status != 0, "\(result)")
        for line in Self.badLines {
            #expect(result.stderr.contains("line \(line):"), "stderr names line \(line): \(result.stderr)")
        }
        #expect(!result.stderr.contains("line 2:"))
        #expect(result.stderr.contains("nothing was imported"))
        try Self.checkRejects(at: bad + ".rejects.csv", badFile: bad)
        #expect(try w.summary(db) == before)
    }

    @Test func rejectsPathAndSkipBad() throws {
        let w = try Workspace()
        let bad = try w.fixture("huangyan-bad.csv")
        let db = try w.initRegistry("merge.sqlite")
        let seeded = try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv")])
        try #require(seeded.succeeded, "\(seeded)")
        let before = try w.summary(db)

        // Into a registry with addresses (a merge), rejects where asked.
        let custom = w.path("custom-rejects.csv")
        let strict = try w.run(["--db", db, "import", bad, "--rejects", custom])
        #expect(strict.reason == .exit && strict.status != 0, "\(strict)")
        #expect(strict.stderr.contains("custom-rejects.csv"))
        try Self.checkRejects(at: custom, badFile: bad)
        #expect(!FileManager.default.fileExists(atPath: bad + ".rejects.csv"))
        #expect(try w.summary(db) == before)

        let lenientRejects = w.path("lenient-rejects.csv")
        let lenient = try w.run(["--db", db, "import", bad, "--skip-bad", "--rejects", lenientRejects, "--json"])
        #expect(lenient.succeeded, "\(lenient)")
        let counts = try jsonCounts(lenient.stdout)
        #expect(counts["inserted"] == Self.goodInBadFile)
        #expect(counts["rejected"] == Self.badLines.count)
        #expect(counts["committed"] == 1)
        try Self.checkRejects(at: lenientRejects, badFile: bad)
        let after = try w.summary(db)
        #expect(after["addresses"] == (before["addresses"] ?? 0) + Self.goodInBadFile)
        let check = try w.run(["--db", db, "check"])
        #expect(check.succeeded && check.stdout == "ok\n", "\(check)")
    }

    @Test func importingTheSameFileTwiceAddsNothing() throws {
        let w = try Workspace()
        let good = try w.fixture("huangyan-good.csv")
        let db = try w.initRegistry("twice.sqlite")
        let first = try w.run(["--db", db, "import", good, "--json"])
        try #require(first.succeeded, "\(first)")
        #expect(try jsonCounts(first.stdout)["inserted"] == Self.goodRowCount)
        let afterFirst = try w.summary(db)

        let second = try w.run(["--db", db, "import", good, "--json"])
        try #require(second.succeeded, "\(second)")
        let counts = try jsonCounts(second.stdout)
        #expect(counts["inserted"] == 0)
        #expect(counts["updated"] == 0)
        #expect(counts["unchanged"] == Self.goodRowCount)
        #expect(try w.summary(db) == afterFirst)

        let third = try w.run(["--db", db, "import", good])
        #expect(third.succeeded, "\(third)")
        #expect(third.stdout.contains("0 new, 0 updated, \(Self.goodRowCount) unchanged"), "\(third.stdout)")
        #expect(try w.summary(db)["addresses"] == Self.goodRowCount)
    }

    /// Writes a canonical CSV of `rows` generated addresses in 黄岩区, on roads
    /// that the small fixture does not use.
    static func writeLargeFile(at path: String, rows: Int) throws {
        let towns = ["东城街道", "西城街道", "南城街道", "北城街道", "新前街道", "江口街道"]
        let roads = ["天长北路", "天长南路", "环城东路", "环城西路", "青年路", "县前街", "横街路", "桔乡大道", "双江路", "二环西路", "永宁路"]
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var buffer = Data("id,division_code,town,community,road,number,estate,building,unit,room,lat,lon,status\n".utf8)
        for n in 0..<rows {
            let road = roads[n % roads.count]
            let number = n / roads.count + 1
            let town = towns[(n / roads.count) % towns.count]
            let line = ",331003,\(town),,\(road),\(number)号,,,,,28.\(600_000 + n % 100_000),121.\(200_000 + n % 100_000),active\n"
            buffer.append(contentsOf: line.utf8)
            if buffer.count > 4 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// SIGKILL in the middle of a large import leaves the registry as it was.
    /// If the import wins the race and finishes first, the file is made larger.
    @Test func aKilledImportLeavesTheRegistryAsItWas() throws {
        var rows = 300_000
        for attempt in 1...3 {
            let w = try Workspace()
            let db = try w.initRegistry("killed.sqlite")
            let seeded = try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv")])
            try #require(seeded.succeeded, "\(seeded)")
            let before = try w.summary(db)
            #expect(before["addresses"] == Self.goodRowCount)
            let exportBefore = try w.export(db, to: "before.csv")

            let big = w.path("big.csv")
            try Self.writeLargeFile(at: big, rows: rows)
            let (process, _, stderrURL) = try w.start(["--db", db, "import", big])
            // Kill once the import has written a few MB of uncommitted pages
            // to the write-ahead log (or after 3 s, should it keep them all in
            // memory until the end).
            let started = Date()
            var walAtKill = 0
            while process.isRunning {
                walAtKill = Self.fileSize(db + "-wal")
                if walAtKill > 2 << 20 || Date().timeIntervalSince(started) > 3 {
                    kill(process.processIdentifier, SIGKILL)
                    break
                }
                usleep(10_000)
            }
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal else {
                // The import finished before it could be killed: try a larger file.
                let stderr = try String(contentsOf: stderrURL, encoding: .utf8)
                #expect(process.terminationStatus == 0, "\(stderr)")
                rows *= 4
                if attempt == 3 {
                    Issue.record("the import of \(rows / 4) rows always finished before it could be killed")
                }
                continue
            }
            #expect(process.terminationStatus == SIGKILL)

            let check = try w.run(["--db", db, "check"])
            #expect(check.succeeded, "\(check)")
            #expect(check.stdout == "ok\n", "wal was \(walAtKill) bytes at the kill; \(check)")
            let after = try w.summary(db)
            #expect(after["addresses"] == before["addresses"])
            #expect(after == before)
            #expect(try w.export(db, to: "after.csv") == exportBefore)

            // The registry is still usable: nothing locked, nothing half-written.
            let again = try w.run(["--db", db, "import", try w.fixture("huangyan-good.csv"), "--json"])
            #expect(again.succeeded, "\(again)")
            #expect(try jsonCounts(again.stdout)["unchanged"] == Self.goodRowCount)
            return
        }
    }

    @Test func demoRoundTripIsIdentical() throws {
        let w = try Workspace()
        let result = try w.run(["demo"])
        #expect(result.succeeded, "\(result)")
        #expect(result.stdout.contains("identical"), "\(result.stdout)")
        #expect(!result.stdout.contains("DIFFERENT"))
        // The cleanup of the bundled legacy sheet, checked against the truth it carries.
        let truth = try #require(result.stdout.split(separator: "\n").first { $0.contains("the sample carries the truth") })
        let numbers = truth.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        try #require(numbers.count >= 4, "\(truth)")
        let (right, matched, found, present) = (numbers[0], numbers[1], numbers[2], numbers[3])
        #expect(matched > 0)
        #expect(Double(right) / Double(matched) >= 0.995, "\(truth)")
        #expect(Double(found) / Double(present) >= 0.95, "\(truth)")
    }

    @Test func importWithoutDbIsAUsageError() throws {
        let w = try Workspace()
        let result = try w.run(["import", "x.csv"])
        #expect(result.reason == .exit)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--db"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.directory.path).allSatisfy { $0.hasPrefix("run-") })
    }
}
