import DimingQR
import Foundation

/// The text a digital doorplate's QR code carries.
///
/// A JSON object with exactly two string members, keys sorted:
/// `{"address":"<standard address>","code":"<permanent address code>"}`, in
/// UTF-8 without an ECI header. JSON because any phone app or counter system
/// can read it without knowing Diming, and the code lets it look the address
/// up in the registry even after a road is renamed (the code stays, the text
/// may not). Without ECI because zbar, the common open decoder, reads UTF-8
/// Chinese correctly either way, and older phone readers mishandle ECI.
public struct DigitalDoorplatePayload: Sendable, Equatable, Codable {
    public var address: String
    public var code: String

    public init(address: String, code: String) {
        self.address = address
        self.code = code
    }

    /// The payload text, as encoded in the QR code.
    public var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding two strings cannot fail.
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }

    /// The QR code of the payload.
    public func qrCode(errorCorrection: QRErrorCorrection = .medium) throws(QRError) -> QRCode {
        try QRCode(text: text, errorCorrection: errorCorrection)
    }
}
