/// Removes characters an address cannot mean anything by: control codes,
/// bidirectional overrides, zero-width and format characters. Tabs and line
/// breaks become spaces, since they separated words.
///
/// Runs first, so no later rule sees a word split by a zero-width space, and
/// reports what it removed: a U+202E in a registry line is worth a look.
/// U+FFFD and private-use characters are kept but reported.
struct InvisibleCharacterRule {
    private struct Tally {
        var count = 0
        var first = 0

        mutating func add(_ offset: Int) {
            if count == 0 { first = offset }
            count += 1
        }
    }

    /// Whether the rule can change or report on a text with `v` in it: ASCII
    /// text and the CJK blocks are passed over as they are.
    static func concerns(_ v: UInt32) -> Bool { !(v >= 0x20 && v < 0x7F || (v >= 0x3000 && v < 0xD800)) }

    func apply(_ s: inout [MappedScalar], _ report: inout NormalizationReport) -> Bool {
        var controls = Tally()
        var directions = Tally()
        var formats = Tally()
        var damaged = Tally()
        var privateUse = Tally()
        var changed = false
        var write = 0
        for read in 0..<s.count {
            var item = s[read]
            let v = item.value
            if !Self.concerns(v) {
                // ASCII and the CJK blocks: the common case, nothing to do.
            } else {
                switch ScalarClass.invisible(v) {
                case .none:
                    if v == 0xFFFD { damaged.add(item.start) }
                    if ScalarClass.isPrivateUse(v) { privateUse.add(item.start) }
                case .space:
                    if v != 0x20 {
                        item.value = 0x20
                        changed = true
                    }
                case .control:
                    controls.add(item.start)
                    continue
                case .direction:
                    directions.add(item.start)
                    continue
                case .format:
                    formats.add(item.start)
                    continue
                }
            }
            s[write] = item
            write += 1
        }
        if write < s.count {
            s.removeSubrange(write...)
            changed = true
        }
        if controls.count > 0 { report.warnings.append(.removedControlCharacters(count: controls.count, firstOffset: controls.first)) }
        if directions.count > 0 { report.warnings.append(.removedDirectionMarks(count: directions.count, firstOffset: directions.first)) }
        if formats.count > 0 { report.warnings.append(.removedInvisibleCharacters(count: formats.count, firstOffset: formats.first)) }
        if damaged.count > 0 { report.warnings.append(.damagedText(count: damaged.count, firstOffset: damaged.first)) }
        if privateUse.count > 0 { report.warnings.append(.privateUseCharacters(count: privateUse.count, firstOffset: privateUse.first)) }
        return changed
    }
}
