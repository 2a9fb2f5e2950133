import DimingCore
import GRDB

/// Finding and creating inspection rounds: regular rounds by number, ad hoc
/// inspections (after floods or road works) by title.
enum BoundaryRounds {
    static func find(_ round: InspectionRoundID, in db: Database) throws -> Int64? {
        switch round {
        case let .regular(n):
            return try Int64.fetchOne(db, sql: "SELECT id FROM inspection_round WHERE kind = 'regular' AND number = ?", arguments: [n])
        case let .adHoc(title):
            return try Int64.fetchOne(
                db, sql: "SELECT id FROM inspection_round WHERE kind = 'ad_hoc' AND title = ? ORDER BY id LIMIT 1", arguments: [title])
        }
    }

    static func create(_ round: InspectionRoundID, in db: Database) throws -> Int64 {
        switch round {
        case let .regular(n):
            try db.execute(
                sql: "INSERT INTO inspection_round (number, kind, title) VALUES (?, 'regular', ?)",
                arguments: [n, "第\(n)轮行政区域界线联合检查"])
        case let .adHoc(title):
            try db.execute(sql: "INSERT INTO inspection_round (number, kind, title) VALUES (NULL, 'ad_hoc', ?)", arguments: [title])
        }
        return db.lastInsertedRowID
    }

    /// Every recorded round, regular ones by number first, then ad hoc ones by title.
    static func all(in db: Database) throws -> [InspectionRoundID] {
        let rows = try Row.fetchAll(db, sql: "SELECT kind, number, title FROM inspection_round ORDER BY kind DESC, number, title")
        return rows.compactMap { row in
            if (row["kind"] as String) == "regular" { return (row["number"] as Int?).map(InspectionRoundID.regular) }
            return .adHoc(row["title"])
        }
    }
}

/// The rounds one import has looked up or created, so each is created once.
struct RoundCache {
    private var ids: [InspectionRoundID: Int64] = [:]

    var touched: [Int64] { Array(ids.values) }

    mutating func id(for round: InspectionRoundID, db: Database, summary: inout BoundaryImportSummary) throws -> Int64 {
        if let id = ids[round] { return id }
        let id: Int64
        if let found = try BoundaryRounds.find(round, in: db) {
            id = found
        } else {
            id = try BoundaryRounds.create(round, in: db)
            switch round {
            case let .regular(n): summary.roundsCreated.append(n)
            case let .adHoc(title): summary.adHocRoundsCreated.append(title)
            }
        }
        ids[round] = id
        return id
    }
}

extension BoundaryRef {
    /// The marker `number` (with its part letter, if any) of the boundary named
    /// `name`, or the row problem saying why there is none.
    static func marker(boundary name: String, number: MarkerNumber, part: String, in db: Database) throws -> (BoundaryRef, Int64) {
        guard let boundary = try BoundaryRef.find(name: name, in: db) else { throw BoundaryRowProblem.unknownLine(name) }
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM boundary_marker WHERE \(boundary.markerColumn) = ? AND number = ? AND part = ?",
            arguments: [boundary.id, number.text, part])
        {
            return (boundary, id)
        }
        let parts = try String.fetchAll(
            db, sql: "SELECT part FROM boundary_marker WHERE \(boundary.markerColumn) = ? AND number = ? ORDER BY part",
            arguments: [boundary.id, number.text])
        if part.isEmpty, !parts.isEmpty {
            throw BoundaryRowProblem.partNeeded(line: boundary.name, number: number.text, parts: parts)
        }
        throw BoundaryRowProblem.unknownMarker(line: boundary.name, number: number.text + part)
    }
}
