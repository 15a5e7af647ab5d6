import Foundation
import TrendlineExtraction

/// The text the extraction benchmarks read: the project's own articles (Datasets/articles), or the
/// .txt files of the directory in TRENDLINE_BENCH_CORPUS, concatenated and cut to exactly 1 MiB of
/// UTF-8, so that "iterations per second" reads as MiB/s.
enum BenchCorpus {
    static let bytesPerIteration = 1 << 20

    static let oneMiB: String = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let dir = ProcessInfo.processInfo.environment["TRENDLINE_BENCH_CORPUS"]
            ?? root.appendingPathComponent("Datasets/articles").path
        let (files, errors) = DocumentLoader.expand([dir])
        for e in errors { FileHandle.standardError.write(Data("benchmark corpus: \(e)\n".utf8)) }
        var articles: [String] = []
        for f in files.prefix(400) {
            guard let doc = try? DocumentLoader.load(f) else { continue }
            let body = String(String.UnicodeScalarView(doc.text.unicodeScalars.dropFirst(doc.bodyStart)))
            articles.append(body + "\n\n")
        }
        precondition(!articles.isEmpty, "benchmark corpus: no text files in \(dir)")
        var bytes: [UInt8] = []
        var i = 0
        while bytes.count < bytesPerIteration {
            bytes += articles[i % articles.count].utf8
            i += 1
        }
        // cut at the last line break before 1 MiB, then pad with line breaks to exactly 1 MiB
        var cut = bytesPerIteration
        while cut > 0 && bytes[cut - 1] != 0x0A { cut -= 1 }
        bytes = Array(bytes[..<cut]) + Array(repeating: 0x0A, count: bytesPerIteration - cut)
        return String(decoding: bytes, as: UTF8.self)
    }()

    /// The same MiB split at line breaks into `parts` pieces of about equal size.
    static func split(_ parts: Int) -> [String] {
        let lines = oneMiB.split(separator: "\n", omittingEmptySubsequences: false)
        let target = bytesPerIteration / parts
        var out: [String] = [], current = ""
        for line in lines {
            current += line + "\n"
            if current.utf8.count >= target && out.count < parts - 1 { out.append(current); current = "" }
        }
        out.append(current)
        return out
    }
}
