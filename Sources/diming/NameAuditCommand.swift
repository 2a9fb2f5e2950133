import ArgumentParser
import DimingNaming
import DimingStore
import Foundation

struct NameAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Run every naming rule over every road and place name in the registry (不规范地名清理).",
        discussion: """
            Writes PREFIX.csv (one row per finding: ref, name, class, division_code, verdict, rule,
            category, severity, message, evidence) and PREFIX.md (counts per category, verdict and rule,
            and the list of names with findings), and prints the counts per category.
            Duplicates are looked for within each name's own scope (county; --scope to widen).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only names in this division (a code or its prefix: 331003, 3310, 33).", valueName: "CODE"))
    var division: String?

    @Option(help: "Where names must not repeat: county, city or province (default per class; built-up is for check and opinion).")
    var scope: NamingScope?

    @Option(help: ArgumentHelp("Output file prefix.", valueName: "PREFIX"))
    var out: String = "naming-audit"

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    func validate() throws {
        if scope == .builtUp {
            throw ValidationError(
                "the audit compares names within their county, city or province; use --scope built-up with name check or name opinion")
        }
    }

    func run() throws {
        let started = Date()
        let setup = try NamingSetup(gazetteerOption: gazetteer)
        let registry = try Registry.open(path: try global.registryPath())
        let prefix = division.map { code in
            // A county code stands for itself; 331000 (a city) for 3310, 330000 for 33.
            var p = Substring(code)
            while p.count > 2, p.hasSuffix("00") { p = p.dropLast(2) }
            return String(p)
        }
        // Duplicates may lie outside the audited division but inside a name's
        // scope: read the widest scope any audited name needs.
        let widest: NamingScope = scope ?? .county
        let neighbourhood = prefix.map { p in p.count >= 6 || widest == .county ? p : String(p.prefix(widest == .city ? 4 : 2)) }
        let all = try registry.namingNames(divisionPrefix: neighbourhood).compactMap(NamingSetup.convert)
        let reviewer = NamingReviewer(checker: setup.checker, registered: all)
        var entries: [NamingAuditReport.Entry] = []
        entries.reserveCapacity(all.count)
        for n in all where prefix.map({ n.divisionCode.hasPrefix($0) }) ?? true {
            let review = reviewer.review(
                n.name, nameClass: n.nameClass, divisionCode: n.divisionCode, scope: scope, excluding: n.ref)
            entries.append(NamingAuditReport.Entry(ref: n.ref, review: review))
        }
        let report = NamingAuditReport(
            entries: entries, scopeDescription: division.map { "division \($0) (\(setup.fullName($0)))" } ?? "the whole registry")
        do {
            try report.csv.write(toFile: out + ".csv", atomically: true, encoding: .utf8)
            try report.markdown.write(toFile: out + ".md", atomically: true, encoding: .utf8)
        } catch {
            throw CLIError("cannot write \(out).csv / \(out).md: \(error.localizedDescription)")
        }
        var summary = "audited \(entries.count) names in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; \(report.flagged.count) with findings\n"
        for (c, n) in report.namesPerCategory { summary += "  \(c.rawValue)\t\(n)\n" }
        summary += "wrote \(out).csv and \(out).md\n"
        FileHandle.standardOutput.write(Data(summary.utf8))
    }
}
