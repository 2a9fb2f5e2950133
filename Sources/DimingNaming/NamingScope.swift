/// The area within which a name must not be repeated or sound like another.
///
/// Expressed as a prefix of the six-digit division code, because the codes
/// nest (33 province, 3310 city, 331003 county) and the registry can fetch a
/// prefix range through its index.
///
/// A built-up area (建成区) does not follow the codes: it is a set of towns
/// (`BuiltUpAreas`), possibly across the districts of one city. Its prefix
/// is the city's, the widest it may reach; the towns narrow it further where
/// the registry's names are fetched.
public enum NamingScope: String, Sendable, CaseIterable, Codable {
    case county, city, province
    case builtUp = "built-up"

    /// The code prefix of `divisionCode` for this scope.
    public func prefix(of divisionCode: String) -> String {
        let digits = String(divisionCode.prefix(6))
        switch self {
        case .county: return digits
        case .city, .builtUp: return String(digits.prefix(4))
        case .province: return String(digits.prefix(2))
        }
    }

    /// The scope as a clerk's message names it ("in this county").
    public var word: String {
        switch self {
        case .builtUp: return "built-up area"
        default: return rawValue
        }
    }
}
