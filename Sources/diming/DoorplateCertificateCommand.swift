import ArgumentParser
import DimingQR
import DimingStore
import Foundation

/// `diming doorplate certificate`: issues a doorplate certificate (门牌证).
struct DoorplateCertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate",
        abstract: "Issue a doorplate certificate (门牌证) and print it as HTML.",
        discussion: """
            Records the certificate (its number is the division code, the year and a sequence, never reused)
            and prints the printable HTML page, with the digital-doorplate QR code inline as SVG.
            With --out the page goes to the file and the certificate's record is printed as JSON.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: DoorplateTarget

    @Option(help: ArgumentHelp("Who applied for the certificate.", valueName: "NAME"))
    var applicant: String

    @Option(help: ArgumentHelp("The issuing office.", valueName: "NAME"))
    var office: String

    @Option(help: ArgumentHelp("Write the HTML page to this file.", valueName: "FILE.html"))
    var out: String?

    func run() throws {
        let ref = try target.ref
        let registry = try Registry.open(path: try global.registryPath())
        // A certificate number once taken is never reused: make sure the page
        // can be written before taking one.
        let file = try out.map(OutputFile.prepare)
        let certificate: DoorplateCertificate
        let html: String
        do {
            certificate = try registry.issueCertificate(
                for: ref, applicant: applicant, issuingOffice: office, actor: global.actorName)
            html = try DoorplateCertificateHTML.render(certificate)
        } catch {
            file?.discard()
            throw CLIError(String(describing: error))
        }
        if let file {
            try file.write(Data(html.utf8))
            print(try DoorplateCommand.json(certificate))
        } else {
            FileHandle.standardOutput.write(Data(html.utf8))
        }
    }
}
