/// What an inspection found at one marker. Several may apply at once (a
/// marker can be both displaced and illegible); `intact` excludes the others.
///
/// The cases are declared in the order reports list them.
public enum MarkerCondition: String, Sendable, CaseIterable, Codable, Comparable {
    case intact
    case damaged
    case lost
    case displaced
    case illegible
    case referenceMissing = "reference-missing"

    /// The word as written in the CSV and the JSON report, or its Chinese form
    /// as used on the 联检记录表 (完好, 损坏, 丢失, 移位, 字迹不清, 方位物缺失).
    public init?(word: String) {
        let w = word.boundaryTrimmed.lowercased()
        if let known = MarkerCondition(rawValue: w) {
            self = known
            return
        }
        switch w {
        case "完好": self = .intact
        case "损坏", "破损": self = .damaged
        case "丢失", "缺失": self = .lost
        case "移位", "位移": self = .displaced
        case "字迹不清", "模糊": self = .illegible
        case "方位物缺失", "方位物不全", "reference missing", "reference_missing": self = .referenceMissing
        default: return nil
        }
    }

    /// The Chinese term used on the inspection form.
    public var chineseName: String {
        switch self {
        case .intact: return "完好"
        case .damaged: return "损坏"
        case .lost: return "丢失"
        case .displaced: return "移位"
        case .illegible: return "字迹不清"
        case .referenceMissing: return "方位物缺失"
        }
    }

    /// How serious the finding is, for choosing one colour for a marker with
    /// several conditions: the most serious one wins.
    public var severity: Int {
        switch self {
        case .intact: return 0
        case .referenceMissing: return 1
        case .illegible: return 2
        case .displaced: return 3
        case .damaged: return 4
        case .lost: return 5
        }
    }

    public static func < (l: MarkerCondition, r: MarkerCondition) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}
