// Throughput of the address parser engine on one core, apart from start-up.
//
//   diming-parse-bench bench FILE [ROUNDS] [--gazetteer DIR]
//       reads FILE into memory, loads the gazetteer (timed on its own), then
//       parses every line and writes its JSON line into a reused buffer,
//       ROUNDS times; prints lines/s for parse alone and parse + JSON.
//   diming-parse-bench json [FILE|-] [--gazetteer DIR]
//       the same JSON lines `diming parse` writes, from the engine directly
//       (for scoring while the command-line target is being rebuilt).
import DimingCore
import DimingParse
import DimingText
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var folderArgument = "gazetteer"
if let i = arguments.firstIndex(of: "--gazetteer"), i + 1 < arguments.count {
    folderArgument = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
let gazetteerFolder = folderArgument
guard let mode = arguments.first, mode == "bench" || mode == "json" else {
    fail("usage: diming-parse-bench bench FILE [ROUNDS] | json [FILE|-]  [--gazetteer DIR]")
}

func read(_ name: String, in gazetteerFolder: String) -> String {
    let path = gazetteerFolder + "/" + name
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return text
}

let clock = ContinuousClock()
let loadStart = clock.now
let parser: AddressParser
do {
    let gazetteer = try Gazetteer.parse(
        divisions: read("divisions.tsv", in: gazetteerFolder), towns: read("towns.tsv", in: gazetteerFolder),
        changes: read("division-changes.tsv", in: gazetteerFolder))
    var normalization: [String: String] = [:]
    for name in NormalizationTables.fileNames { normalization[name] = read("normalization/" + name, in: gazetteerFolder) }
    var parsing: [String: String] = [:]
    for name in ParsingLexicon.fileNames { parsing[name] = read("parsing/" + name, in: gazetteerFolder) }
    parser = AddressParser(
        gazetteer: gazetteer, tables: try NormalizationTables.parse(files: normalization),
        lexicon: try ParsingLexicon.parse(files: parsing))
} catch {
    fail("gazetteer: \(error)")
}
let loadTime = clock.now - loadStart

/// CPU time of this thread: on a shared machine wall time also counts the
/// time other processes held the core, CPU time does not.
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// Lines of a file as the command reads them: split at \n, a trailing \r
/// dropped, invalid UTF-8 replaced.
func lines(of data: Data) -> [String] {
    var result: [String] = []
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        let bytes = raw.bindMemory(to: UInt8.self)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if i == bytes.count && start == i { break }
            var end = i
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            start = i + 1
        }
    }
    return result
}

if mode == "json" {
    let path = arguments.count > 1 ? arguments[1] : "-"
    let data: Data
    if path == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
        guard let d = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        data = d
    }
    var out: [UInt8] = []
    out.reserveCapacity(1 << 20)
    for line in lines(of: data) {
        parser.appendJSON(line, to: &out)
        out.append(0x0A)
        if out.count >= 1 << 20 {
            FileHandle.standardOutput.write(Data(out))
            out.removeAll(keepingCapacity: true)
        }
    }
    FileHandle.standardOutput.write(Data(out))
    exit(0)
}

guard arguments.count > 1, let data = FileManager.default.contents(atPath: arguments[1]) else {
    fail("bench: give a readable FILE")
}
let rounds = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 3) : 3
let input = lines(of: data)
print("gazetteer and word lists loaded in \(String(format: "%.3f", seconds(loadTime))) s (not counted below)")
print("\(input.count) lines from \(arguments[1]), \(rounds) rounds, one thread")
var sink = 0
for round in 1...rounds {
    let parseStart = clock.now
    let parseCPU = threadCPUSeconds()
    for line in input { sink &+= parser.parse(line).components.count }
    let parseCPUTime = threadCPUSeconds() - parseCPU
    let parseTime = seconds(clock.now - parseStart)
    var out: [UInt8] = []
    out.reserveCapacity(1 << 20)
    let jsonStart = clock.now
    let jsonCPU = threadCPUSeconds()
    for line in input {
        parser.appendJSON(line, to: &out)
        out.append(0x0A)
        if out.count >= 1 << 20 {
            sink &+= out.count
            out.removeAll(keepingCapacity: true)
        }
    }
    let jsonCPUTime = threadCPUSeconds() - jsonCPU
    let jsonTime = seconds(clock.now - jsonStart)
    let n = Double(input.count)
    print(
        String(
            format: "round %d: parse %.0f lines/s (wall %.3f s), %.0f lines per CPU-second; parse + JSON line %.0f lines/s (wall %.3f s), %.0f per CPU-second",
            round, n / parseTime, parseTime, n / parseCPUTime, n / jsonTime, jsonTime, n / jsonCPUTime))
}
if sink == 42 { print("") }  // keeps the work observable
