/// One entity a written name can stand for, in the matcher's index.
struct NameRef: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// A road by its standard name.
        case road
        /// A road by a former name.
        case formerRoad
        /// A road by a colloquial or variant name.
        case otherRoad
        case town
        case community
        case place
    }
    var kind: Kind
    /// Index into the index's table for the kind.
    var index: Int32
    /// Index into the index's name table: the name as indexed.
    var name: Int32

    var isRoad: Bool { kind == .road || kind == .formerRoad || kind == .otherRoad }
}
