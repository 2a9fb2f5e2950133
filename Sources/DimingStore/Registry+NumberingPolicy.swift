import DimingCore
import Foundation
import GRDB

/// A division's numbering policy as the registry holds it.
public struct DivisionNumberingPolicy: Sendable, Equatable, Codable {
    public var divisionCode: String
    /// The division whose setting applies (this one or an ancestor); nil when
    /// none is set and the default preset applies.
    public var setBy: String?
    public var overrides: NumberingOverrides
    /// The preset with the overrides applied.
    public var policy: NumberingPolicy

    enum CodingKeys: String, CodingKey {
        case divisionCode = "division_code"
        case setBy = "set_by"
        case overrides, policy
    }
}

extension Registry {
    /// The policy in force for `division`.
    public func numberingPolicy(division: String, presets: NumberingPresets) throws(DoorplateError) -> DivisionNumberingPolicy {
        do {
            return try dbWriter.read { db in
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM division WHERE code = ?)", arguments: [division])! else {
                    throw DoorplateError.unknownDivision(division)
                }
                let codes = try Self.ancestry(db, code: division)
                let (policy, setBy) = try Self.effectivePolicy(db, codes: codes, presets: presets)
                var overrides = NumberingOverrides()
                if let setBy, let json = try String.fetchOne(
                    db, sql: "SELECT overrides FROM numbering_policy WHERE division_code = ?", arguments: [setBy])
                {
                    overrides = try JSONDecoder().decode(NumberingOverrides.self, from: Data(json.utf8))
                }
                return DivisionNumberingPolicy(divisionCode: division, setBy: setBy, overrides: overrides, policy: policy)
            }
        } catch let error as DoorplateError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }

    /// Sets the numbering preset of a division (any level: a city's setting
    /// applies to its counties that have none), with local overrides. Audited.
    public func setNumberingPolicy(
        division: String, preset: String, overrides: NumberingOverrides = NumberingOverrides(),
        presets: NumberingPresets, actor: String
    ) throws(DoorplateError) -> DivisionNumberingPolicy {
        guard let base = presets.byName[preset] else { throw .unknownPreset(preset, known: presets.names) }
        let policy = base.applying(overrides)
        if let problem = policy.problem { throw .badPolicy(problem) }
        let overridesJSON: String
        do {
            overridesJSON = String(decoding: try JSONEncoder.registry.encode(overrides), as: UTF8.self)
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
        try doorplateWrite { db in
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM division WHERE code = ?", arguments: [division]) else {
                throw DoorplateError.unknownDivision(division)
            }
            if status == "superseded" {
                throw DoorplateError.supersededDivision(
                    code: division, name: try String.fetchOne(db, sql: "SELECT name FROM division WHERE code = ?", arguments: [division]) ?? "",
                    successor: try String.fetchOne(db, sql: "SELECT successor_code FROM division WHERE code = ?", arguments: [division]))
            }
            let before = try Row.fetchOne(
                db, sql: "SELECT preset, overrides FROM numbering_policy WHERE division_code = ?", arguments: [division])
            try db.execute(
                sql: """
                    INSERT INTO numbering_policy (division_code, preset, overrides) VALUES (?, ?, ?)
                    ON CONFLICT (division_code) DO UPDATE SET preset = excluded.preset, overrides = excluded.overrides
                    """, arguments: [division, preset, overridesJSON])
            func describe(_ preset: String, _ overrides: String) -> String {
                #"{"overrides":\#(overrides),"preset":"\#(preset)"}"#
            }
            let entry = AuditEntry(
                at: Registry.timestamp(), actor: actor, action: "set-numbering-policy", entity: "numbering_policy",
                entityId: division, before: before.map { describe($0[0], $0[1]) }, after: describe(preset, overridesJSON))
            try entry.insert(db)
        }
        return DivisionNumberingPolicy(divisionCode: division, setBy: division, overrides: overrides, policy: policy)
    }

    /// The division's code and its ancestors' codes, nearest first.
    static func ancestry(_ db: Database, code: String) throws -> [String] {
        var codes = [code]
        var current = code
        while codes.count < 5,
            let parent = try String.fetchOne(db, sql: "SELECT parent_code FROM division WHERE code = ?", arguments: [current])
        {
            codes.append(parent)
            current = parent
        }
        return codes
    }
}
