/// A marker's number within its line, as written on the marker.
///
/// Each line numbers its markers from 001, in one direction. Numbers made only
/// of digits are padded to three digits, so "7" and "007" are the same marker
/// and sort as numbers; other numbers seen in practice (alphanumeric ones such
/// as "238184I") are kept as written.
public struct MarkerNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let text: String

    /// Nil for an empty number or one with characters other than letters, digits and '-'.
    public init?(_ raw: String) {
        let trimmed = raw.boundaryTrimmed
        guard !trimmed.isEmpty, trimmed.count <= 16,
            trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        if trimmed.allSatisfy(\.isNumber), let value = Int(trimmed) {
            let digits = String(value)
            text = digits.count < 3 ? String(repeating: "0", count: 3 - digits.count) + digits : digits
        } else {
            text = trimmed.uppercased()
        }
    }

    public var description: String { text }

    /// Numeric numbers in numeric order, then the others in text order.
    public static func < (l: MarkerNumber, r: MarkerNumber) -> Bool {
        switch (Int(l.text), Int(r.text)) {
        case let (a?, b?): return a < b
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return l.text < r.text
        }
    }
}

extension MarkerNumber {
    /// Splits an inspection row's number into the number and a part letter:
    /// "003A" → (003, "A"), "3" → (003, ""). A trailing A–E after digits is a
    /// part, since the numbers of single markers are digits only.
    public static func withPart(_ raw: String) -> (number: MarkerNumber, part: String)? {
        var text = raw.boundaryTrimmed.uppercased()
        var part = ""
        if let last = text.last, "ABCDE".contains(last), text.count > 1 {
            let stem = text.dropLast().filter { $0 != "-" }
            if !stem.isEmpty, stem.allSatisfy({ $0.isASCII && $0.isNumber }) {
                part = String(last)
                text = String(stem)
            }
        }
        guard let number = MarkerNumber(text) else { return nil }
        return (number, part)
    }
}
