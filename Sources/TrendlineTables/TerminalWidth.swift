import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The width of the terminal standard output is attached to.
public enum TerminalWidth {
    /// `COLUMNS` from the environment when it is a positive integer; otherwise the
    /// column count the terminal on standard output reports (TIOCGWINSZ); nil when
    /// standard output is not a terminal (a pipe or a file) and `COLUMNS` is unset.
    public static func current() -> Int? {
        current(environment: ProcessInfo.processInfo.environment, fileDescriptor: STDOUT_FILENO)
    }

    /// As `current()`, with the environment and file descriptor given explicitly.
    public static func current(environment: [String: String], fileDescriptor: Int32) -> Int? {
        if let raw = environment["COLUMNS"],
           let n = Int(raw.trimmingCharacters(in: .whitespaces)), n > 0 {
            return n
        }
        return terminalColumns(fileDescriptor)
    }

    static func terminalColumns(_ fd: Int32) -> Int? {
        #if os(Linux) || os(macOS) || os(iOS) || os(tvOS) || os(watchOS) || os(visionOS) || os(FreeBSD) || os(OpenBSD)
        guard isatty(fd) == 1 else { return nil }
        var size = winsize()
        #if os(Linux)
        let rc = ioctl(fd, UInt(TIOCGWINSZ), &size)
        #else
        let rc = ioctl(fd, TIOCGWINSZ, &size)
        #endif
        guard rc == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
        #else
        return nil
        #endif
    }
}
