/// A 1-bit greyscale PNG written without an image library.
///
/// The pixels go into a zlib stream of stored (uncompressed) deflate blocks:
/// a QR code is a few kilobytes at one bit per pixel, so compressing it would
/// save little and cost a deflate implementation to maintain.
public struct PNGImage: Sendable {
    public let width: Int
    public let height: Int
    /// Row-major; true is black.
    private let black: [Bool]

    public init(width: Int, height: Int, black: [Bool]) {
        precondition(width > 0 && height > 0 && black.count == width * height)
        self.width = width
        self.height = height
        self.black = black
    }

    /// The PNG file: signature, IHDR, one IDAT, IEND.
    public var data: [UInt8] {
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header += Self.bigEndian(UInt32(width))
        header += Self.bigEndian(UInt32(height))
        header += [1, 0, 0, 0, 0]  // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
        Self.chunk("IHDR", header, into: &out)
        Self.chunk("IDAT", Self.zlibStored(scanlines), into: &out)
        Self.chunk("IEND", [], into: &out)
        return out
    }

    /// Each row: filter type 0 (none), then the pixels packed eight to a
    /// byte, most significant bit first; a 1 bit is white.
    var scanlines: [UInt8] {
        let rowBytes = (width + 7) / 8
        var out = [UInt8](repeating: 0, count: height * (rowBytes + 1))
        for y in 0..<height {
            let start = y * (rowBytes + 1)
            for x in 0..<width where !black[y * width + x] {
                out[start + 1 + x >> 3] |= 0x80 >> UInt8(x & 7)
            }
        }
        return out
    }

    /// A zlib stream (RFC 1950) holding `bytes` in stored deflate blocks (RFC 1951 §3.2.4).
    static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]  // deflate, 32 KiB window, no dictionary; 0x7801 is divisible by 31
        var offset = 0
        repeat {
            let length = min(65_535, bytes.count - offset)
            let last: UInt8 = offset + length == bytes.count ? 1 : 0
            out.append(last)  // BFINAL, BTYPE 00, padded to the byte
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += bytes[offset..<offset + length]
            offset += length
        } while offset < bytes.count
        var adler = Adler32()
        adler.add(bytes)
        out += bigEndian(adler.value)
        return out
    }

    static func chunk(_ type: String, _ body: [UInt8], into out: inout [UInt8]) {
        out += bigEndian(UInt32(body.count))
        let typeBytes = Array(type.utf8)
        var crc = CRC32()
        crc.add(typeBytes)
        crc.add(body)
        out += typeBytes
        out += body
        out += bigEndian(crc.value)
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }
}
