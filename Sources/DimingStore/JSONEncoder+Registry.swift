import Foundation

extension JSONEncoder {
    /// Stable output for the audit log: sorted keys, so equal values compare equal as text.
    static var registry: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
