import DimingCSV
import Foundation

/// The rows of a small boundary CSV file, read whole, keyed by column name.
///
/// Marker and inspection files hold hundreds of rows, not millions, so they
/// are read into memory first; the header is checked before anything else so
/// a wrong file fails at once, and each row keeps its line number and bytes for
/// the messages. Columns may come in any order; unknown columns are refused so
/// that a misspelt optional column (`amend` for `amends`) is not silently ignored.
struct BoundaryCSVRows {
    struct Row {
        var line: Int
        var fields: [String: String]
        var raw: [UInt8]
        /// Set when the row could not be split into the header's fields.
        var problem: String?
    }

    var rows: [Row] = []

    init(reader: CSVReader, required: [String], optional: [String]) throws(RegistryError) {
        do {
            guard try reader.next() else { throw RegistryError.emptyFile }
            if let problem = reader.problem { throw RegistryError.badHeader(line: reader.line, reason: problem.description) }
            let names = (0..<reader.fieldCount).map { (reader.string($0) ?? "").lowercased() }.map { name in
                name.trimmingCharacters(in: .whitespaces)
            }
            let missing = required.filter { !names.contains($0) }
            if !missing.isEmpty {
                throw RegistryError.badHeader(
                    line: reader.line,
                    reason: "the header lacks \(missing.joined(separator: ", ")); expected the columns \((required + optional.map { "[\($0)]" }).joined(separator: ","))")
            }
            let known = Set(required + optional)
            if let unknown = names.first(where: { !known.contains($0) }) {
                throw RegistryError.badHeader(
                    line: reader.line,
                    reason: "unknown column \"\(unknown)\"; expected the columns \((required + optional.map { "[\($0)]" }).joined(separator: ","))")
            }
            var seen = Set<String>()
            if let repeated = names.first(where: { !seen.insert($0).inserted }) {
                throw RegistryError.badHeader(line: reader.line, reason: "column \"\(repeated)\" appears twice")
            }
            while try reader.next() {
                var row = Row(line: reader.line, fields: [:], raw: reader.raw, problem: nil)
                if let problem = reader.problem {
                    row.problem = problem.description
                } else if reader.fieldCount != names.count {
                    row.problem = "wrong number of columns: expected \(names.count), found \(reader.fieldCount)"
                } else if (0..<reader.fieldCount).contains(where: { reader.string($0) == nil }) {
                    row.problem = "the row is not valid UTF-8; save the file as UTF-8 (in Excel: CSV UTF-8)"
                } else {
                    for (index, name) in names.enumerated() { row.fields[name] = reader.string(index) ?? "" }
                }
                rows.append(row)
            }
        } catch let error as RegistryError {
            throw error
        } catch {
            throw RegistryError.wrap(error)
        }
    }
}
