/// Building, unit and room of an estate address as numbers (12幢3单元1001室 →
/// 12, 3, 1001), so that 12栋, 12号楼 and 12幢 compare equal.
///
/// A part that is not a number (A座) is kept as a hash of its text, so it still
/// compares equal to itself.
public struct RoomKey: Sendable, Hashable {
    public var building: Int32
    public var unit: Int32
    public var room: Int32

    public init(building: Int32 = 0, unit: Int32 = 0, room: Int32 = 0) {
        self.building = building
        self.unit = unit
        self.room = room
    }

    public var isEmpty: Bool { building == 0 && unit == 0 && room == 0 }

    /// From the registry's separate fields.
    public static func registry(building: String, unit: String, room: String) -> RoomKey {
        RoomKey(building: part(building), unit: part(unit), room: part(room))
    }

    static func part(_ text: String) -> Int32 {
        if text.isEmpty { return 0 }
        var value: Int32 = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                if digits < 9 { value = value * 10 + Int32(scalar.value - 0x30) }
                digits += 1
            } else if digits > 0 {
                break
            }
        }
        if digits > 0 { return value }
        var hash: UInt32 = 2_166_136_261
        for scalar in text.unicodeScalars { hash = (hash ^ scalar.value) &* 16_777_619 }
        return Int32(bitPattern: (hash & 0x3FFF_FFFF) | 0x4000_0000)
    }
}
