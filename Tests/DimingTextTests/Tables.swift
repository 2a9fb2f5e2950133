import DimingText
import Foundation

/// The project's own normalization tables, read from gazetteer/normalization
/// in this repository (found from this source file's path), and a normalizer
/// per rule set built from them.
enum Tables {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("gazetteer/normalization")

    static func contents(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    static let files: [String: String] = Dictionary(
        uniqueKeysWithValues: NormalizationTables.fileNames.map { ($0, contents($0)) })

    static let shipped: NormalizationTables = {
        do {
            return try NormalizationTables.parse(files: files)
        } catch {
            fatalError("the shipped tables must parse: \(error)")
        }
    }()

    static let normalizer = Normalizer(tables: shipped)

    /// The whole pipeline's text for `line`.
    static func normalize(_ line: String) -> String {
        normalizer.normalize(line).text
    }

    /// Only the given rules, to test one rule on its own.
    static func only(_ rules: NormalizationRule...) -> Normalizer {
        Normalizer(tables: shipped, rules: rules)
    }
}
