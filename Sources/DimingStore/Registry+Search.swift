import Foundation
import GRDB

extension Registry {
    /// Roads (under any of their names) and places whose name contains `text`.
    ///
    /// Three characters or more go through the trigram full-text indexes. One
    /// or two characters cannot (a trigram needs three, and SQLite 3.40's
    /// trigram LIKE returns nothing for short Han patterns), so those scan the
    /// name tables with instr(), which stays fast because names are few next to
    /// addresses.
    public func searchNames(_ text: String, divisionCode: String? = nil, limit: Int = 50) throws(RegistryError) -> [NameMatch] {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        let short = query.unicodeScalars.count < 3
        let roadFilter = short
            ? "instr(road_name.name, :q) > 0"
            : "road_name.id IN (SELECT rowid FROM road_name_search WHERE road_name_search MATCH :phrase)"
        let placeFilter = short
            ? "instr(place.name, :q) > 0"
            : "place.id IN (SELECT rowid FROM place_search WHERE place_search MATCH :phrase)"
        let divisionFilter = divisionCode == nil ? "" : " AND division_code = :division"
        let sql = """
            SELECT 'road' AS kind, road.id, road_name.name, road_name.kind AS name_kind, road.name AS standard_name, road.division_code
            FROM road_name JOIN road ON road.id = road_name.road_id
            WHERE \(roadFilter)\(divisionFilter.replacingOccurrences(of: "division_code", with: "road.division_code"))
            UNION ALL
            SELECT 'place', place.id, place.name, place.kind, place.name, place.division_code
            FROM place WHERE \(placeFilter)\(divisionFilter.replacingOccurrences(of: "division_code", with: "place.division_code"))
            ORDER BY 3, 1, 2
            LIMIT :limit
            """
        let phrase = "\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        var arguments: [String: (any DatabaseValueConvertible)?] = ["q": query, "phrase": phrase, "limit": limit]
        if let divisionCode { arguments["division"] = divisionCode }
        do {
            return try dbWriter.read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                    NameMatch(
                        kind: NameMatch.Kind(rawValue: row[0]) ?? .road, id: row[1], name: row[2], nameKind: row[3],
                        standardName: row[4], divisionCode: row[5])
                }
            }
        } catch {
            throw RegistryError.wrap(error)
        }
    }
}
