/// One doorplate sign to replace (换牌) after a confirmed 一路多名 merge: the
/// sign on the wall reads `oldSign`, the new one reads `newSign`. Rooms and
/// units under one doorplate share its sign, so they are counted, not listed.
public struct SignReplacement: Sendable, Equatable, Codable {
    public var oldSign: String
    public var newSign: String
    public var addresses: Int

    public init(oldSign: String, newSign: String, addresses: Int) {
        self.oldSign = oldSign
        self.newSign = newSign
        self.addresses = addresses
    }

    public static let csvColumns = ["old_sign", "new_sign", "addresses"]

    public var csvFields: [String] { [oldSign, newSign, String(addresses)] }
}
