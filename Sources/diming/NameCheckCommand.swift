import ArgumentParser
import DimingCSV
import DimingNaming
import DimingStore
import Foundation

struct NameCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check proposed names against the naming rules and the registry; one JSON line per name.",
        discussion: """
            Writes one JSON object per name, in order:
              {"name": …, "verdict": "ok"|"revise"|"reject",
               "findings": [{"rule", "category", "severity": "error"|"warning", "message", "evidence"}, …]}
            category is one of 大 洋 怪 重 封建 通名 其他. reject: a rule is broken (an error);
            revise: only warnings; ok: no findings. With --file, one name per line (empty lines skipped).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("class"), help: "road, residential, building, village, township or other.")
    var nameClass: NameClass

    @Option(help: ArgumentHelp("The six-digit code of the division the name is proposed in.", valueName: "CODE"))
    var division: String

    @Option(help: "Where names must not repeat: county, city, province or built-up (default: county; township names: province).")
    var scope: NamingScope?

    @Option(
        name: .customLong("built-up-area"),
        help: ArgumentHelp(
            "With --scope built-up: the area's name in gazetteer/naming/built-up-areas.tsv (needed when the county has towns in several).",
            valueName: "NAME"))
    var builtUpArea: String?

    @Option(help: ArgumentHelp("A file of names, one per line (- for standard input).", valueName: "FILE"))
    var file: String?

    @OptionGroup var size: SizeOptions

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    /// For Tools/bench/naming.sh: time each phase and print it on standard error.
    @Flag(name: .customLong("timing"), help: .hidden)
    var timing = false

    @Argument(help: "The proposed name.")
    var name: String?

    func validate() throws {
        if (name == nil) == (file == nil) { throw ValidationError("give either one NAME or --file FILE") }
        if builtUpArea != nil && scope != .builtUp { throw ValidationError("--built-up-area goes with --scope built-up") }
        if scope == .builtUp && nameClass == .township {
            throw ValidationError("township names are unique within the province, not a built-up area; leave out --scope")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        var phase = clock.now
        var report: [String] = []
        func lap(_ what: String) {
            let now = clock.now
            report.append("\(what) \(Self.milliseconds(now - phase)) ms")
            phase = now
        }
        let setup = try NamingSetup(gazetteerOption: gazetteer, towns: nameClass == .township)
        _ = try setup.division(division)
        lap("load")
        let scope = self.scope ?? nameClass.defaultScope
        let duplicates = try NamingDuplicateSource(
            setup: setup, db: global.db, nameClass: nameClass, divisionCode: division, scope: scope, builtUpArea: builtUpArea)
        lap(duplicates.startReport)
        var out = StandardOutputBuffer()
        var checked = 0
        func emit(_ n: String) throws {
            let review = try duplicates.review(n, facts: size.facts)
            out.write(review.jsonLine + "\n")
            checked += 1
            if checked == 1 { lap("first name") }
        }
        if let name {
            try emit(name)
        } else if let file {
            let source = file == "-" ? FileByteSource(standardInput: ()) : try FileByteSource(path: file)
            let reader = LineReader(source: source)
            while try reader.next() {
                if !reader.line.withUnsafeBufferPointer(UTF8Validation.isValid) {
                    // Still checked (nothing is dropped), but the clerk is told which line to fix.
                    FileHandle.standardError.write(Data(
                        "line \(reader.number): not valid UTF-8 (is the file GBK? save it as UTF-8); checked as read, with \u{FFFD} for the bad bytes\n".utf8))
                }
                let line = reader.text.trimmingCharacters(in: .whitespaces)
                if !line.isEmpty { try emit(line) }
            }
        }
        out.flush()
        if timing {
            let now = clock.now
            report.append("the other \(checked - 1) names \(Self.milliseconds(now - phase)) ms (\(checked > 1 ? Self.milliseconds((now - phase) / (checked - 1)) : "0") ms each)")
            FileHandle.standardError.write(Data((report.joined(separator: "; ") + "\n").utf8))
        }
    }

    static func milliseconds(_ d: Duration) -> String {
        let (s, atto) = d.components
        return String(format: "%.3f", Double(s) * 1000 + Double(atto) / 1e15)
    }
}
