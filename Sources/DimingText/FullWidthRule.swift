/// Writes full-width ASCII forms (U+FF01–U+FF5E: １１８, Ａ, （) as ASCII and
/// the ideographic space U+3000 as a space.
///
/// Only that block: Foundation's full-width-to-half-width transform also
/// turns 。 into ｡ and 、 into ､ (half-width katakana punctuation), which would
/// damage ordinary Chinese text. CJK punctuation (。、「」《》) stays as it is.
struct FullWidthRule {
    /// Whether the rule can change a text with `v` in it.
    static func concerns(_ v: UInt32) -> Bool { (v >= 0xFF01 && v <= 0xFF5E) || v == 0x3000 }

    func apply(_ s: inout [MappedScalar]) -> Bool {
        var changed = false
        for i in s.indices {
            let v = s[i].value
            if v >= 0xFF01 && v <= 0xFF5E {
                s[i].value = v - 0xFEE0
                changed = true
            } else if v == 0x3000 {
                s[i].value = 0x20
                changed = true
            }
        }
        return changed
    }
}
