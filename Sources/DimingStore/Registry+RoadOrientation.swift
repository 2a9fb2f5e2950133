import DimingCore
import Foundation
import GRDB

extension Registry {
    /// Where a road's numbering starts and which side is odd, by its
    /// recorded orientation and the division's policy.
    public func roadLayout(division: String, road: String, presets: NumberingPresets) throws(DoorplateError) -> RoadNumberingLayout {
        do {
            return try dbWriter.read { db in try Self.layout(db, division: division, road: road, presets: presets) }
        } catch let error as DoorplateError {
            throw error
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }

    /// Records a road's orientation (east–west or north–south). Audited; from
    /// then on `--side north` on a north–south road is refused rather than
    /// silently read as the east–west rule.
    public func setRoadOrientation(
        division: String, road: String, orientation: RoadOrientation, presets: NumberingPresets, actor: String
    ) throws(DoorplateError) -> RoadNumberingLayout {
        try doorplateWrite { db in
            let chain = try DivisionChain.load(db, code: division)
            let found = try DoorplateIssuer(db: db).findRoad(road, division: chain.code)
            let before = try String.fetchOne(db, sql: "SELECT orientation FROM road WHERE id = ?", arguments: [found.id])
            let auditID = try Self.nextAuditID(db)
            let entry = AuditEntry(
                id: auditID, at: Registry.timestamp(), actor: actor, action: "set-road-orientation", entity: "road",
                entityId: String(found.id), before: #"{"orientation":\#(before.map { "\"\($0)\"" } ?? "null")}"#,
                after: #"{"orientation":"\#(orientation.rawValue)"}"#)
            try entry.insert(db)
            try db.execute(sql: "UPDATE road SET orientation = ? WHERE id = ?", arguments: [orientation.rawValue, found.id])
            var layout = try Self.layout(db, division: chain.code, road: found.name, presets: presets)
            layout.auditId = auditID
            return layout
        }
    }

    static func layout(_ db: Database, division: String, road: String, presets: NumberingPresets) throws -> RoadNumberingLayout {
        let chain = try DivisionChain.load(db, code: division)
        let found = try DoorplateIssuer(db: db).findRoad(road, division: chain.code)
        let (policy, _) = try effectivePolicy(db, codes: chain.codes, presets: presets)
        let orientation = try DoorplateIssuer(db: db).orientation(of: found.id)
        var layout = RoadNumberingLayout(divisionCode: chain.code, road: found.name, orientation: orientation, preset: policy.preset)
        if let orientation {
            layout.start = policy.start(of: orientation)
            let odd = policy.oddSide(of: orientation)
            layout.oddSide = odd
            layout.evenSide = orientation.sides.first { $0 != odd }
        }
        return layout
    }
}

extension DoorplateIssuer {
    /// The road's recorded orientation, if any.
    func orientation(of road: Int64) throws -> RoadOrientation? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT orientation FROM road WHERE id = ?"), arguments: [road])
            .flatMap(RoadOrientation.init(rawValue:))
    }
}
