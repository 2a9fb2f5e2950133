/// Escaping for the texts the naming review writes (JSON lines, HTML, CSV,
/// Markdown tables), kept in the engine so every output escapes the same way.
enum NamingText {
    static func json(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    static func html(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A CSV field, quoted when it must be; a leading = + - @ is prefixed
    /// with ' so a spreadsheet does not run it as a formula.
    static func csv(_ s: String) -> String {
        var t = s
        if let f = t.first, "=+-@".contains(f) { t = "'" + t }
        if t.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + t.replacingAll("\"", with: "\"\"") + "\""
        }
        return t
    }

    /// A Markdown table cell: pipes and line breaks would break the table.
    static func cell(_ s: String) -> String {
        s.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

extension NameReview {
    /// The JSON line of `diming name check`: name, verdict, findings (rule,
    /// category, severity, message, evidence), in that order.
    public var jsonLine: String {
        var out = "{\"name\":" + NamingText.json(name) + ",\"verdict\":" + NamingText.json(verdict.rawValue) + ",\"findings\":["
        for (i, f) in findings.enumerated() {
            if i > 0 { out += "," }
            out += "{\"rule\":" + NamingText.json(f.rule) + ",\"category\":" + NamingText.json(f.category.rawValue)
            out += ",\"severity\":" + NamingText.json(f.severity.rawValue) + ",\"message\":" + NamingText.json(f.message)
            out += ",\"evidence\":" + NamingText.json(f.evidence) + "}"
        }
        return out + "]}"
    }

    /// Only the findings array, as stored with a recorded review.
    public var findingsJSON: String {
        let line = jsonLine
        guard let start = line.firstRange(of: ",\"findings\":")?.upperBound else { return "[]" }
        return String(line[start..<line.index(before: line.endIndex)])
    }
}
