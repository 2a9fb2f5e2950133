/// How much of a QR symbol is spent on error correction (ISO/IEC 18004 §6.5.1).
///
/// A doorplate hangs outdoors for decades: dirt, rust and sun bleaching are
/// what the correction codewords are for, so the project's default is M
/// (about 15 % of the symbol recoverable) and H is there for damaged sites.
public enum QRErrorCorrection: String, CaseIterable, Sendable {
    case low = "L"
    case medium = "M"
    case quartile = "Q"
    case high = "H"

    /// The two bits the format information carries for the level. They are
    /// not in L, M, Q, H order: the standard assigns L = 01, M = 00, Q = 11, H = 10.
    var formatBits: Int {
        switch self {
        case .low: return 0b01
        case .medium: return 0b00
        case .quartile: return 0b11
        case .high: return 0b10
        }
    }

    /// The row of the level in the capacity tables of `QRVersion`.
    var tableIndex: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .quartile: return 2
        case .high: return 3
        }
    }

    /// Parses L, M, Q or H (either case).
    public init?(letter: String) {
        self.init(rawValue: letter.uppercased())
    }
}
