import DimingCore
import Testing

/// The FIPS 180-4 / NIST example vectors for SHA-256.
@Suite("Boundary photo checksums (SHA-256)")
struct BoundarySHA256Tests {
    static func hex(_ text: String) -> String { SHA256.hex(SHA256.hash(Array(text.utf8))) }

    @Test func standardVectors() {
        #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            Self.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func aMillionAsInOneGoAndInPieces() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))) == expected)
        var hasher = SHA256()
        let piece = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { hasher.update(piece) }
        #expect(SHA256.hex(hasher.finalize()) == expected)
    }

    /// Lengths around the padding boundaries (55, 56, 63, 64, 65 bytes), fed
    /// whole and one byte at a time, give the same digest.
    @Test func piecesOfEverySizeAgree() {
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var hasher = SHA256()
            for b in bytes { hasher.update([b]) }
            #expect(hasher.finalize() == SHA256.hash(bytes), "length \(length)")
        }
        #expect(SHA256.hash([UInt8]()).count == 32)
    }
}
