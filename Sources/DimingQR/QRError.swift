/// Why a QR symbol could not be made.
public enum QRError: Error, Equatable, Sendable, CustomStringConvertible {
    /// More bytes than version 40 holds at the level.
    case dataTooLong(bytes: Int, level: QRErrorCorrection, capacity: Int)

    public var description: String {
        switch self {
        case let .dataTooLong(bytes, level, capacity):
            return "the QR payload is \(bytes) bytes; at error-correction level \(level.rawValue) a QR code holds at most \(capacity)"
        }
    }
}
