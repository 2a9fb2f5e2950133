import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A prepared statement driven through SQLite's C interface.
///
/// Bulk import and export touch millions of rows; binding and stepping in C
/// directly is about twice as fast as going through GRDB's argument arrays
/// (measured in BENCHMARKS.md), so the hot loops use this thin wrapper while
/// everything else uses GRDB as usual. GRDB still owns the connection and the
/// statement's lifetime.
struct RawStatement {
    private let statement: Statement
    private let handle: SQLiteStatement

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }

    @inline(__always)
    func reset() {
        sqlite3_reset(handle)
    }

    @inline(__always)
    func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bindText(index, $0, RawStatement.transient) }
    }

    /// Binds UTF-8 bytes as text (SQLite copies them).
    @inline(__always)
    func bind(_ index: Int32, bytes: UnsafeBufferPointer<UInt8>) {
        bindText(index, bytes, RawStatement.transient)
    }

    /// Binds UTF-8 bytes as text without copying them: the bytes must stay
    /// valid and unchanged until the statement has been stepped.
    @inline(__always)
    func bindStatic(_ index: Int32, bytes: UnsafeBufferPointer<UInt8>) {
        bindText(index, bytes, nil)
    }

    @inline(__always)
    private func bindText(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ destructor: sqlite3_destructor_type?) {
        if let base = UnsafeRawPointer(bytes.baseAddress), !bytes.isEmpty {
            _ = sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), destructor)
        } else {
            _ = sqlite3_bind_text(handle, index, "", 0, destructor)
        }
    }

    @inline(__always)
    func bind(_ index: Int32, _ text: String?) {
        if let text { bind(index, text) } else { sqlite3_bind_null(handle, index) }
    }

    @inline(__always)
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    @inline(__always)
    func bind(_ index: Int32, _ value: Int?) {
        bind(index, value.map(Int64.init))
    }

    @inline(__always)
    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Steps once: true when a row is available, false when done.
    @inline(__always)
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
        sqlite3_reset(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }

    /// Runs a statement that returns no rows, then resets it for the next use.
    @inline(__always)
    func run() throws {
        defer { sqlite3_reset(handle) }
        _ = try step()
    }

    @inline(__always)
    func int64(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    @inline(__always)
    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }

    @inline(__always)
    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Runs a one-parameter existence query (`SELECT 1 … WHERE id = ?1`).
    @inline(__always)
    func exists(_ value: Int64) throws -> Bool {
        bind(1, value)
        defer { sqlite3_reset(handle) }
        return try step()
    }

    /// Whether text column `column` holds exactly `bytes`.
    @inline(__always)
    func hasText(_ column: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withTextBytes(column) { stored in
            stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    /// The column's UTF-8 bytes without making a String, valid until the next step.
    @inline(__always)
    func withTextBytes<R>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let pointer = sqlite3_column_text(handle, column) else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: pointer, count: count))
    }
}
