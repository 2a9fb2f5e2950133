/// Why a proposal could not be placed in a built-up area, worded for the
/// clerk with what to do next.
public enum BuiltUpAreaError: Error, Sendable, Equatable, CustomStringConvertible {
    case noneInCounty(String)
    case ambiguous(String, candidates: [String])
    case unknown(String, known: [String])
    case notInCounty(String, countyCode: String)

    public var description: String {
        switch self {
        case let .noneInCounty(code):
            return "no built-up area in gazetteer/naming/built-up-areas.tsv takes in towns of county \(code); add the area's towns there, or check with --scope county"
        case let .ambiguous(code, candidates):
            return "county \(code) has towns in several built-up areas (\(candidates.joined(separator: ", "))); name one with --built-up-area"
        case let .unknown(name, known):
            return "there is no built-up area \(name) in gazetteer/naming/built-up-areas.tsv (listed: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case let .notInCounty(name, code):
            return "built-up area \(name) takes in no town of county \(code); check --division or --built-up-area"
        }
    }
}
