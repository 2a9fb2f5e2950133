import Foundation
import GRDB

extension Registry {
    /// The `address_code_sequence` type under which certificate numbers of a
    /// year are counted: "C" and the year. Sharing the table of permanent-code
    /// sequences gives certificates the same guarantee (a value once taken is
    /// never handed out again, even if a certificate row were ever removed)
    /// without a schema change.
    static func certificateSequenceType(year: String) -> String { "C" + year }

    /// Issues a doorplate certificate (门牌证) for an active doorplate that has
    /// a permanent code. The certificate number is the division code, the
    /// year and the next six-digit sequence of that division and year;
    /// certificate and audit entry are written in one transaction. A doorplate
    /// may get further certificates (a lost one is replaced by a new number,
    /// never by reprinting the old one).
    public func issueCertificate(
        for ref: DoorplateRef, applicant: String, issuingOffice: String, actor: String, on date: String? = nil
    ) throws(DoorplateError) -> DoorplateCertificate {
        let applicant = applicant.trimmingCharacters(in: .whitespacesAndNewlines)
        let office = issuingOffice.trimmingCharacters(in: .whitespacesAndNewlines)
        if applicant.isEmpty { throw .missingField("applicant") }
        if office.isEmpty { throw .missingField("issuing office") }
        let today = date ?? Self.today()
        return try doorplateWrite { db in
            let record = try Self.loadDoorplate(db, ref)
            if record.status != "active" { throw DoorplateError.alreadyRetired(id: record.id, number: record.number) }
            guard let code = record.code else { throw DoorplateError.noPermanentCode(id: record.id, address: record.address) }
            let year = String(today.prefix(4))
            let type = Self.certificateSequenceType(year: year)
            try db.execute(
                sql: "INSERT OR IGNORE INTO address_code_sequence (division_code, type, next_value) VALUES (?, ?, 1)",
                arguments: [record.divisionCode, type])
            let sequence = try Int64.fetchOne(
                db, sql: "SELECT next_value FROM address_code_sequence WHERE division_code = ? AND type = ?",
                arguments: [record.divisionCode, type])!
            guard sequence <= 999_999 else { throw DoorplateError.certificateNumbersExhausted(division: record.divisionCode, year: year) }
            try db.execute(
                sql: "UPDATE address_code_sequence SET next_value = next_value + 1 WHERE division_code = ? AND type = ?",
                arguments: [record.divisionCode, type])
            let digits = String(sequence)
            let number = record.divisionCode + year + String(repeating: "0", count: 6 - digits.count) + digits
            let auditID = try Self.nextAuditID(db)
            // The certificate row's change_id is checked against the audit log
            // at once (not deferred), so the entry goes in first; its id and
            // the certificate's are both fixed inside this immediate transaction.
            let id = try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) + 1 FROM doorplate_certificate")!
            let certificate = DoorplateCertificate(
                id: id, certificateNumber: number, addressId: record.id, standardAddress: record.address,
                road: record.road, number: record.number, code: code, applicant: applicant, issuingOffice: office,
                issuedOn: today, auditId: auditID)
            let entry = AuditEntry(
                id: auditID, at: Registry.timestamp(), actor: actor, action: "issue-certificate",
                entity: "doorplate_certificate", entityId: String(id),
                after: String(decoding: try JSONEncoder.registry.encode(certificate), as: UTF8.self))
            try entry.insert(db)
            try db.execute(
                sql: """
                    INSERT INTO doorplate_certificate (id, address_id, certificate_number, standard_address, applicant,
                      issuing_office, issued_on, change_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, record.id, number, record.address, applicant, office, today, auditID])
            return certificate
        }
    }

    /// The certificates issued for a doorplate, oldest first.
    public func certificates(addressId: Int64) throws(DoorplateError) -> [String] {
        do {
            return try dbWriter.read { db in
                try String.fetchAll(
                    db, sql: "SELECT certificate_number FROM doorplate_certificate WHERE address_id = ? ORDER BY id",
                    arguments: [addressId])
            }
        } catch {
            throw .registry(RegistryError.wrap(error))
        }
    }
}
