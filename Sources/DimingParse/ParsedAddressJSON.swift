/// The `diming parse` output line for one input line, written as UTF-8 bytes.
///
/// It lives in the engine so that the command, the benchmark and the fuzz
/// driver write the very same bytes; building it by hand (no encoder, no
/// intermediate strings) keeps the output path out of the parse profile.
/// The field order and spelling are the contract:
/// input, components[label,text,start,end,value], division{code,names}|null,
/// standard, warnings.
public enum ParsedAddressJSON {
    /// Appends the JSON object for `input` and its parse, without a newline.
    public static func append(input: String, _ parsed: ParsedAddress, to out: inout [UInt8]) {
        appendASCII("{\"input\":", &out)
        appendString(input, &out)
        appendASCII(",\"components\":[", &out)
        for (i, c) in parsed.components.enumerated() {
            appendASCII(i == 0 ? "{\"label\":\"" : ",{\"label\":\"", &out)
            appendASCII(c.label.rawValue, &out)
            appendASCII("\",\"text\":", &out)
            appendString(c.text, &out)
            appendASCII(",\"start\":", &out)
            appendInt(c.start, &out)
            appendASCII(",\"end\":", &out)
            appendInt(c.end, &out)
            appendASCII(",\"value\":", &out)
            appendString(c.value, &out)
            out.append(UInt8(ascii: "}"))
        }
        appendASCII("],\"division\":", &out)
        if let division = parsed.division {
            appendASCII("{\"code\":", &out)
            appendString(division.code, &out)
            appendASCII(",\"names\":[", &out)
            for (i, name) in division.names.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendString(name, &out)
            }
            appendASCII("]}", &out)
        } else {
            appendASCII("null", &out)
        }
        appendASCII(",\"standard\":", &out)
        appendString(parsed.standard, &out)
        appendASCII(",\"warnings\":[", &out)
        for (i, warning) in parsed.warnings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendString(warning, &out)
        }
        appendASCII("]}", &out)
    }

    @inline(__always)
    static func appendASCII(_ text: StaticString, _ out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    static func appendASCII(_ text: String, _ out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    static func appendInt(_ value: Int, _ out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            appendInt(-value, &out)
            return
        }
        if value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while v > 0 {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped; all
    /// other text (valid UTF-8, as every Swift string is) copied as it is.
    static func appendString(_ text: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                runStart = i + 1
                switch byte {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                }
            }
            if bytes.count > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
