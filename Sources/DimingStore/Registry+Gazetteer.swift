import DimingCore
import GRDB

extension Registry {
    /// Loads (or refreshes) divisions, towns and dated changes from the gazetteer.
    /// Existing rows are updated in place, so re-running after a gazetteer edit
    /// is safe and keeps the ids that addresses point to.
    public func loadGazetteer(_ gazetteer: Gazetteer, actor: String) throws(RegistryError) {
        let before = try summary()
        _ = try change(actor: actor, action: "load-gazetteer", entity: "division") { db in
            let division = try db.makeStatement(sql: """
                INSERT INTO division (code, name, level, parent_code, short_name, kind, status, valid_from, valid_to, successor_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level,
                  parent_code = excluded.parent_code, short_name = excluded.short_name, kind = excluded.kind,
                  status = excluded.status, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                  successor_code = excluded.successor_code
                """)
            var seen = Set<String>()
            var duplicates: [String] = []
            for d in gazetteer.divisions {
                // The source lists one code twice for two zones; the first wins.
                guard seen.insert(d.code).inserted else {
                    duplicates.append(d.code)
                    continue
                }
                try division.execute(arguments: [
                    d.code, d.name, d.level.rawValue, d.parentCode, d.shortName, d.kind, d.status.rawValue,
                    d.validFrom, d.validTo, d.successorCode,
                ])
            }
            let town = try db.makeStatement(sql: "INSERT OR IGNORE INTO town (county_code, name) VALUES (?, ?)")
            var skippedTowns = 0
            var townsAdded = 0
            for t in gazetteer.towns {
                guard seen.contains(t.countyCode) else {
                    skippedTowns += 1
                    continue
                }
                try town.execute(arguments: [t.countyCode, t.name])
                townsAdded += db.changesCount
            }
            try db.execute(sql: "DELETE FROM division_change")
            let change = try db.makeStatement(sql: """
                INSERT INTO division_change (date, approval, relation, old_path, new_path, old_code, new_code, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'gazetteer')
                """)
            for c in gazetteer.changes {
                try change.execute(arguments: [
                    c.date, c.approval, c.relation, c.oldPath.joined(separator: "/"), c.newPath.joined(separator: "/"),
                    c.oldCode.flatMap { seen.contains($0) ? $0 : nil }, c.newCode.flatMap { seen.contains($0) ? $0 : nil },
                ])
            }
            let after = """
                {"divisions":\(seen.count),"towns_added":\(townsAdded),"changes":\(gazetteer.changes.count),\
                "duplicate_codes":\(duplicates.count),"towns_without_county":\(skippedTowns)}
                """
            let beforeJSON = #"{"divisions":\#(before.divisions + before.supersededDivisions),"towns":\#(before.towns)}"#
            return ((), beforeJSON, after)
        }
    }
}
