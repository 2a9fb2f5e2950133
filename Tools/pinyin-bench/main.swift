// Throughput of the pinyin engine (DimingText.PinyinTable) on the hot path
// of matching and naming review: toneless keys of many names, in-process,
// steady state, with the table's start-up timed apart.
//
//   swift run -c release diming-pinyin-bench NAMES.txt [ROUNDS]
//
// NAMES.txt: one name per line (Tools/bench/naming.sh writes road names; any
// address lines do). Prints names/s for tonelessKey (String), keyCodes
// ([UInt32]) and readingIDs (ids only), best of ROUNDS.
import DimingText
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: diming-pinyin-bench NAMES.txt [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count >= 3 ? max(1, Int(arguments[2]) ?? 3) : 3
let gazetteer = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../gazetteer/pinyin").standardized
let names = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n").map(String.init)
let clock = ContinuousClock()
let started = clock.now
let table = try PinyinTable.parse(
    readings: String(contentsOf: gazetteer.appendingPathComponent("readings.tsv"), encoding: .utf8),
    placeReadings: String(contentsOf: gazetteer.appendingPathComponent("place-readings.tsv"), encoding: .utf8))
let load = clock.now - started
print("table: \(table.characterCount) characters, \(table.lexiconCount) lexicon words, built in \(load)")
let scalars = names.map { $0.unicodeScalars.map(\.value) }
let characters = scalars.reduce(0) { $0 + $1.count }
print("\(names.count) names, \(characters) characters")

func measure(_ label: String, _ body: () -> Int) {
    var best = Duration.seconds(1_000_000)
    var check = 0
    for _ in 0..<rounds {
        let t0 = clock.now
        check = body()
        best = min(best, clock.now - t0)
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    print("\(label): \(Int(Double(names.count) / seconds)) names/s (best of \(rounds); checksum \(check))")
}

measure("tonelessKey") {
    var n = 0
    for name in names { n &+= table.tonelessKey(name).utf8.count }
    return n
}
measure("keyCodes") {
    var n = 0
    for name in names { n &+= table.keyCodes(name).count }
    return n
}
measure("readingIDs") {
    var n = 0
    for s in scalars { n &+= table.readingIDs(s).ids.count }
    return n
}
