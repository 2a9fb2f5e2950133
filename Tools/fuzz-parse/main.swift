// Fuzz driver for the normalizer and the parser, outside the default tests.
//
//   diming-fuzz-parse [COUNT] [SEED] [--gazetteer DIR]
//
// Generates COUNT inputs (default 1,000,000) from a fixed seed: random bytes
// decoded as the command decodes lines (invalid UTF-8 replaced), control,
// bidi and zero-width characters, emoji sequences, Han beyond the BMP,
// full-width forms, address fragments mixed with all of these and mutated,
// and now and then a line of 100 KB. For each input it checks what the
// command-line contract promises: no crash; every component's start..<end
// lies inside the input's scalars, in order, without overlap, and those
// scalars spell `text`; the JSON line parses as JSON, its input is the line
// and it has the five fields. A crash stops the process; the last progress
// line names the seed and the input number so the case can be replayed.
import DimingCore
import DimingParse
import DimingText
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var folderArgument = "gazetteer"
if let i = arguments.firstIndex(of: "--gazetteer"), i + 1 < arguments.count {
    folderArgument = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
let gazetteerFolder = folderArgument
let count = arguments.count > 0 ? Int(arguments[0]) ?? 1_000_000 : 1_000_000
let seed = arguments.count > 1 ? UInt64(arguments[1]) ?? 20_261_122 : 20_261_122

func read(_ name: String, in folder: String) -> String {
    let path = folder + "/" + name
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return text
}

let parser: AddressParser
do {
    let gazetteer = try Gazetteer.parse(
        divisions: read("divisions.tsv", in: gazetteerFolder), towns: read("towns.tsv", in: gazetteerFolder),
        changes: read("division-changes.tsv", in: gazetteerFolder))
    var normalization: [String: String] = [:]
    for name in NormalizationTables.fileNames { normalization[name] = read("normalization/" + name, in: gazetteerFolder) }
    var parsing: [String: String] = [:]
    for name in ParsingLexicon.fileNames { parsing[name] = read("parsing/" + name, in: gazetteerFolder) }
    parser = AddressParser(
        gazetteer: gazetteer, tables: try NormalizationTables.parse(files: normalization),
        lexicon: try ParsingLexicon.parse(files: parsing))
} catch {
    fail("gazetteer: \(error)")
}

/// The same numbers on every machine, so a seed replays.
typealias Random = SplitMix64

/// Address fragments written the way legacy sheets write them; the project's
/// own examples, not taken from any corpus.
let fragments: [String] = [
    "浙江省", "浙江", "台州市", "台州", "黄岩区", "黄岩县", "黄岩", "杭州市", "余杭区", "北京市", "北京", "朝阳区", "上海",
    "内蒙古自治区", "广西壮族自治区", "新疆", "柳州地区", "忻城县", "襄樊市", "中国", "中华人民共和国", "东城街道", "下沙",
    "龙港镇", "五常街道", "顾家桥社区", "北胡乔村", "劳动北路", "文一西路", "江场三路", "创业大道", "乾隆路", "胡同", "弄", "巷",
    "118号", "１１８號", "之一", "附1", "甲", "-", "—", "～", "~", "(", ")", "（", "）", "【", "】", "12-3-1001", "12幢", "3单元",
    "5层", "1001室", "一百一十八号", "二单元", "5组6号", "竹海水韵春风里", "阳光小区", "A区", "东门", "附近", "对面", "旁边",
    "交叉口", "金川开发区", "高新区", "电联", "null", " ", "　", "\t", ",", "，", "、", "。", "?", "_", "/", "\\", "\"", "'",
    "⻄", "號", "衖", "邨", "裏", "廈", "黃", "巖", "區", "𠀋", "𡈼", "𪚥", "𠮷", "鿰", "𰻞", "👍", "🏠", "👨‍👩‍👧", "🇨🇳", "❤️",
    "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{0000}", "\u{0007}", "\u{001B}",
    "\u{007F}", "\u{0085}", "\u{2028}", "\u{2029}", "\u{FFFD}", "\u{E000}", "\u{FE0F}", "\u{0301}", "ﾟ", "ｶ", "0", "9", "A", "b",
]

/// Scalar ranges to draw single characters from: controls, C1 controls,
/// bidi and invisible formatting, emoji, Han in and beyond the BMP,
/// full-width forms, CJK punctuation, private use, and ASCII.
let ranges: [ClosedRange<UInt32>] = [
    0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x1F300...0x1FAFF, 0x1F1E6...0x1F1FF,
    0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x30000...0x3134F, 0xFF01...0xFF5E,
    0x3000...0x303F, 0x2E80...0x2FDF, 0xE000...0xF8FF, 0x20...0x7E, 0x0300...0x036F, 0xFE00...0xFE0F, 0x10FFF0...0x10FFFF,
]

func randomScalar(_ r: inout Random) -> Unicode.Scalar {
    let range = r.pick(ranges)
    let value = range.lowerBound + UInt32(r.below(Int(range.upperBound - range.lowerBound) + 1))
    return Unicode.Scalar(value) ?? "\u{FFFD}"
}

func randomBytesLine(_ r: inout Random, length: Int) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(length)
    for _ in 0..<length {
        let byte = UInt8(truncatingIfNeeded: r.next())
        bytes.append(byte == 0x0A ? 0x0B : byte)  // a line never holds its own newline
    }
    return String(decoding: bytes, as: UTF8.self)
}

func randomScalarsLine(_ r: inout Random, length: Int) -> String {
    var text = ""
    for _ in 0..<length { text.unicodeScalars.append(randomScalar(&r)) }
    return text
}

func fragmentLine(_ r: inout Random, pieces: Int) -> String {
    var text = ""
    for _ in 0..<pieces {
        if r.below(5) == 0 { text.unicodeScalars.append(randomScalar(&r)) } else { text += r.pick(fragments) }
    }
    return text
}

func mutated(_ line: String, _ r: inout Random) -> String {
    var scalars = Array(line.unicodeScalars)
    for _ in 0..<(1 + r.below(4)) {
        switch r.below(3) {
        case 0 where !scalars.isEmpty: scalars.remove(at: r.below(scalars.count))
        case 1: scalars.insert(randomScalar(&r), at: r.below(scalars.count + 1))
        default:
            if !scalars.isEmpty { scalars[r.below(scalars.count)] = randomScalar(&r) }
        }
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return text.replacingOccurrences(of: "\n", with: " ")
}

func generate(_ i: Int, _ r: inout Random) -> String {
    if i % 10_000 == 9_999 {
        // About 100 KB: every sort of material, in one line.
        var text = ""
        while text.utf8.count < 100_000 {
            switch r.below(3) {
            case 0: text += fragmentLine(&r, pieces: 50)
            case 1: text += randomScalarsLine(&r, length: 50)
            default: text += randomBytesLine(&r, length: 200)
            }
        }
        return text.replacingOccurrences(of: "\n", with: " ")
    }
    switch r.below(6) {
    case 0: return randomBytesLine(&r, length: r.below(120))
    case 1: return randomScalarsLine(&r, length: r.below(60))
    case 2, 3: return fragmentLine(&r, pieces: 1 + r.below(14))
    case 4: return mutated(fragmentLine(&r, pieces: 2 + r.below(10)), &r)
    default:
        return fragmentLine(&r, pieces: r.below(4)) + randomBytesLine(&r, length: r.below(30))
            + fragmentLine(&r, pieces: r.below(6))
    }
}

func check(_ line: String, _ parsed: ParsedAddress, _ json: [UInt8]) -> String? {
    let scalars = Array(line.unicodeScalars)
    var last = 0
    for c in parsed.components {
        guard c.start >= last, c.start < c.end, c.end <= scalars.count else {
            return "component \(c.label.rawValue) \(c.start)..<\(c.end) out of order or outside 0..<\(scalars.count)"
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[c.start..<c.end])
        guard text == c.text else { return "component \(c.label.rawValue) text does not spell input[\(c.start)..<\(c.end)]" }
        last = c.end
    }
    // Foundation's JSONSerialization on Linux drops a U+FEFF inside strings,
    // so the line is read back by the strict reader below instead.
    var reader = JSONReader(bytes: json)
    guard let value = reader.document(), case .object(let object) = value else { return "JSON line does not parse" }
    guard object.map(\.0) == ["input", "components", "division", "standard", "warnings"] else { return "JSON fields differ" }
    let fields = Dictionary(object, uniquingKeysWith: { a, _ in a })
    guard case .string(let input)? = fields["input"], input == line else { return "JSON input differs from the line" }
    guard case .array(let components)? = fields["components"], components.count == parsed.components.count else {
        return "JSON components differ"
    }
    for (c, o) in zip(parsed.components, components) {
        guard case .object(let pairs) = o else { return "JSON component is not an object" }
        let f = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
        guard case .string(c.label.rawValue)? = f["label"], case .string(c.text)? = f["text"],
            case .number(Double(c.start))? = f["start"], case .number(Double(c.end))? = f["end"],
            case .string(c.value)? = f["value"]
        else { return "JSON component differs" }
    }
    return nil
}

/// A strict JSON reader (RFC 8259), enough to read back what the parser wrote.
enum JSONValue: Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([(String, JSONValue)])
    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        default: return false
        }
    }
}

struct JSONReader {
    let bytes: [UInt8]
    var i = 0
    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func document() -> JSONValue? {
        guard let v = value() else { return nil }
        skipSpace()
        return i == bytes.count ? v : nil
    }
    mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }
    mutating func literal(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }
    mutating func value() -> JSONValue? {
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard case .string(let key)? = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value() else { return nil }
                pairs.append((key, v))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                return nil
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                guard let v = value() else { return nil }
                items.append(v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        default:
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { return nil }
            if bytes[i] == 0x30, i + 1 < bytes.count, (0x30...0x39).contains(bytes[i + 1]) { return nil }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) || [0x2E, 0x65, 0x45, 0x2B, 0x2D].contains(bytes[i]) { i += 1 }
            return Double(String(decoding: bytes[start..<i], as: UTF8.self)).map { .number($0) }
        }
    }
    mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for b in bytes[i..<(i + 4)] {
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            default: return nil
            }
            v = v * 16 + d
        }
        i += 4
        return v
    }
    mutating func string() -> JSONValue? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var raw: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                // The bytes must be valid UTF-8 as they stand.
                var valid = true
                let text = String(validating: raw, as: UTF8.self)
                if text == nil { valid = false }
                return valid ? .string(text!) : nil
            }
            if b < 0x20 { return nil }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): raw.append(0x22)
                case UInt8(ascii: "\\"): raw.append(0x5C)
                case UInt8(ascii: "/"): raw.append(0x2F)
                case UInt8(ascii: "b"): raw.append(0x08)
                case UInt8(ascii: "f"): raw.append(0x0C)
                case UInt8(ascii: "n"): raw.append(0x0A)
                case UInt8(ascii: "r"): raw.append(0x0D)
                case UInt8(ascii: "t"): raw.append(0x09)
                case UInt8(ascii: "u"):
                    guard var v = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(v) {
                        guard literal("\\u"), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(v) else { return nil }
                    raw.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: return nil
                }
                continue
            }
            raw.append(b)
            i += 1
        }
        return nil
    }
}

var random = Random(state: seed)
let clock = ContinuousClock()
let start = clock.now
var failures = 0
var scalarsSeen = 0
var longest = 0
var json: [UInt8] = []
var direct: [UInt8] = []
for i in 0..<count {
    let line = generate(i, &random)
    let parsed = parser.parse(line)
    json.removeAll(keepingCapacity: true)
    ParsedAddressJSON.append(input: line, parsed, to: &json)
    // The command writes its lines straight from the parser: the same bytes.
    direct.removeAll(keepingCapacity: true)
    parser.appendJSON(line, to: &direct)
    scalarsSeen += line.unicodeScalars.count
    longest = max(longest, line.utf8.count)
    if let problem = direct == json ? check(line, parsed, json) : "the command's JSON line differs from the parse's" {
        failures += 1
        if failures <= 10 {
            print("input \(i) (seed \(seed)): \(problem)")
            print("  line: \(line.debugDescription.prefix(300))")
        }
    }
    if (i + 1) % 100_000 == 0 {
        let elapsed = clock.now - start
        print("\(i + 1) inputs, \(failures) failures, \(elapsed) (seed \(seed))")
    }
}
let elapsed = clock.now - start
print(
    "fuzz-parse: \(count) inputs (seed \(seed)), \(scalarsSeen) scalars, longest line \(longest) bytes, "
        + "\(failures) failures, \(elapsed)")
exit(failures == 0 ? 0 : 1)
