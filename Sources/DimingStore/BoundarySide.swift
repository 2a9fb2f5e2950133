import DimingCore
import GRDB

/// One side of a boundary: a current county-level or higher division.
public struct BoundarySide: Sendable, Equatable, Encodable {
    public var code: String
    public var name: String
    public var shortName: String

    enum CodingKeys: String, CodingKey {
        case code, name
        case shortName = "short_name"
    }

    /// The short form used in line names (黄岩 for 黄岩区).
    public var abbreviation: String { BoundaryLineName.shortName(name: name, shortName: shortName) }

    /// Finds a side written as a six-digit code, a full name or a short name.
    /// A name shared by several divisions (there are many 城关 and 新区) must be
    /// given as a code.
    static func resolve(_ text: String, in db: Database) throws -> Result<BoundarySide, BoundaryRowProblem> {
        if Division.isWellFormedCode(text) {
            guard let row = try Row.fetchOne(db, sql: "SELECT code, name, short_name, status, successor_code FROM division WHERE code = ?", arguments: [text]) else {
                return .failure(.unknownSide(text))
            }
            if row["status"] as String == "superseded" {
                return .failure(.supersededSide("\(text) \(row["name"] as String)", successor: row["successor_code"]))
            }
            return .success(BoundarySide(code: row["code"], name: row["name"], shortName: row["short_name"]))
        }
        let rows = try Row.fetchAll(
            db, sql: "SELECT code, name, short_name FROM division WHERE status = 'current' AND (name = ? OR short_name = ?) ORDER BY code",
            arguments: [text, text])
        if rows.isEmpty { return .failure(.unknownSide(text)) }
        if rows.count > 1 {
            return .failure(.ambiguousSide(text, candidates: rows.map { "\($0["name"] as String) (\($0["code"] as String))" }))
        }
        return .success(BoundarySide(code: rows[0]["code"], name: rows[0]["name"], shortName: rows[0]["short_name"]))
    }

    /// The side with this code as the registry holds it.
    static func fetch(code: String, in db: Database) throws -> BoundarySide {
        let row = try Row.fetchOne(db, sql: "SELECT code, name, short_name FROM division WHERE code = ?", arguments: [code])
        return BoundarySide(code: code, name: row?["name"] ?? code, shortName: row?["short_name"] ?? "")
    }
}
