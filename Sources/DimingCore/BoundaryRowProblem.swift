/// Why one row of a marker or inspection file cannot be loaded.
///
/// The messages name the field and the value and say what is expected, so the
/// clerk can fix the sheet without reading code; the line number is added by
/// the importer. One type serves both files because most checks are shared.
public enum BoundaryRowProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case wrongColumnCount(expected: Int, found: Int)
    case brokenQuoting(String)
    case notUTF8
    case missingField(String)
    case badCoordinate(field: String, value: String)
    case coordinateOutOfRange(field: String, value: String)
    case badNumber(String)
    case badType(String)
    case badSides(String)
    case unknownSide(String)
    case ambiguousSide(String, candidates: [String])
    case supersededSide(String, successor: String?)
    case sidesDiffer(line: String, registered: String, given: String)
    case nameTaken(String)
    case managingNotASide(String)
    case mixedTypes(line: String, number: String)
    case duplicateMarkerInFile(firstLine: Int)
    case badRound(String)
    case impossibleDate(String)
    case unknownCondition(String)
    case contradictoryConditions(String)
    case unknownLine(String)
    case unknownMarker(line: String, number: String)
    case partNeeded(line: String, number: String, parts: [String])
    case inspectedTwiceInFile(round: String, marker: String, firstLine: Int)
    case alreadyInspected(round: String, marker: String, on: String)
    case nothingToAmend(round: String, marker: String)
    case badAmends(String)
    case notALine(String)
    case lineNotesTwiceInFile(round: String, line: String, firstLine: Int)
    case badBearing(String)
    case badDistance(String)

    public var description: String {
        switch self {
        case let .wrongColumnCount(expected, found):
            return "wrong number of columns: expected \(expected), found \(found)"
        case let .brokenQuoting(detail):
            return detail
        case .notUTF8:
            return "the row is not valid UTF-8; save the file as UTF-8 (in Excel: CSV UTF-8)"
        case let .missingField(field):
            return "\(field) is empty"
        case let .badCoordinate(field, value):
            return "\(field) \"\(value)\" is not a number in decimal degrees"
        case let .coordinateOutOfRange(field, value):
            return field == "lat"
                ? "lat \(value) is out of range: a latitude lies between -90 and 90"
                : "lon \(value) is out of range: a longitude lies between -180 and 180"
        case let .badNumber(value):
            return "number \"\(value)\" is not a marker number (digits such as 001, optionally with a part letter such as 003A)"
        case let .badType(value):
            return "type \"\(value)\" is not a marker type: write single (单立), A or B (同号双立), or C, D or E (同号三立)"
        case let .badSides(value):
            return "sides \"\(value)\" must name two divisions (a line) or three (a tripoint), separated by ; — e.g. 331003;331082"
        case let .unknownSide(value):
            return "side \"\(value)\" is not a county-level or higher division in the gazetteer"
        case let .ambiguousSide(value, candidates):
            return "side \"\(value)\" could be \(candidates.joined(separator: " or ")); write the six-digit code instead"
        case let .supersededSide(value, successor):
            return "side \"\(value)\" no longer exists" + (successor.map { "; its successor is \($0)" } ?? "")
        case let .sidesDiffer(line, registered, given):
            return "line \(line) is registered between \(registered), but this row gives \(given)"
        case let .nameTaken(name):
            return "the name \(name) is already used by a boundary of the other kind (line or tripoint)"
        case let .managingNotASide(value):
            return "managing side \"\(value)\" is not one of the sides of this boundary"
        case let .mixedTypes(line, number):
            return "marker \(number) of \(line) is registered both as a single marker and as parts of a double or triple marker"
        case let .duplicateMarkerInFile(firstLine):
            return "the same marker is already given on line \(firstLine) of this file"
        case let .badRound(value):
            return "round \"\(value)\" is not an inspection round: write its number (such as 4 or 5), or ad-hoc:TITLE for an ad hoc inspection (such as ad-hoc:2025-07-flood)"
        case let .impossibleDate(value):
            return "date \"\(value)\" is not a real calendar date (expected YYYY-MM-DD, e.g. 2025-05-14)"
        case let .unknownCondition(word):
            return "condition \"\(word)\" is not known: use intact, damaged, lost, displaced, illegible or reference-missing, several separated by ; or |"
        case let .contradictoryConditions(words):
            return "condition \"\(words)\" lists intact together with a defect"
        case let .unknownLine(name):
            return "there is no boundary line or tripoint named \(name) in the registry; import its markers first"
        case let .unknownMarker(line, number):
            return "\(line) has no marker \(number) in the registry"
        case let .partNeeded(line, number, parts):
            return "marker \(number) of \(line) has several parts (\(parts.joined(separator: ", "))): write the part after the number, e.g. \(number)\(parts.first ?? "A")"
        case let .inspectedTwiceInFile(round, marker, firstLine):
            return "marker \(marker) is already inspected in round \(round) on line \(firstLine) of this file; mark this row as an amendment (amends column: yes) if it corrects that one"
        case let .alreadyInspected(round, marker, date):
            return "marker \(marker) was already inspected in round \(round) (on \(date)); mark this row as an amendment (amends column: yes) if it corrects that record"
        case let .nothingToAmend(round, marker):
            return "this row amends the round \(round) inspection of marker \(marker), but there is none to amend"
        case let .badAmends(value):
            return "amends \"\(value)\" should be yes or empty"
        case let .notALine(name):
            return "\(name) is a tripoint; line notes are kept for boundary lines only"
        case let .lineNotesTwiceInFile(round, line, firstLine):
            return "the notes of \(line) for round \(round) are already given on line \(firstLine) of this file"
        case let .badBearing(value):
            return "bearing \"\(value)\" is not a bearing: write degrees clockwise from north, from 0 to 360"
        case let .badDistance(value):
            return "distance \"\(value)\" is not a distance: write metres, 0 or more"
        }
    }
}
