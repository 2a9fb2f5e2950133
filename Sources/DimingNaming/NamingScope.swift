/// The area within which a name must not be repeated or sound like another.
///
/// Expressed as a prefix of the six-digit division code, because the codes
/// nest (33 province, 3310 city, 331003 county) and the registry can fetch a
/// prefix range through its index.
public enum NamingScope: String, Sendable, CaseIterable, Codable {
    case county, city, province

    /// The code prefix of `divisionCode` for this scope.
    public func prefix(of divisionCode: String) -> String {
        let digits = String(divisionCode.prefix(6))
        switch self {
        case .county: return digits
        case .city: return String(digits.prefix(4))
        case .province: return String(digits.prefix(2))
        }
    }
}
