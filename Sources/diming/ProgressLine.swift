#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One self-updating status line on standard error, shown only on a terminal
/// so that logs and pipes get the summary alone.
final class ProgressLine {
    private let enabled: Bool
    private var lastDraw: Double = 0
    private var drawn = false
    private let started = ProcessInfo.processInfo.systemUptime

    init() {
        enabled = isatty(2) != 0 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    var elapsed: Double { ProcessInfo.processInfo.systemUptime - started }

    /// Redraws at most five times a second.
    func update(_ text: @autoclosure () -> String, force: Bool = false) {
        guard enabled else { return }
        let now = ProcessInfo.processInfo.systemUptime
        guard force || now - lastDraw >= 0.2 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text()).utf8))
        drawn = true
    }

    func clear() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
