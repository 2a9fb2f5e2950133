/// Why one row of an address file was not loaded. Each case reads as a sentence
/// a clerk can act on; the importer prefixes it with the line number.
public enum AddressRowProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case brokenQuoting(String)
    case columnCount(expected: Int, found: Int)
    case invalidUTF8(column: String)
    case damagedText(column: String)
    case controlCharacter(column: String, scalar: UInt32)
    case tooLong(column: String, length: Int, limit: Int)
    case badID(String)
    case badDivisionCode(String)
    case unknownDivision(String)
    case supersededDivision(code: String, name: String, successor: String?)
    case notCountyLevel(code: String, name: String)
    case badNumber(String)
    case badCoordinate(column: String, text: String)
    case halfCoordinate
    case badStatus(String)
    case noLocation
    case duplicateInFile(firstLine: Int?)
    case idRepeatedInFile(Int64, line: Int?)
    case idTakenByOtherAddress(id: Int64, existing: String)
    case addressHasOtherID(existingID: Int64)

    public var description: String {
        switch self {
        case let .brokenQuoting(detail):
            return detail
        case let .columnCount(expected, found):
            return "wrong number of columns: expected \(expected), found \(found) (an unquoted comma inside a field?)"
        case let .invalidUTF8(column):
            return "column \(column) is not valid UTF-8; if the file was saved as GBK/GB18030 (common with Excel and WPS), import it with --encoding gb18030"
        case let .damagedText(column):
            return "column \(column) contains the replacement character �: the text was damaged by a wrong encoding, here or in an earlier conversion"
        case let .controlCharacter(column, scalar):
            let hex = String(scalar, radix: 16, uppercase: true)
            return "column \(column) contains an invisible control character (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
        case let .tooLong(column, length, limit):
            return "column \(column) is \(length) characters long; the limit is \(limit)"
        case let .badID(text):
            return "id \"\(text)\" is not a positive whole number (leave it empty to have one assigned)"
        case let .badDivisionCode(text):
            return "division_code \"\(text)\" is not a six-digit code"
        case let .unknownDivision(code):
            return "division_code \(code) is not in the gazetteer"
        case let .supersededDivision(code, name, successor):
            if let successor {
                return "division_code \(code) (\(name)) no longer exists; use its successor \(successor)"
            }
            return "division_code \(code) (\(name)) no longer exists"
        case let .notCountyLevel(code, name):
            return "division_code \(code) (\(name)) is not a county-level division; addresses belong to a county, district or county-level city"
        case let .badNumber(text):
            return "number \"\(text)\" is not a doorplate designation such as 118号, 118-1号, 118号之一, 118甲号 or 5组6号"
        case let .badCoordinate(column, text):
            return "\(column) \"\(text)\" is not a \(column == "lat" ? "latitude between -90 and 90" : "longitude between -180 and 180")"
        case .halfCoordinate:
            return "lat and lon must both be given or both be empty"
        case let .badStatus(text):
            return "status \"\(text)\" must be active or retired"
        case .noLocation:
            return "the row names no road, estate or community, so it locates nothing"
        case let .duplicateInFile(firstLine):
            if let firstLine { return "the same address as line \(firstLine)" }
            return "the same address as an earlier row of this file"
        case let .idRepeatedInFile(id, line):
            if let line {
                return "id \(id) is already used by line \(line) (if that row had no id, it was given \(id): put rows with ids first, or leave all ids empty)"
            }
            return "id \(id) is used by an earlier row of this file"
        case let .idTakenByOtherAddress(id, existing):
            return "id \(id) already belongs to another address (\(existing))"
        case let .addressHasOtherID(existingID):
            return "this address is already registered under id \(existingID)"
        }
    }
}
