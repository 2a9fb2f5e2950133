/// A doorplate number reduced to what identifies it, whatever the style.
///
/// 118-1号, 118号之一 and 118号附1 are one doorplate written three ways: legacy
/// sheets mix the styles, so matching compares keys, never the written text.
/// Heavenly-stem sub-numbers (118甲号) are kept apart from numeric ones, because
/// an office that issued both means two different doorplates.
public struct DoorplateKey: Sendable, Hashable {
    /// Villagers' group of a rural address (5组6号), 0 when none.
    public var group: Int32
    public var base: Int32
    /// 0 for none, 1…899 a numeric sub-number, 900 + n the n-th heavenly stem.
    public var sub: Int32

    public init(group: Int32 = 0, base: Int32, sub: Int32 = 0) {
        self.group = group
        self.base = base
        self.sub = sub
    }

    public var withoutSub: DoorplateKey { DoorplateKey(group: group, base: base) }

    /// Reads a registry designation (`118号`, `118-1号`, `118号之一`, `5组6号`).
    public static func parse(_ text: String) -> DoorplateKey? {
        let scalars = Array(text.unicodeScalars)
        guard let (key, end) = AddressScanner.readDoorplate(scalars, at: 0), end == scalars.count else { return nil }
        return key
    }
}
