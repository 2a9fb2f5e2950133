import DimingCore

/// One step of an import, as the parsing thread hands it to the writing thread.
enum ImportOp {
    /// A town, community, road or estate that rows name and the registry
    /// lacks, with the id the parsing thread assigned it.
    struct Entity {
        enum Kind: Hashable { case town, community, road, estate }
        struct Key: Hashable {
            var kind: Kind
            var id: Int64
        }
        var kind: Kind
        var id: Int64
        var code: String
        var townID: Int64?
        var name: String

        var key: Key { Key(kind: kind, id: id) }
    }

    /// A checked row with every name resolved to an id. Text fields are byte
    /// ranges into the batch's byte buffer.
    struct Row {
        var line: Int
        /// The row as it was in the file, for the rejects file.
        var raw: Range<Int>
        var id: Int64?
        var divisionCode: Range<Int>
        var townID: Int64?
        var communityID: Int64?
        var roadID: Int64?
        var estateID: Int64?
        /// True when some name in the row was new to the registry, so the
        /// address cannot already be registered.
        var namesSomethingNew: Bool
        var number: Range<Int>
        var numberGroup: Int?
        var numberBase: Int?
        var numberSuffix: Range<Int>
        var building: Range<Int>
        var unit: Range<Int>
        var room: Range<Int>
        var latitude: Double?
        var longitude: Double?
        var status: AddressStatus
        var keyHash: Int64
    }

    case create(Entity)
    case row(Row)
    case reject(RejectedRow)
}

/// A run of ops with the bytes their rows point into.
final class OpBatch {
    var bytes: [UInt8] = []
    var ops: [ImportOp] = []
    /// Rows read from the file up to the end of this batch.
    var rowsRead = 0

    init() {
        bytes.reserveCapacity(1 << 19)
        ops.reserveCapacity(RowResolver.batchSize + 64)
    }
}
