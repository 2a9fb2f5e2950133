/// 1234567 → "1,234,567": counts in summaries are read at a glance.
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return value < 0 ? "-" + out : out
}

func seconds(_ value: Double) -> String {
    let tenths = (value * 10).rounded() / 10
    return "\(tenths) s"
}

/// "1 road", "2,138 roads".
func counted(_ value: Int, _ one: String, _ many: String) -> String {
    "\(grouped(value)) \(value == 1 ? one : many)"
}
