/// How far down the registry a match reaches: a whole address, or only the
/// road or estate when that is all the text supports.
public enum MatchLevel: String, Sendable, Codable {
    case address, road, estate, none
}
