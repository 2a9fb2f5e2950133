import DimingCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ids of named things (towns, communities, roads, estates) by division,
/// parent and name, looked up straight from a row's UTF-8 bytes.
///
/// A bulk import looks up four names per row; building a `String` and hashing
/// it (Swift normalises Unicode to hash) cost more than the insert itself, so
/// this table hashes the bytes and compares them with `memcmp`. Names live in
/// one byte arena, so an entry holds no references to count.
struct NameTable {
    private struct Entry {
        var next: Int32
        var nameStart: Int32
        var nameCount: Int32
        var code: Int32
        var parent: Int64
        var id: Int64
    }

    private var heads: [UInt64: Int32] = [:]
    private var entries: [Entry] = []
    private var arena: [UInt8] = []

    var count: Int { entries.count }

    private static func hash(code: Int, parent: Int64, name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = StableHash()
        h.add(name)
        return UInt64(bitPattern: h.value) &+ UInt64(code) &* 0x9E37_79B9_7F4A_7C15
            &+ UInt64(bitPattern: parent) &* 0xBF58_476D_1CE4_E5B9
    }

    func find(code: Int, parent: Int64, name: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard var i = heads[Self.hash(code: code, parent: parent, name: name)] else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            arena.withUnsafeBufferPointer { arena in
                while i >= 0 {
                    let entry = entries[Int(i)]
                    if Int(entry.code) == code, entry.parent == parent, Int(entry.nameCount) == name.count,
                        name.isEmpty || memcmp(arena.baseAddress! + Int(entry.nameStart), name.baseAddress!, name.count) == 0
                    {
                        return entry.id
                    }
                    i = entry.next
                }
                return nil
            }
        }
    }

    mutating func insert(code: Int, parent: Int64, name: UnsafeBufferPointer<UInt8>, id: Int64) {
        let key = Self.hash(code: code, parent: parent, name: name)
        entries.append(Entry(
            next: heads[key] ?? -1, nameStart: Int32(arena.count), nameCount: Int32(name.count), code: Int32(code),
            parent: parent, id: id))
        arena.append(contentsOf: name)
        heads[key] = Int32(entries.count - 1)
    }

    mutating func insert(code: Int, parent: Int64, name: String, id: Int64) {
        var name = name
        name.withUTF8 { insert(code: code, parent: parent, name: $0, id: id) }
    }
}
