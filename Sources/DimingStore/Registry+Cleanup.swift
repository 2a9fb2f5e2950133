import DimingMatch
import Foundation
import GRDB

/// Cleanup batches: the sheets of legacy addresses an office matches to the
/// registry, their verdicts and the reviewers' decisions.
///
/// A cleanup never changes registry addresses; it writes only its own batch
/// and line records, each write with its audit entry.
extension Registry {
    /// Opens a batch for a sheet. Lines follow with ``appendCleanupLines(_:)``.
    public func createCleanupBatch(
        sourceName: String, addressColumn: String, encoding: String, header: [String], settings: [String: String],
        actor: String
    ) throws(RegistryError) -> CleanupBatch {
        let created = Registry.timestamp()
        let headerJSON = Self.json(header)
        let settingsJSON = Self.json(settings)
        return try change(actor: actor, action: "cleanup-batch", entity: "cleanup_batch") { db in
            try db.execute(
                sql: """
                    INSERT INTO cleanup_batch (created_at, actor, source_name, address_column, encoding, header, settings)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [created, actor, sourceName, addressColumn, encoding, headerJSON, settingsJSON])
            let batch = CleanupBatch(
                id: db.lastInsertedRowID, createdAt: created, actor: actor, sourceName: sourceName,
                addressColumn: addressColumn, encoding: encoding, header: header)
            return (batch, nil, "{\"batch\":\(batch.id),\"source\":\(Self.json(sourceName)),\"settings\":\(settingsJSON)}")
        }
    }

    /// Stores matched lines of a batch, in one transaction per call.
    public func appendCleanupLines(_ lines: [CleanupLine]) throws(RegistryError) {
        guard !lines.isEmpty else { return }
        do {
            try dbWriter.write { db in
                let statement = try db.cachedStatement(sql: """
                    INSERT INTO cleanup_line (batch_id, line_number, row, input, match_address_id, match_road_id,
                      match_place_id, confidence, verdict, reasons, match_level, match_text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for line in lines {
                    try statement.execute(arguments: [
                        line.batchID, line.lineNumber, Self.jsonArray(line.row), line.input, line.addressID, line.roadID,
                        line.placeID, line.confidence, line.verdict.rawValue, Self.jsonArray(line.reasons), line.level,
                        line.matchAddress,
                    ])
                }
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    /// Records the end of a run with its counts, for the audit log.
    public func finishCleanupBatch(_ id: Int64, counts: [String: Int], actor: String) throws(RegistryError) {
        let after = Self.json(counts)
        try change(actor: actor, action: "cleanup-run", entity: "cleanup_batch", entityId: String(id)) { _ in
            ((), nil, after)
        }
    }

    /// Every batch with its counts, newest first.
    public func cleanupBatches() throws(RegistryError) -> [CleanupBatch] {
        do {
            return try dbWriter.read { db in
                try Row.fetchAll(db, sql: "SELECT id FROM cleanup_batch ORDER BY id DESC").compactMap { row in
                    try Self.batch(db, id: row[0])
                }
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }

    public func cleanupBatch(_ id: Int64) throws(CleanupError) -> CleanupBatch {
        do {
            guard let batch = try dbWriter.read({ db in try Self.batch(db, id: id) }) else { throw CleanupError.unknownBatch(id) }
            return batch
        } catch let error as CleanupError {
            throw error
        } catch {
            throw CleanupError.registry(RegistryError.wrap(error).description)
        }
    }

    static func batch(_ db: Database, id: Int64) throws -> CleanupBatch? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, created_at, actor, source_name, address_column, encoding, header FROM cleanup_batch WHERE id = ?
            """, arguments: [id])
        else { return nil }
        let header = (try? JSONDecoder().decode([String].self, from: Data((row[6] as String).utf8))) ?? []
        var batch = CleanupBatch(
            id: row[0], createdAt: row[1], actor: row[2], sourceName: row[3], addressColumn: row[4], encoding: row[5],
            header: header)
        for count in try Row.fetchAll(db, sql: """
            SELECT verdict, review_status, count(*) FROM cleanup_line WHERE batch_id = ? GROUP BY verdict, review_status
            """, arguments: [id])
        {
            let n: Int = count[2]
            batch.lines += n
            switch (count[0] as String?) ?? "" {
            case "matched": batch.matched += n
            case "review":
                batch.review += n
                if (count[1] as String) == "pending" { batch.pendingReview += n }
            default: batch.unmatched += n
            }
        }
        return batch
    }

    /// Lines of a batch in input order: all of them, or those with a verdict
    /// and review status (the review queue is `review` + `pending`).
    public func cleanupLines(
        batch: Int64, verdict: MatchVerdict? = nil, status: CleanupLine.ReviewStatus? = nil, limit: Int? = nil
    ) throws(CleanupError) -> [CleanupLine] {
        _ = try cleanupBatch(batch)
        do {
            return try dbWriter.read { db in
                var sql = """
                    SELECT batch_id, line_number, row, input, match_level, match_address_id, match_road_id, match_place_id,
                      match_text, confidence, verdict, reasons, review_status, reviewed_by, reviewed_at, corrected_address_id
                    FROM cleanup_line WHERE batch_id = ?
                    """
                var arguments: StatementArguments = [batch]
                if let verdict {
                    sql += " AND verdict = ?"
                    _ = arguments.append(contentsOf: [verdict.rawValue])
                }
                if let status {
                    sql += " AND review_status = ?"
                    _ = arguments.append(contentsOf: [status.rawValue])
                }
                sql += " ORDER BY line_number"
                if let limit { sql += " LIMIT \(max(0, limit))" }
                let decoder = JSONDecoder()
                return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    let level: String = row[4]
                    let addressID: Int64? = row[5]
                    let roadID: Int64? = row[6]
                    let placeID: Int64? = row[7]
                    let matchID: Int64? = switch level {
                    case "address": addressID
                    case "road": roadID
                    case "estate": placeID
                    default: nil
                    }
                    return CleanupLine(
                        batchID: row[0], lineNumber: row[1],
                        row: (try? decoder.decode([String].self, from: Data((row[2] as String).utf8))) ?? [],
                        input: row[3], level: level, matchID: matchID, addressID: addressID, roadID: roadID,
                        placeID: placeID, matchAddress: row[8], confidence: row[9] ?? 0,
                        verdict: MatchVerdict(rawValue: row[10] ?? "") ?? .unmatched,
                        reasons: (try? decoder.decode([String].self, from: Data((row[11] as String).utf8))) ?? [],
                        reviewStatus: CleanupLine.ReviewStatus(rawValue: row[12]) ?? .pending, reviewedBy: row[13],
                        reviewedAt: row[14], correctedAddressID: row[15])
                }
            }
        } catch {
            throw CleanupError.registry(RegistryError.wrap(error).description)
        }
    }

    /// A reviewer's decision on one line.
    public enum CleanupDecision: Sendable, Equatable {
        /// Take the matcher's candidate address.
        case accept
        /// The line means this registry address instead.
        case correct(addressID: Int64)
        /// No registry address fits the line.
        case reject
    }

    /// Records a decision, with its audit entry. Only the batch's own line
    /// changes; a corrected line points at the address and shows its text.
    @discardableResult
    public func reviewCleanupLine(
        batch: Int64, line: Int, decision: CleanupDecision, actor: String
    ) throws(CleanupError) -> CleanupLine {
        _ = try cleanupBatch(batch)
        let now = Registry.timestamp()
        do {
            try dbWriter.write { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT id, match_address_id, review_status, corrected_address_id FROM cleanup_line
                    WHERE batch_id = ? AND line_number = ?
                    """, arguments: [batch, line])
                else { throw CleanupError.unknownLine(batch: batch, line: line) }
                let lineID: Int64 = row[0]
                let before = "{\"review_status\":\(Self.json(row[2] as String)),\"corrected_address_id\":\((row[3] as Int64?).map(String.init) ?? "null")}"
                var status = ""
                var corrected: Int64?
                var text: String?
                switch decision {
                case .accept:
                    guard (row[1] as Int64?) != nil else { throw CleanupError.nothingToAccept(batch: batch, line: line) }
                    status = "accepted"
                case .correct(let addressID):
                    guard try Int.fetchOne(db, sql: "SELECT 1 FROM address WHERE id = ?", arguments: [addressID]) != nil else {
                        throw CleanupError.unknownAddress(addressID)
                    }
                    status = "corrected"
                    corrected = addressID
                    text = try Self.standardAddress(db, id: addressID)
                case .reject:
                    status = "rejected"
                }
                try db.execute(
                    sql: """
                        UPDATE cleanup_line SET review_status = ?, reviewed_by = ?, reviewed_at = ?, corrected_address_id = ?
                        WHERE id = ?
                        """, arguments: [status, actor, now, corrected, lineID])
                if let text, let corrected {
                    try db.execute(
                        sql: "UPDATE cleanup_line SET match_text = ?, match_level = 'address', match_address_id = ? WHERE id = ?",
                        arguments: [text, corrected, lineID])
                }
                let entry = AuditEntry(
                    at: now, actor: actor, action: "cleanup-review", entity: "cleanup_line", entityId: "\(batch):\(line)",
                    before: before,
                    after: "{\"review_status\":\(Self.json(status)),\"corrected_address_id\":\(corrected.map(String.init) ?? "null")}")
                try entry.insert(db)
            }
        } catch let error as CleanupError {
            throw error
        } catch {
            throw CleanupError.registry(RegistryError.wrap(error).description)
        }
        guard let updated = try cleanupLines(batch: batch).first(where: { $0.lineNumber == line }) else {
            throw CleanupError.unknownLine(batch: batch, line: line)
        }
        return updated
    }

    static func standardAddress(_ db: Database, id: Int64) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.division_code, t.name, r.name, c.name, a.number, p.name, a.building, a.unit, a.room
            FROM address a LEFT JOIN town t ON t.id = a.town_id LEFT JOIN road r ON r.id = a.road_id
            LEFT JOIN community c ON c.id = a.community_id LEFT JOIN place p ON p.id = a.estate_id
            WHERE a.id = ?
            """, arguments: [id])
        else { return nil }
        var names: [String] = []
        var next: String? = row[0]
        while let code = next, names.count < 6,
            let d = try Row.fetchOne(db, sql: "SELECT name, parent_code FROM division WHERE code = ?", arguments: [code])
        {
            names.insert(d[0], at: 0)
            next = d[1]
        }
        let road: String? = row[2]
        let locator = road ?? (row[3] as String?) ?? ""
        return names.joined() + ((row[1] as String?) ?? "") + locator + (row[4] as String)
            + ((row[5] as String?) ?? "") + (row[6] as String) + (row[7] as String) + (row[8] as String)
    }

    /// A JSON array of strings, written directly: a batch stores one per line,
    /// and Foundation's encoder took most of a run's store time.
    static func jsonArray(_ items: [String]) -> String {
        var out = "["
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(",") }
            out.append("\"")
            if !item.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                out.append(item)
                out.append("\"")
                continue
            }
            for scalar in item.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            out.append("\"")
        }
        out.append("]")
        return out
    }

    static func json<T: Encodable>(_ value: T) -> String {
        String(decoding: (try? JSONEncoder.registry.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}
