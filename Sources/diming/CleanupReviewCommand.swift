import ArgumentParser
import DimingMatch
import DimingStore
import Foundation

/// `diming cleanup review …`: the review queue of a batch and the decisions on it.
struct CleanupReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List a batch's review queue and accept, correct or reject its lines.",
        subcommands: [List.self, Accept.self, Correct.self, Reject.self])

    struct Target: ParsableArguments {
        @Option(help: "The cleanup batch (diming cleanup batches lists them).")
        var batch: Int64

        @Option(help: "The line number in the input file, as in the output's line column.")
        var line: Int
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lines waiting for review, with the candidate, confidence and reasons.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The cleanup batch.")
        var batch: Int64

        @Option(help: "Which lines: pending (the queue, default), review (all review lines), unmatched, matched, all.")
        var show: String = "pending"

        @Option(help: "At most this many lines.")
        var limit: Int?

        @Flag(help: "One JSON object per line instead of a table.")
        var jsonl = false

        func run() throws {
            let registry = try Registry.open(path: try global.registryPath())
            let lines: [CleanupLine]
            switch show {
            case "pending": lines = try registry.cleanupLines(batch: batch, verdict: .review, status: .pending, limit: limit)
            case "review": lines = try registry.cleanupLines(batch: batch, verdict: .review, limit: limit)
            case "unmatched": lines = try registry.cleanupLines(batch: batch, verdict: .unmatched, limit: limit)
            case "matched": lines = try registry.cleanupLines(batch: batch, verdict: .matched, limit: limit)
            case "all": lines = try registry.cleanupLines(batch: batch, limit: limit)
            default: throw ValidationError("--show takes pending, review, unmatched, matched or all")
            }
            if jsonl {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for line in lines {
                    let item = ReviewItem(line)
                    print(String(decoding: try encoder.encode(item), as: UTF8.self))
                }
                return
            }
            if lines.isEmpty {
                print("nothing to show for batch \(batch) (\(show))")
                return
            }
            for line in lines {
                print("line \(line.lineNumber)  \(line.verdict.rawValue)  \(CleanupRunCommand.confidence(line.confidence))  \(line.reviewStatus.rawValue)")
                print("  input:     \(line.input)")
                print("  candidate: \(line.matchAddress.isEmpty ? "(none)" : line.matchAddress)\(line.matchID.map { "  [\(line.level) \($0)]" } ?? "")")
                if !line.reasons.isEmpty { print("  reasons:   \(line.reasons.joined(separator: ", "))") }
            }
        }
    }

    /// One queue line as JSON.
    struct ReviewItem: Codable {
        var line: Int
        var input: String
        var match_id: Int64?
        var match_level: String
        var match_address: String
        var confidence: Double
        var verdict: String
        var reasons: [String]
        var review_status: String
        var reviewed_by: String?

        init(_ l: CleanupLine) {
            line = l.lineNumber
            input = l.input
            match_id = l.matchID
            match_level = l.level
            match_address = l.matchAddress
            confidence = l.confidence
            verdict = l.verdict.rawValue
            reasons = l.reasons
            review_status = l.reviewStatus.rawValue
            reviewed_by = l.reviewedBy
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take the candidate address of a line.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: Target

        func run() throws {
            let registry = try Registry.open(path: try global.registryPath())
            let line = try registry.reviewCleanupLine(batch: target.batch, line: target.line, decision: .accept, actor: global.actorName)
            print("line \(line.lineNumber): accepted \(line.matchAddress)")
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Point a line at another registry address.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: Target

        @Option(name: .customLong("address-id"), help: "The registry address the line means.")
        var addressID: Int64

        func run() throws {
            let registry = try Registry.open(path: try global.registryPath())
            let line = try registry.reviewCleanupLine(
                batch: target.batch, line: target.line, decision: .correct(addressID: addressID), actor: global.actorName)
            print("line \(line.lineNumber): corrected to \(line.matchAddress)")
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that no registry address fits a line.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: Target

        func run() throws {
            let registry = try Registry.open(path: try global.registryPath())
            let line = try registry.reviewCleanupLine(batch: target.batch, line: target.line, decision: .reject, actor: global.actorName)
            print("line \(line.lineNumber): rejected")
        }
    }
}

extension CleanupError: LocalizedError {
    public var errorDescription: String? { description }
}
