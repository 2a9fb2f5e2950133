import DimingCore
@testable import DimingStore
import Foundation
import GRDB
import Testing

@Suite("Doorplate certificates and digital-doorplate payloads")
struct DoorplateCertificateTests {
    func registry() throws -> (TemporaryRegistry, IssuedDoorplate) {
        let temp = try TemporaryRegistry()
        let outcome = try temp.registry.importing(text: DoorplateIssueTests.roads)
        try #require(outcome.rejected.isEmpty, "\(outcome.rejected)")
        let issued = try temp.registry.issueDoorplate(
            DoorplateRequest(divisionCode: "331003", road: "劳动北路"), presets: DoorplateIssueTests.presets, actor: "clerk",
            on: "2026-11-22")
        return (temp, issued)
    }

    func count(_ r: Registry, _ sql: String) throws -> Int {
        try r.dbWriter.read { try Int.fetchOne($0, sql: sql)! }
    }

    @Test func certificateNumbersRunPerDivisionAndYear() throws {
        let (temp, plate) = try registry()
        let r = temp.registry
        let first = try r.issueCertificate(for: .id(plate.id), applicant: "王小明", issuingOffice: "黄岩区民政局", actor: "clerk", on: "2026-11-22")
        #expect(first.certificateNumber == "3310032026000001")
        #expect(first.standardAddress == "浙江省台州市黄岩区东城街道劳动北路9号")
        #expect(first.road == "劳动北路" && first.number == "9号" && first.code == plate.code)
        let second = try r.issueCertificate(for: .code(plate.code), applicant: "王小明", issuingOffice: "黄岩区民政局", actor: "clerk", on: "2026-12-31")
        #expect(second.certificateNumber == "3310032026000002")
        let nextYear = try r.issueCertificate(for: .id(plate.id), applicant: "王小明", issuingOffice: "黄岩区民政局", actor: "clerk", on: "2027-01-02")
        #expect(nextYear.certificateNumber == "3310032027000001")
        #expect(try r.certificates(addressId: plate.id) == ["3310032026000001", "3310032026000002", "3310032027000001"])

        // The certificate row and its audit entry are written together.
        let row = try #require(try r.dbWriter.read {
            try Row.fetchOne($0, sql: "SELECT address_id, standard_address, applicant, issuing_office, issued_on, change_id FROM doorplate_certificate WHERE certificate_number = ?", arguments: [first.certificateNumber])
        })
        #expect(row[0] as Int64 == plate.id)
        #expect(row[1] as String == first.standardAddress)
        #expect(row[2] as String == "王小明" && row[3] as String == "黄岩区民政局" && row[4] as String == "2026-11-22")
        #expect(row[5] as Int64 == first.auditId)
        let audit = try #require(try r.dbWriter.read { try AuditEntry.fetchOne($0, key: first.auditId) })
        #expect(audit.action == "issue-certificate" && audit.actor == "clerk")
        #expect(audit.after?.contains("3310032026000001") == true)
    }

    @Test func refusedCertificatesWriteNothing() throws {
        let (temp, plate) = try registry()
        let r = temp.registry
        let audit = try count(r, "SELECT count(*) FROM audit_log")
        func refused(_ ref: DoorplateRef, applicant: String = "王小明", office: String = "黄岩区民政局") -> DoorplateError? {
            do {
                _ = try r.issueCertificate(for: ref, applicant: applicant, issuingOffice: office, actor: "clerk", on: "2026-11-22")
                return nil
            } catch {
                return error
            }
        }
        #expect(refused(.id(999_999))?.description == "there is no doorplate with id 999999")
        #expect(refused(.code("331003199999999"))?.description.contains("no doorplate with the permanent address code") == true)
        #expect(refused(.id(plate.id), applicant: "  ")?.description == "the applicant must be given")
        #expect(refused(.id(plate.id), office: "")?.description == "the issuing office must be given")
        // An imported address has no permanent code.
        let imported = try r.dbWriter.read { try Int64.fetchOne($0, sql: "SELECT id FROM address WHERE permanent_code IS NULL AND status = 'active' LIMIT 1")! }
        #expect(refused(.id(imported))?.description.contains("has no permanent address code") == true)
        _ = try r.retireDoorplate(id: plate.id, actor: "clerk", on: "2026-11-23")
        #expect(refused(.id(plate.id))?.description.contains("is already retired") == true)
        #expect(try count(r, "SELECT count(*) FROM doorplate_certificate") == 0)
        #expect(try count(r, "SELECT count(*) FROM audit_log") == audit + 1)  // the retirement only
        #expect(try count(r, "SELECT count(*) FROM address_code_sequence WHERE type LIKE 'C%'") == 0)
    }

    @Test func certificateHTMLHasEveryFieldEscapedAndTheQRCode() throws {
        let (temp, plate) = try registry()
        let c = try temp.registry.issueCertificate(
            for: .id(plate.id), applicant: "<b>王&李</b>", issuingOffice: "黄岩区\"民政局\"", actor: "clerk", on: "2026-11-22")
        let html = try DoorplateCertificateHTML.render(c)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<td>&lt;b&gt;王&amp;李&lt;/b&gt;</td>"))
        #expect(!html.contains("<b>王"))
        #expect(html.contains("<td>黄岩区&quot;民政局&quot;</td>"))
        for field in [c.certificateNumber, c.standardAddress, "劳动北路", "9号", plate.code, "2026-11-22"] {
            #expect(html.contains("<td>\(field)</td>"), "\(field)")
        }
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let qr = try c.payload.qrCode()
        #expect(html.contains(qr.svg(scale: 4)))
    }

    @Test func payloadIsSortedJSON() throws {
        let p = DigitalDoorplatePayload(address: "浙江省台州市黄岩区东城街道劳动北路9号", code: "331003100000001")
        #expect(p.text == #"{"address":"浙江省台州市黄岩区东城街道劳动北路9号","code":"331003100000001"}"#)
        let back = try JSONDecoder().decode(DigitalDoorplatePayload.self, from: Data(p.text.utf8))
        #expect(back == p)
    }

    @Test func doorplateLookupByIdAndCode() throws {
        let (temp, plate) = try registry()
        let byID = try temp.registry.doorplate(.id(plate.id))
        let byCode = try temp.registry.doorplate(.code(plate.code))
        #expect(byID == byCode)
        #expect(byID.address == plate.address && byID.code == plate.code && byID.status == "active")
        // Rooms compose estate, building, unit and room.
        let estate = try temp.registry.issueEstate(
            EstateRequest(divisionCode: "331003", estate: "江南小区", town: "东城街道",
                          layout: EstateLayout(rows: 1, buildingsPerRow: 1, unitsPerBuilding: 1, floors: 1, roomsPerFloor: 1)),
            actor: "clerk", on: "2026-11-22")
        #expect(try temp.registry.doorplate(.code(estate.firstCode)).address == estate.firstAddress)
    }
}
