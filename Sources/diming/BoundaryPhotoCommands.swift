import ArgumentParser
import DimingCore
import DimingStore
import Foundation

struct BoundaryAddPhotoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-photo",
        abstract: "Record photos of a marker's inspection, by file path with a SHA-256 checksum.",
        discussion: """
            The files stay where they are; the registry keeps their absolute paths and checksums,
            and verify-photos later tells whether any went missing or changed. If any file cannot
            be read, none is recorded.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: BoundaryRoundArgument.help)
    var round: String

    @Option(help: ArgumentHelp("The line or tripoint.", valueName: "NAME"))
    var line: String

    @Option(help: ArgumentHelp("The marker number, with its part letter if any (004B).", valueName: "NUMBER"))
    var number: String

    @Argument(help: ArgumentHelp("The photo files.", valueName: "FILE"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one photo file") }
    }

    func run() throws {
        let roundID = try BoundaryRoundArgument.parse(round)
        let registry = try Registry.open(path: try global.registryPath())
        let photos = try registry.addBoundaryPhotos(round: roundID, line: line, number: number, paths: files, actor: global.actorName)
        for photo in photos { print("\(photo.status ?? "added")  \(photo.sha256)  \(photo.path)") }
        let added = photos.filter { $0.status != "unchanged" }.count
        print("Recorded \(added) of \(photos.count) photo\(photos.count == 1 ? "" : "s") for marker \(number) of \(line), round \(roundID).")
    }
}

struct BoundaryVerifyPhotosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-photos",
        abstract: "Re-hash the photos recorded in a round and report missing or changed files (exit 1 if any).")

    @OptionGroup var global: GlobalOptions

    @Option(help: BoundaryRoundArgument.help)
    var round: String

    @Option(help: ArgumentHelp("Only this line or tripoint.", valueName: "NAME"))
    var line: String?

    func run() throws {
        let roundID = try BoundaryRoundArgument.parse(round)
        let registry = try Registry.open(path: try global.registryPath())
        let checks = try registry.verifyBoundaryPhotos(round: roundID, line: line)
        for check in checks {
            let detail = check.status == .changed ? " (recorded \(check.recorded), now \(check.actual ?? ""))" : ""
            print("\(check.status.rawValue)  \(check.line) \(check.number)  \(check.path)\(detail)")
        }
        let bad = checks.filter { $0.status != .ok }
        let missing = bad.filter { $0.status == .missing }.count
        if bad.isEmpty {
            print("All \(checks.count) photo\(checks.count == 1 ? "" : "s") of round \(roundID) match their checksums.")
            return
        }
        throw CLIError("\(bad.count) of \(checks.count) photos of round \(roundID) do not match: \(missing) missing, \(bad.count - missing) changed")
    }
}
