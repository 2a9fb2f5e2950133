/// A doorplate certificate (门牌证) as issued: what is printed on it.
public struct DoorplateCertificate: Sendable, Equatable, Codable {
    public var id: Int64
    /// Division code, year, and a six-digit sequence per division and year
    /// (3310032026000001); never reused.
    public var certificateNumber: String
    public var addressId: Int64
    public var standardAddress: String
    public var road: String?
    public var number: String
    public var code: String
    public var applicant: String
    public var issuingOffice: String
    public var issuedOn: String
    public var auditId: Int64

    enum CodingKeys: String, CodingKey {
        case id
        case certificateNumber = "certificate_number"
        case addressId = "address_id"
        case standardAddress = "standard_address"
        case road, number, code, applicant
        case issuingOffice = "issuing_office"
        case issuedOn = "issued_on"
        case auditId = "audit_id"
    }

    /// What the certificate's QR code carries.
    public var payload: DigitalDoorplatePayload { DigitalDoorplatePayload(address: standardAddress, code: code) }
}
