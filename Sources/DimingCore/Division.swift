/// One administrative division as the gazetteer ships it.
///
/// Codes are never reused for a different place, and a division that was
/// renamed or abolished keeps its row with `status == .superseded` and, where
/// known, a `successorCode`: legacy addresses still carry the old names and
/// codes, and must be mapped, not dropped.
public struct Division: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        case current
        case superseded
    }

    public var code: String
    public var name: String
    public var level: DivisionLevel
    public var parentCode: String?
    public var shortName: String
    /// `gbt2260` for ordinary divisions, `nbs_function_zone` for statistical
    /// development zones (their codes are not GB/T 2260 counties, but addresses use them).
    public var kind: String
    public var status: Status
    public var validFrom: String?
    public var validTo: String?
    public var successorCode: String?

    public init(
        code: String, name: String, level: DivisionLevel, parentCode: String?, shortName: String,
        kind: String = "gbt2260", status: Status = .current, validFrom: String? = nil, validTo: String? = nil,
        successorCode: String? = nil
    ) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.shortName = shortName
        self.kind = kind
        self.status = status
        self.validFrom = validFrom
        self.validTo = validTo
        self.successorCode = successorCode
    }

    /// A six-digit GB/T 2260 code.
    public static func isWellFormedCode(_ code: String) -> Bool {
        code.utf8.count == 6 && code.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
