/// How many physical markers stand at one numbered point of a boundary line.
///
/// A single marker (单立) stands on the line. Where the line follows a river or
/// road, two (同号双立, parts A and B) or three (同号三立, parts C, D and E) markers
/// share one number, one on each bank or side; each is registered and
/// inspected on its own. In GB/T 17796 numbers the type code is Q for single.
public enum MarkerType: String, Sendable, CaseIterable, Codable {
    case single
    case double
    case triple

    /// The part letters of this type; a single marker has the empty part.
    public var parts: [String] {
        switch self {
        case .single: return [""]
        case .double: return ["A", "B"]
        case .triple: return ["C", "D", "E"]
        }
    }

    /// The Chinese term used on registration forms.
    public var chineseName: String {
        switch self {
        case .single: return "单立"
        case .double: return "同号双立"
        case .triple: return "同号三立"
        }
    }
}
