import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

@Suite("Road orientation and where numbering starts")
struct RoadOrientationTests {
    func registry() throws -> TemporaryRegistry {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: DoorplateIssueTests.roads)
        try #require(outcome.rejected.isEmpty, "\(outcome.rejected)")
        return temp
    }

    func issue(_ r: Registry, facing: CompassPoint) throws -> IssuedDoorplate {
        try r.issueDoorplate(
            DoorplateRequest(divisionCode: "331003", road: "劳动北路", side: .facing(facing)),
            presets: DoorplateIssueTests.presets, actor: "clerk", on: "2026-11-22")
    }

    @Test func layoutFollowsOrientationAndPolicy() throws {
        let temp = try registry()
        let r = temp.registry
        let presets = DoorplateIssueTests.presets
        let unknown = try r.roadLayout(division: "331003", road: "劳动北路", presets: presets)
        #expect(unknown.orientation == nil && unknown.start == nil && unknown.oddSide == nil && unknown.preset == "national")

        let ew = try r.setRoadOrientation(division: "331003", road: "劳动北路", orientation: .eastWest, presets: presets, actor: "clerk")
        #expect(ew.orientation == .eastWest && ew.start == .east && ew.oddSide == .south && ew.evenSide == .north)
        let auditID = try #require(ew.auditId)
        let audit = try #require(try r.dbWriter.read { try AuditEntry.fetchOne($0, key: auditID) })
        #expect(audit.action == "set-road-orientation" && audit.before == #"{"orientation":null}"# && audit.after == #"{"orientation":"east-west"}"#)

        let ns = try r.setRoadOrientation(division: "331003", road: "劳动北路", orientation: .northSouth, presets: presets, actor: "clerk")
        #expect(ns.start == .south && ns.oddSide == .west && ns.evenSide == .east)
        _ = try r.setNumberingPolicy(division: "331003", preset: "beijing", presets: presets, actor: "clerk")
        let beijing = try r.roadLayout(division: "331003", road: "劳动北路", presets: presets)
        #expect(beijing.preset == "beijing" && beijing.start == .north && beijing.oddSide == .west)
    }

    @Test func compassSideMustCrossTheRoad() throws {
        let temp = try registry()
        let r = temp.registry
        // Unrecorded orientation: north/south read as on an east–west road, as before.
        #expect(try issue(r, facing: .south).number == "9号")
        _ = try r.setRoadOrientation(division: "331003", road: "劳动北路", orientation: .northSouth, presets: DoorplateIssueTests.presets, actor: "clerk")
        let count = try r.dbWriter.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM address")! }
        #expect(throws: DoorplateError.self) { try issue(r, facing: .south) }
        do {
            _ = try issue(r, facing: .north)
            Issue.record("north on a north–south road was accepted")
        } catch {
            #expect(String(describing: error) == "劳动北路 runs north-south; its sides are east and west, not north")
        }
        #expect(try r.dbWriter.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM address")! } == count)
        // National rule: the west side of a north–south road is odd.
        #expect(try issue(r, facing: .west).number == "11号")
        #expect(try issue(r, facing: .east).number == "4号")
    }

    @Test func renamedRoadKeepsItsOrientation() throws {
        let temp = try registry()
        let r = temp.registry
        let presets = DoorplateIssueTests.presets
        _ = try r.setRoadOrientation(division: "331003", road: "北街", orientation: .eastWest, presets: presets, actor: "clerk")
        _ = try r.renumberRoad(
            RoadRenumbering(divisionCode: "331003", road: "北街", target: .rename("北大街")), presets: presets, actor: "clerk")
        #expect(try r.roadLayout(division: "331003", road: "北大街", presets: presets).orientation == .eastWest)
    }

    @Test func unknownRoadIsRefused() throws {
        let temp = try registry()
        #expect(throws: DoorplateError.self) {
            try temp.registry.setRoadOrientation(
                division: "331003", road: "南街", orientation: .eastWest, presets: DoorplateIssueTests.presets, actor: "clerk")
        }
        #expect(try temp.registry.dbWriter.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM road WHERE orientation IS NOT NULL")! } == 0)
    }
}
