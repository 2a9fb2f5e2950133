import DimingMatch
import DimingText
import Foundation

/// Reads the gazetteer's pinyin tables (gazetteer/pinyin/).
enum PinyinLoader {
    static func table(folder: URL) throws -> PinyinTable {
        let pinyin = folder.appendingPathComponent("pinyin")
        var files: [String: String] = [:]
        for name in PinyinTable.fileNames {
            let url = pinyin.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw CLIError("cannot read \(url.path)") }
            files[name] = text
        }
        do {
            return try PinyinTable.parse(files: files)
        } catch {
            throw CLIError("gazetteer/pinyin: \(error)")
        }
    }

    static func keying(folder: URL) throws -> PinyinKeying {
        PinyinKeying(table: try table(folder: folder))
    }
}
