import Foundation

/// A document as Trendline reads it: decoded text, the publication date its metadata gives, and what
/// went wrong while reading it (bad bytes, a guessed encoding) that the user should hear about.
///
/// Offsets of claims are Unicode scalar offsets into `text`. `text` is the file decoded the way
/// Python's `open(path, encoding="utf-8-sig").read()` decodes it: without a byte-order mark, with every
/// CRLF and lone CR turned into LF. Scripts that read the file that way see the same offsets.
public struct SourceDocument: Sendable {
    /// The path as the user gave it.
    public let path: String
    public let text: String
    /// From front matter (`date: 2025-03-29`); nil when the file has none.
    public let docDate: DocumentDate?
    /// Human-readable warnings, each naming the file ("a.txt: invalid UTF-8 at byte 120 …").
    public let warnings: [String]
    /// Unicode scalar offset where the body starts: just after a front-matter block, 0 without one.
    /// The front-matter lines hold metadata, not claims.
    public let bodyStart: Int
    /// The encoding the bytes were decoded from: "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE".
    public let encoding: String

    public init(path: String, text: String, docDate: DocumentDate? = nil, warnings: [String] = [],
                bodyStart: Int = 0, encoding: String = "UTF-8") {
        self.path = path; self.text = text; self.docDate = docDate; self.warnings = warnings
        self.bodyStart = bodyStart; self.encoding = encoding
    }
}

/// Why a path could not be read. `description` is "PATH: MESSAGE", ready for stderr.
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    public let path: String
    public let message: String

    public init(path: String, message: String) { self.path = path; self.message = message }

    public var description: String { "\(path): \(message)" }
}

/// Finds and reads the documents a user points Trendline at.
public enum DocumentLoader {
    /// File extensions read when walking a directory.
    public static let textExtensions: Set<String> = ["txt", "md"]

    /// The files to read, in order: a file path as given; a directory's .txt and .md files, recursively,
    /// sorted by path. Missing or unreadable paths and directories without text files are errors; the
    /// other paths are still expanded.
    public static func expand(_ paths: [String]) -> (files: [String], errors: [InputError]) {
        let fm = FileManager.default
        var files: [String] = []
        var errors: [InputError] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(InputError(path: path, message: "no such file or directory"))
                continue
            }
            if !isDir.boolValue {
                if fm.isReadableFile(atPath: path) {
                    files.append(path)
                } else {
                    errors.append(InputError(path: path, message: "permission denied"))
                }
                continue
            }
            guard fm.isReadableFile(atPath: path), fm.isExecutableFile(atPath: path) else {
                errors.append(InputError(path: path, message: "directory cannot be read (permission denied)"))
                continue
            }
            var found: [String] = []
            var visited: Set<String> = []
            collect(directory: path, into: &found, visited: &visited, errors: &errors)
            if found.isEmpty {
                errors.append(InputError(path: path, message: "directory holds no .txt or .md files"))
            }
            files.append(contentsOf: found.sorted(by: pathOrder))
        }
        return (files, errors)
    }

    /// Orders paths component by component, so "a/b.txt" sorts before "a-c.txt" (as in a file listing)
    /// and the order does not depend on the file system.
    static func pathOrder(_ a: String, _ b: String) -> Bool {
        let ca = a.split(separator: "/", omittingEmptySubsequences: false)
        let cb = b.split(separator: "/", omittingEmptySubsequences: false)
        for (x, y) in zip(ca, cb) where x != y {
            return x.utf8.lexicographicallyPrecedes(y.utf8)
        }
        return ca.count < cb.count
    }

    private static func collect(directory: String, into found: inout [String], visited: inout Set<String>,
                                errors: inout [InputError]) {
        // A linked folder is read once, however many links lead to it (and a link loop ends).
        guard let real = realpath(directory, nil) else { return }
        defer { free(real) }
        guard visited.insert(String(cString: real)).inserted else { return }
        let fm = FileManager.default
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: directory)
        } catch {
            errors.append(InputError(path: directory, message: "directory cannot be listed"))
            return
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        // sorted, so that which link reaches a shared folder first does not depend on the file system
        for name in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let child = base + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: child, isDirectory: &isDir) else { continue }  // dangling link
            if isDir.boolValue {
                collect(directory: child, into: &found, visited: &visited, errors: &errors)
            } else if let dot = name.lastIndex(of: "."),
                      textExtensions.contains(name[name.index(after: dot)...].lowercased()) {
                found.append(child)
            }
        }
    }

    /// Reads and decodes one file. Throws when it cannot be read, is binary, or is in an encoding
    /// Trendline cannot decode; the message says which.
    public static func load(_ path: String) throws(InputError) -> SourceDocument {
        try decode(readBytes(path), path: path)
    }

    /// The file's bytes, read straight into one array (no intermediate copy: files can be large).
    static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            let code = errno
            let fm = FileManager.default
            if code == ENOENT || !fm.fileExists(atPath: path) {
                throw InputError(path: path, message: "no such file (it may have been removed while Trendline ran)")
            }
            if code == EACCES { throw InputError(path: path, message: "permission denied") }
            throw InputError(path: path, message: "cannot be opened (\(String(cString: strerror(code))))")
        }
        defer { fclose(file) }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw InputError(path: path, message: "is a directory, not a file")
        }
        var bytes: [UInt8] = []
        var size = 0
        if fseek(file, 0, SEEK_END) == 0 {
            size = max(0, ftell(file))
            rewind(file)
        }
        if size > 0 {
            // (read straight into the array: no zeroed chunk, no second copy of every byte)
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
                count = fread(buf.baseAddress, 1, size, file)
            }
        }
        // the rest in chunks: all of a file whose size is unknown, or what was added since it was measured
        // (a small chunk when the size was known: it reads the end of the file)
        var chunk = [UInt8](repeating: 0, count: size > 0 ? 1 << 12 : 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { bytes.append(contentsOf: chunk[..<n]) }
            if n < chunk.count {
                if ferror(file) != 0 {
                    throw InputError(path: path, message: "read error (\(String(cString: strerror(errno))))")
                }
                break
            }
        }
        return bytes
    }

    /// Decodes the bytes of a document named `path` (used in messages and copied into the result).
    public static func decode(_ data: Data, path: String) throws(InputError) -> SourceDocument {
        try decode([UInt8](data), path: path)
    }

    /// Decodes the bytes of a document named `path`.
    public static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> SourceDocument {
        let decoded = try TextDecoder.decode(bytes, path: path)
        var warnings = decoded.warnings
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            warnings.append("\(path): empty file, no text to extract from")
            return SourceDocument(path: path, text: decoded.text, warnings: warnings, encoding: decoded.encoding)
        }
        let front = FrontMatter.parse(decoded.text, path: path)
        warnings += front.warnings
        return SourceDocument(path: path, text: decoded.text, docDate: front.date, warnings: warnings,
                              bodyStart: front.bodyStart, encoding: decoded.encoding)
    }
}
