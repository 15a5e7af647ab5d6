import Foundation
import TrendlineExtraction

/// The work behind `trendline extract`: files are read and extracted in parallel (at most `jobs` at a
/// time), and each file's output is written as soon as every file before it has been written, so the
/// output is in input order whatever the timing, and memory holds at most a window of files.
struct ExtractRunner {
    var format: ExtractFormat = .jsonl
    /// --doc-date; wins over front matter and inference.
    var docDate: DocumentDate?
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    var verbose = false
    /// Width for --format table; nil when not a terminal.
    var width: Int?

    /// What one file produced.
    enum Outcome: Sendable {
        case extracted(output: [UInt8], notes: [String], claims: Int)
        case skipped(InputError)
    }

    /// Expands `paths` and extracts every file. Returns the exit status: 0 when every input was read,
    /// 1 when some were skipped (each reported through `err`).
    func run(paths: [String], out: ([UInt8]) -> Void, err: (String) -> Void) async -> Int32 {
        let (files, errors) = DocumentLoader.expand(paths)
        for e in errors { err("trendline extract: \(e.description)\n") }
        let status = await run(files: files, out: out, err: err)
        return errors.isEmpty ? status : 1
    }

    /// Extracts the given files (already expanded). A file that cannot be read when its turn comes is
    /// reported and skipped.
    func run(files: [String], out: ([UInt8]) -> Void, err: (String) -> Void) async -> Int32 {
        if format == .csv { out(Array(ExtractRender.csvHeader.utf8)) }
        let jobs = max(1, self.jobs)
        // Completed files waiting for an earlier one are held in memory; the window caps how many.
        let window = jobs * 4
        var skipped = 0
        var claims = 0
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var nextToStart = 0
            var nextToWrite = 0
            var running = 0
            var done: [Int: Outcome] = [:]
            func startMore() {
                while running < jobs, nextToStart < files.count, nextToStart < nextToWrite + window {
                    let index = nextToStart
                    let path = files[index]
                    let runner = self
                    group.addTask { (index, runner.process(path)) }
                    nextToStart += 1
                    running += 1
                }
            }
            startMore()
            while let (index, outcome) = await group.next() {
                running -= 1
                done[index] = outcome
                while let ready = done.removeValue(forKey: nextToWrite) {
                    switch ready {
                    case let .extracted(output, notes, count):
                        for note in notes { err(note + "\n") }
                        out(output)
                        claims += count
                    case let .skipped(error):
                        err("trendline extract: \(error.description); skipped\n")
                        skipped += 1
                    }
                    nextToWrite += 1
                }
                startMore()
            }
        }
        if verbose {
            err("trendline extract: \(claims) claims from \(files.count - skipped) files"
                + (skipped > 0 ? ", \(skipped) skipped" : "") + "\n")
        }
        return skipped == 0 ? 0 : 1
    }

    /// Reads, extracts and renders one file.
    func process(_ path: String) -> Outcome {
        let doc: SourceDocument
        do {
            doc = try DocumentLoader.load(path)
        } catch {
            return .skipped(error)
        }
        var notes = doc.warnings.map { "trendline extract: warning: " + $0 }
        // The engine skips the front-matter block itself (no claims there; its date counts).
        let result = Extractor().extract(text: doc.text, doc: path, docDate: docDate ?? doc.docDate)
        let used = docDate ?? doc.docDate ?? result.docDate

        // Guard the contract: offsets inside the text, finite values. A claim that breaks it is an
        // engine bug; it is reported, never printed with a wrong number.
        let scalarCount = doc.text.unicodeScalars.count
        var kept: [Claim] = []
        kept.reserveCapacity(result.claims.count)
        for c in result.claims where c.start >= doc.bodyStart {
            guard c.start >= 0, c.start < c.end, c.end <= scalarCount, c.value.isFinite,
                  c.valueMax?.isFinite ?? true else {
                notes.append("trendline extract: warning: \(path): dropped an invalid claim at \(c.start)..<\(c.end) "
                             + "(value \(c.value)); please report it")
                continue
            }
            kept.append(c)
        }
        kept.sort { ($0.start, $0.end) < ($1.start, $1.end) }

        if verbose {
            let date = used.map { "\($0.point.spec) (\($0.source.rawValue)\($0.evidence.isEmpty ? "" : ": " + $0.evidence))" }
            notes.append("trendline extract: \(path): \(doc.encoding), doc date \(date ?? "unknown"), \(kept.count) claims")
        }

        var output: [UInt8] = []
        switch format {
        case .jsonl:
            output.reserveCapacity(kept.count * 400)
            for c in kept { ExtractRender.appendJSONLine(c, docDate: used, to: &output) }
        case .csv:
            for c in kept { output += ExtractRender.csvLine(c, docDate: used).utf8 }
        case .table:
            if !kept.isEmpty {
                output = Array((ExtractRender.table(kept, doc: path).render(.text, width: width) + "\n").utf8)
            }
        }
        return .extracted(output: output, notes: notes, claims: kept.count)
    }
}
