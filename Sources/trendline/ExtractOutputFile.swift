import Foundation
import TrendlineExtraction

/// An output file that appears whole or not at all: bytes go to a temporary file beside it, which is
/// renamed over the destination when writing is done. An existing file is never left half-written.
final class ExtractOutputFile {
    let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var finished = false

    /// Creates the temporary file; throws a message naming `path` when its folder cannot be written.
    init(path: String) throws(InputError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw InputError(path: path, message: "is a directory; give a file name for --output")
        }
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw InputError(path: path, message: "cannot write: folder \(dir) does not exist")
        }
        temporaryPath = dir + "/." + url.lastPathComponent + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw InputError(path: path, message: "cannot write in \(dir) (permission denied?)")
        }
        self.handle = handle
    }

    func write(_ bytes: [UInt8]) throws(InputError) {
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw InputError(path: path, message: "write failed (\(error.localizedDescription)); nothing was replaced")
        }
    }

    /// Moves the finished file into place.
    func commit() throws(InputError) {
        finished = true
        try? handle.close()
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw InputError(path: path, message: "cannot be replaced (\(reason))")
        }
    }

    /// Removes the temporary file, leaving any existing destination untouched.
    func abandon() {
        guard !finished else { return }
        finished = true
        try? handle.close()
        unlink(temporaryPath)
    }

    deinit { abandon() }
}
