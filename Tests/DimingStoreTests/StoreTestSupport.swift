import DimingCSV
import DimingCore
@testable import DimingStore
import Foundation
import Testing

/// A small gazetteer of 台州 (Taizhou, Zhejiang), enough for every store test:
/// two current districts, a county that was replaced (玉环县 → 玉环市), and a
/// few towns.
enum TestGazetteer {
    static let value = Gazetteer(
        divisions: [
            Division(code: "330000", name: "浙江省", level: .province, parentCode: nil, shortName: "浙江"),
            Division(code: "331000", name: "台州市", level: .city, parentCode: "330000", shortName: "台州"),
            Division(code: "331002", name: "椒江区", level: .county, parentCode: "331000", shortName: "椒江"),
            Division(code: "331003", name: "黄岩区", level: .county, parentCode: "331000", shortName: "黄岩"),
            Division(
                code: "331021", name: "玉环县", level: .county, parentCode: "331000", shortName: "",
                status: .superseded, validTo: "2017-04-09", successorCode: "331083"),
            Division(code: "331083", name: "玉环市", level: .county, parentCode: "331000", shortName: "玉环"),
        ],
        towns: [
            Gazetteer.Town(countyCode: "331003", name: "东城街道"),
            Gazetteer.Town(countyCode: "331003", name: "西城街道"),
            Gazetteer.Town(countyCode: "331003", name: "南城街道"),
            Gazetteer.Town(countyCode: "331003", name: "北城街道"),
            Gazetteer.Town(countyCode: "331003", name: "北洋镇"),
            Gazetteer.Town(countyCode: "331002", name: "白云街道"),
            Gazetteer.Town(countyCode: "331002", name: "海门街道"),
        ],
        changes: [])
}

/// The canonical header line, with its line break.
let canonicalHeader = CanonicalAddressCSV.columns.joined(separator: ",") + "\n"

/// A registry in its own SQLite file (a connection pool in WAL mode, as in
/// production), removed with its folder when the value goes away.
final class TemporaryRegistry {
    let directory: URL
    let registry: Registry

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("diming-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        registry = try Registry.create(
            path: directory.appendingPathComponent("registry.sqlite").path, gazetteer: TestGazetteer.value,
            actor: "tester")
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// What one import reported: its summary and every rejected row, in order.
struct ImportOutcome {
    var summary: ImportSummary
    var rejected: [RejectedRow]

    var rejectedLines: [Int] { rejected.map(\.line) }

    func reason(line: Int) -> String? { rejected.first { $0.line == line }?.reason }
}

extension Registry {
    func importing(_ source: any ByteSource, skipBad: Bool = false, sourceName: String = "test.csv") throws -> ImportOutcome {
        var rejected: [RejectedRow] = []
        let summary = try importAddresses(
            from: CSVReader(source: source),
            options: ImportOptions(skipBad: skipBad, actor: "tester", sourceName: sourceName),
            reject: { rejected.append($0) })
        return ImportOutcome(summary: summary, rejected: rejected)
    }

    func importing(text: String, skipBad: Bool = false) throws -> ImportOutcome {
        try importing(MemoryByteSource(text), skipBad: skipBad)
    }

    func importing(bytes: [UInt8], skipBad: Bool = false) throws -> ImportOutcome {
        try importing(MemoryByteSource(bytes), skipBad: skipBad)
    }

    func exported(_ format: ExportFormat = .csv) throws -> [UInt8] {
        let sink = MemoryByteSink()
        try exportAddresses(to: sink, format: format)
        return sink.bytes
    }

    /// The export's data rows as fields (header dropped, checked to be canonical).
    func exportedRows() throws -> [[String]] {
        let rows = try csvRows(try exported(.csv))
        try #require(rows.first == CanonicalAddressCSV.columns)
        return Array(rows.dropFirst())
    }
}

/// Splits CSV bytes with the project's own reader.
func csvRows(_ bytes: [UInt8]) throws -> [[String]] {
    let reader = CSVReader(source: MemoryByteSource(bytes))
    var rows: [[String]] = []
    while try reader.next() {
        #expect(reader.problem == nil, "line \(reader.line) of an export is not well-formed CSV")
        rows.append(reader.lossyFields())
    }
    return rows
}

/// Column index by canonical name.
func col(_ name: String) -> Int { CanonicalAddressCSV.columns.firstIndex(of: name)! }
