import DimingCore
import DimingQR

/// Why a doorplate operation was refused, worded for the clerk. Nothing is
/// written when one of these is thrown.
public enum DoorplateError: Error, CustomStringConvertible, Sendable {
    case unknownDivision(String)
    case supersededDivision(code: String, name: String, successor: String?)
    case notCountyLevel(code: String, name: String)
    case unknownRoad(String, division: String, suggestions: [String])
    case retiredRoad(String)
    case plannedRoad(String)
    case unknownTown(String, division: String)
    case sideNotAllowed(road: String, side: DoorplateSide, allowed: [DoorplateSide])
    case sideMismatch(number: String, side: DoorplateSide)
    case badNumber(String)
    case numberTaken(road: String, number: String)
    case unknownNumber(road: String, number: String)
    case noSubNumberLeft(road: String, base: Int, style: SubNumberStyle)
    case metricNeedsPosition(preset: String)
    case notMetric(preset: String)
    case unknownPreset(String, known: [String])
    case badPolicy(String)
    case unknownDoorplate(Int64)
    case alreadyRetired(id: Int64, number: String)
    case badLayout(String)
    case estateAlreadyNumbered(String)
    case unknownCode(String)
    case missingField(String)
    case noPermanentCode(id: Int64, address: String)
    case certificateNumbersExhausted(division: String, year: String)
    case qrCode(QRError)
    case sameRoad(String)
    case roadNameTaken(String, division: String)
    case metricTarget(road: String, preset: String)
    case numbersClash(road: String, numbers: [String])
    case sideNotOnRoad(road: String, orientation: RoadOrientation, side: CompassPoint)
    case registry(RegistryError)

    public var description: String {
        switch self {
        case let .unknownDivision(code):
            return "there is no division \(code) in the registry; give a county-level GB/T 2260 code such as 331003"
        case let .supersededDivision(code, name, successor):
            return "division \(code) \(name) no longer exists" + (successor.map { "; its successor is \($0)" } ?? "")
        case let .notCountyLevel(code, name):
            return "\(code) \(name) is not a county-level division; doorplates are issued in a district, county or county-level city"
        case let .unknownRoad(name, division, suggestions):
            return "there is no road \(name) in division \(division)"
                + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case let .retiredRoad(name):
            return "road \(name) is retired; doorplates are only issued on active roads"
        case let .plannedRoad(name):
            return "road \(name) is only planned; its name must be approved before doorplates are issued"
        case let .unknownTown(name, division):
            return "there is no town \(name) in division \(division)"
        case let .sideNotAllowed(road, side, allowed):
            return "road \(road) takes only \(allowed.map(\.rawValue).joined(separator: " and ")) numbers; the \(side.rawValue) side is not numbered"
        case let .sideMismatch(number, side):
            return "\(number) is not on the \(side.rawValue) side"
        case let .badNumber(text):
            return "\(text) is not a doorplate number (write it as 118号 or 118-1号)"
        case let .numberTaken(road, number):
            return "\(road)\(number) has already been issued (numbers are never reused, even after retirement)"
        case let .unknownNumber(road, number):
            return "there is no doorplate \(road)\(number) to issue after"
        case let .noSubNumberLeft(road, base, style):
            return "no sub-number of \(road)\(base)号 is left in the \(style.rawValue) style"
        case let .metricNeedsPosition(preset):
            return "the \(preset) rules number doors by distance: give the position with --metres"
        case let .notMetric(preset):
            return "the \(preset) rules do not number by distance; leave out --metres"
        case let .unknownPreset(name, known):
            return "there is no numbering preset \(name); known: \(known.joined(separator: ", "))"
        case let .badPolicy(reason):
            return "numbering policy: \(reason)"
        case let .unknownDoorplate(id):
            return "there is no doorplate with id \(id)"
        case let .alreadyRetired(id, number):
            return "doorplate \(id) (\(number)) is already retired"
        case let .badLayout(reason):
            return "estate layout: \(reason)"
        case let .estateAlreadyNumbered(name):
            return "estate \(name) already has numbered rooms; it is numbered once, as a whole"
        case let .unknownCode(code):
            return "there is no doorplate with the permanent address code \(code)"
        case let .missingField(name):
            return "the \(name) must be given"
        case let .noPermanentCode(id, address):
            return "doorplate \(id) (\(address)) has no permanent address code (it was imported, not issued here); "
                + "issue it anew to give it one"
        case let .certificateNumbersExhausted(division, year):
            return "division \(division) has issued 999999 certificates in \(year); no certificate number is left this year"
        case let .qrCode(error):
            return error.description
        case let .sameRoad(name):
            return "\(name) cannot be renumbered into itself; give another road with --into or a new name with --rename"
        case let .roadNameTaken(name, division):
            return "division \(division) already has a road \(name); to join the two roads use --into \(name)"
        case let .metricTarget(road, preset):
            return "\(road) is numbered by distance (\(preset) rules): its new numbers cannot be counted on; "
                + "use --keep-numbers, or issue each doorplate with --metres"
        case let .numbersClash(road, numbers):
            return "\(road) already has (or once had) \(numbers.prefix(5).joined(separator: ", "))"
                + (numbers.count > 5 ? " and \(numbers.count - 5) more" : "")
                + "; these numbers cannot be kept (numbers are never reused), renumber without --keep-numbers"
        case let .sideNotOnRoad(road, orientation, side):
            return "\(road) runs \(orientation.rawValue); its sides are \(orientation.sides.map(\.rawValue).joined(separator: " and ")), not \(side.rawValue)"
        case let .registry(error):
            return error.description
        }
    }
}
