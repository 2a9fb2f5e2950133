import DimingCSV
import DimingCore
@testable import DimingStore
import Testing

/// Whatever bytes arrive, the importer answers with rejected rows or an
/// error, never a crash, and the registry stays sound.
@Suite("Arbitrary bytes")
struct ArbitraryBytesTests {
    /// Deterministic pseudo-random files: a valid header, then rows spliced from
    /// good fragments, quotes, commas, line breaks, invalid UTF-8 and GB bytes.
    static func file(seed: UInt64) -> [UInt8] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let pieces: [[UInt8]] = [
            Array(",".utf8), Array("\"".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("331003".utf8),
            Array("东城街道".utf8), Array("劳动北路".utf8), Array("118号".utf8), Array("5组6号".utf8), Array("active".utf8),
            Array("28.6".utf8), Array("121.2".utf8), [0xFF], [0xC7, 0xF8], [0x00], [0xE5, 0x8F], [0xEF, 0xBB, 0xBF],
            Array("\u{3000}".utf8), Array("\u{FFFD}".utf8), Array(String(repeating: "路", count: 130).utf8),
        ]
        var bytes = Array(CanonicalAddressCSV.columns.joined(separator: ",").utf8) + [0x0A]
        for _ in 0..<(50 + next() % 200) {
            bytes += pieces[next() % pieces.count]
        }
        return bytes
    }

    @Test(arguments: 1...40)
    func neverCrashesAndLeavesTheRegistrySound(seed: Int) throws {
        let store = try TemporaryRegistry()
        let before = try store.registry.summary()
        for skipBad in [false, true] {
            let outcome = try store.registry.importing(bytes: Self.file(seed: UInt64(seed)), skipBad: skipBad)
            #expect(outcome.summary.rejected == outcome.rejected.count)
            if !skipBad && outcome.summary.rejected > 0 {
                #expect(try store.registry.summary() == before)
            }
        }
        #expect(try store.registry.integrityProblems().isEmpty)
    }
}
