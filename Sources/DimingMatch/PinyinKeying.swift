import DimingText

/// Tone-less pinyin keys from the gazetteer's pinyin table, place-name
/// readings applied (台州 is tāi, 六安 lù), so homophones of registry names are
/// found by key.
public struct PinyinKeying: PhoneticKeying {
    public let table: PinyinTable

    public init(table: PinyinTable) { self.table = table }

    public func phoneticKey(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
        let (ids, _) = table.readingIDs(scalars.map(\.value))
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (offset, id) in ids.enumerated() {
            let code: UInt64
            if let id {
                code = 0x8000_0000 | UInt64(table.tonelessID(of: id))
            } else {
                let v = scalars[scalars.startIndex + offset]
                // A Han character without a reading cannot be compared by sound.
                if v.properties.isIdeographic { return nil }
                code = UInt64(v.value)
            }
            hash = (hash ^ code) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
