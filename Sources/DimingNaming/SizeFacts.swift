/// What a proposal states about the feature's size. Every fact is optional:
/// a size rule is only applied to the facts given, so a missing fact never
/// produces a finding on its own.
public struct SizeFacts: Sendable, Equatable {
    public var values: [SizeFacts.Fact: Double]

    public enum Fact: String, Sendable, CaseIterable {
        case width, length, height, floors
        case landArea = "land_area"
        case floorArea = "floor_area"

        /// How the fact is written in a clerk's message.
        var label: String {
            switch self {
            case .width: return "width (m)"
            case .length: return "length (m)"
            case .height: return "height (m)"
            case .floors: return "floors"
            case .landArea: return "land area (m²)"
            case .floorArea: return "floor area (m²)"
            }
        }
    }

    public init(_ values: [SizeFacts.Fact: Double] = [:]) { self.values = values }

    public subscript(fact: Fact) -> Double? {
        get { values[fact] }
        set { values[fact] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty }
}
