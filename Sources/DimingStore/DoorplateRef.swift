/// How a clerk names an existing doorplate: by the registry's address id or
/// by its permanent address code (the one printed on the plate and its QR code).
public enum DoorplateRef: Sendable, Equatable, CustomStringConvertible {
    case id(Int64)
    case code(String)

    public var description: String {
        switch self {
        case let .id(id): return "id \(id)"
        case let .code(code): return "code \(code)"
        }
    }
}
