import DimingCore
import Foundation
import GRDB

/// One photo recorded for an inspection: the file and its SHA-256.
public struct BoundaryPhoto: Sendable, Equatable, Encodable {
    public var path: String
    public var sha256: String
    /// For `add-photo`: `added`, `updated` (same path, new content) or `unchanged`.
    public var status: String?
}

/// The result of re-hashing one recorded photo.
public struct BoundaryPhotoCheck: Sendable, Equatable, Encodable {
    public enum Status: String, Sendable, Encodable { case ok, missing, changed }
    public var line: String
    public var number: String
    public var path: String
    public var recorded: String
    /// The checksum now, nil when the file cannot be read.
    public var actual: String?
    public var status: Status
}

/// Reading a file's SHA-256 in pieces, so large photos need little memory.
public enum FileChecksum {
    public static func sha256(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BoundaryError.photo(path: path, reason: "the file does not exist or cannot be read")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            if chunk.isEmpty { break }
            hasher.update(chunk)
        }
        return SHA256.hex(hasher.finalize())
    }

    /// The absolute, standardised form of a path as given on the command line.
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

extension Registry {
    /// Records photos of a marker's inspection in a round, by absolute file path
    /// and SHA-256. Every file is read and hashed before anything is written, so
    /// one missing file means none is recorded. A path already recorded for the
    /// marker in the round is `unchanged` when its content is the same, and
    /// `updated` (the old checksum kept in the audit entry) when not.
    /// One audit entry in the same transaction.
    public func addBoundaryPhotos(
        round: InspectionRoundID, line: String, number: String, paths: [String], actor: String
    ) throws(BoundaryError) -> [BoundaryPhoto] {
        var hashed: [(path: String, sha256: String)] = []
        do {
            for path in paths {
                let absolute = FileChecksum.absolute(path)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                    throw BoundaryError.photo(path: path, reason: "the file does not exist; nothing was recorded")
                }
                guard !isDirectory.boolValue else { throw BoundaryError.photo(path: path, reason: "is a folder, not a file; nothing was recorded") }
                if hashed.contains(where: { $0.path == absolute }) { continue }
                hashed.append((absolute, try FileChecksum.sha256(path: absolute)))
            }
            return try dbWriter.write { db in
                let target = try BoundaryInspectionTarget.find(round: round, line: line, number: number, in: db)
                var result: [BoundaryPhoto] = []
                var before: [[String: String]] = []
                for (path, sha) in hashed {
                    // Photos of every record of the marker in the round (an amendment keeps the earlier ones).
                    if let existing = try Row.fetchOne(
                        db, sql: """
                            SELECT p.id, p.sha256 FROM inspection_photo p JOIN marker_inspection i ON i.id = p.inspection_id
                            WHERE i.round_id = ? AND i.marker_id = ? AND p.path = ?
                            """, arguments: [target.roundID, target.markerID, path])
                    {
                        if (existing["sha256"] as String) == sha {
                            result.append(BoundaryPhoto(path: path, sha256: sha, status: "unchanged"))
                            continue
                        }
                        before.append(["path": path, "sha256": existing["sha256"]])
                        try db.execute(sql: "UPDATE inspection_photo SET sha256 = ? WHERE id = ?", arguments: [sha, existing["id"] as Int64])
                        result.append(BoundaryPhoto(path: path, sha256: sha, status: "updated"))
                        continue
                    }
                    try db.execute(
                        sql: "INSERT INTO inspection_photo (inspection_id, path, sha256) VALUES (?, ?, ?)",
                        arguments: [target.inspectionID, path, sha])
                    result.append(BoundaryPhoto(path: path, sha256: sha, status: "added"))
                }
                let changed = result.filter { $0.status != "unchanged" }
                if !changed.isEmpty {
                    let after: [String: AnyEncodablePhotoList] = [
                        target.label: AnyEncodablePhotoList(round: round.description, photos: changed)
                    ]
                    let entry = AuditEntry(
                        at: Registry.timestamp(), actor: actor, action: "add-boundary-photos", entity: "inspection_photo",
                        entityId: String(target.inspectionID),
                        before: before.isEmpty ? nil : String(decoding: try JSONEncoder.registry.encode(before), as: UTF8.self),
                        after: String(decoding: try JSONEncoder.registry.encode(after), as: UTF8.self))
                    try entry.insert(db)
                }
                return result
            }
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }

    /// Re-hashes every photo recorded in a round (or only those of one line)
    /// and says which are missing or changed. Reads only.
    public func verifyBoundaryPhotos(round: InspectionRoundID, line: String? = nil) throws(BoundaryError) -> [BoundaryPhotoCheck] {
        let rows: [Row]
        do {
            rows = try dbWriter.read { db in
                guard let roundID = try BoundaryRounds.find(round, in: db) else {
                    throw BoundaryError.unknownRound(round.description, known: try BoundaryRounds.all(in: db).map(\.description))
                }
                if let line, try BoundaryRef.find(name: line, in: db) == nil {
                    throw BoundaryError.unknownLine(line, known: try BoundaryRef.all(in: db).map(\.name))
                }
                return try Row.fetchAll(
                    db, sql: """
                        SELECT p.path, p.sha256, m.number || m.part AS number,
                          coalesce(l.name, t.name) AS line
                        FROM inspection_photo p
                        JOIN marker_inspection i ON i.id = p.inspection_id
                        JOIN boundary_marker m ON m.id = i.marker_id
                        LEFT JOIN boundary_line l ON l.id = m.line_id
                        LEFT JOIN boundary_tripoint t ON t.id = m.tripoint_id
                        WHERE i.round_id = ?
                        ORDER BY line, number, p.id
                        """, arguments: [roundID]
                ).filter { line == nil || ($0["line"] as String) == line }
            }
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
        return rows.map { row in
            let path: String = row["path"], recorded: String = row["sha256"]
            let actual = try? FileChecksum.sha256(path: path)
            let status: BoundaryPhotoCheck.Status = actual == nil ? .missing : (actual == recorded ? .ok : .changed)
            return BoundaryPhotoCheck(line: row["line"], number: row["number"], path: path, recorded: recorded, actual: actual, status: status)
        }
    }
}

/// The photos one `add-photo` call recorded, for the audit entry.
private struct AnyEncodablePhotoList: Encodable {
    var round: String
    var photos: [BoundaryPhoto]
}
