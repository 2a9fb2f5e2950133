/// The address-element labels the parser emits (the common Chinese scheme:
/// LABELS.md in the project's shared data, and issue 3).
public enum AddressLabel: String, Sendable, CaseIterable, Codable {
    case country, prov, city, district, devzone, town, community, road, subroad, roadno, subroadno
    case poi, subpoi, houseno, cellno, floorno, roomno, person, assist, redundant, otherinfo
}
