import ArgumentParser
import DimingNaming
import DimingStore
import Foundation

struct NameOpinionCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    static let configuration = CommandConfiguration(
        commandName: "opinion",
        abstract: "Draft the naming opinion (命名意见) for a proposed name, as Markdown or HTML.",
        discussion: """
            The opinion gives the standard name, its romanisation by GB/T 16159 (专名 and 通名 written
            apart and capitalised), the findings of every rule and a recommendation. With --db the
            registry is searched for duplicates and homophones; --record also keeps the draft in the
            registry's naming reviews.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("class"), help: "road, residential, building, village, township or other.")
    var nameClass: NameClass

    @Option(help: ArgumentHelp("The six-digit code of the division the name is proposed in.", valueName: "CODE"))
    var division: String

    @Option(help: "Where names must not repeat: county, city, province or built-up.")
    var scope: NamingScope?

    @Option(
        name: .customLong("built-up-area"),
        help: ArgumentHelp("With --scope built-up: the area's name in gazetteer/naming/built-up-areas.tsv.", valueName: "NAME"))
    var builtUpArea: String?

    @Option(help: "md or html.")
    var format: Format = .md

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    @Flag(help: "Keep the draft in the registry (naming_review), with --db.")
    var record = false

    @OptionGroup var size: SizeOptions

    @Option(help: ArgumentHelp("The gazetteer folder (default: the one shipped with diming).", valueName: "DIR"))
    var gazetteer: String?

    @Argument(help: "The proposed name.")
    var name: String

    func run() throws {
        if record && global.db == nil { throw ValidationError("--record needs the registry: diming --db DB name opinion …") }
        let setup = try NamingSetup(gazetteerOption: gazetteer, towns: nameClass == .township)
        _ = try setup.division(division)
        let scope = self.scope ?? nameClass.defaultScope
        if builtUpArea != nil && scope != .builtUp { throw ValidationError("--built-up-area goes with --scope built-up") }
        if scope == .builtUp && nameClass == .township {
            throw ValidationError("township names are unique within the province, not a built-up area; leave out --scope")
        }
        let duplicates = try NamingDuplicateSource(
            setup: setup, db: global.db, nameClass: nameClass, divisionCode: division, scope: scope, builtUpArea: builtUpArea)
        let review = try duplicates.review(name, facts: size.facts)
        let checker = setup.checker
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        let opinion = NamingOpinion(
            review: review, divisionName: setup.fullName(division),
            romanised: checker.spelling(of: name, nameClass: nameClass),
            toneMarked: checker.pinyin.toneMarked(name), parts: checker.parts(of: name, nameClass: nameClass),
            exemptions: checker.exemptions(for: name, divisionCode: division), scope: scope,
            date: formatter.string(from: Date()))
        let text = format == .md ? opinion.markdown : opinion.html
        if let out {
            do { try text.write(toFile: out, atomically: true, encoding: .utf8) } catch { throw CLIError("cannot write \(out): \(error.localizedDescription)") }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if record, let db = global.db {
            let registry = try Registry.open(path: db)
            let id = try registry.recordNamingReview(
                name: name, nameClass: nameClass.rawValue, divisionCode: division, verdict: review.verdict.rawValue,
                findingsJSON: review.findingsJSON, opinion: opinion.markdown, actor: global.actorName)
            FileHandle.standardError.write(Data("recorded as naming review \(id)\n".utf8))
        }
    }
}
