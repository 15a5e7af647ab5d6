import Foundation
import TrendlineExtraction

/// The work behind `trendline extract`: files are read and extracted in parallel (at most `jobs` at a
/// time), and each file's output is written as soon as every file before it has been written, so the
/// output is in input order whatever the timing, and memory holds at most a window of files.
/// A huge file is cut at line breaks into chunks that are extracted in parallel and written in order
/// as they finish, so one 50 MB file neither stalls the run nor holds all its claims in memory.
struct ExtractRunner: Sendable {
    var format: ExtractFormat = .jsonl
    /// --doc-date; wins over front matter and inference.
    var docDate: DocumentDate?
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    var verbose = false
    /// Width for --format table; nil when not a terminal.
    var width: Int?
    /// Files larger than this (UTF-8 bytes) are extracted in chunks.
    var hugeFileBytes = 8 << 20
    /// The size chunks of a huge file aim at; each ends at a line break (or 。) when there is one.
    var chunkBytes = 1 << 20

    /// What one file (or one chunk of a huge file) produced.
    enum Outcome: Sendable {
        case extracted(output: [UInt8], notes: [String], claims: Int)
        case skipped(InputError)
        /// Read, and too big to extract in one piece: the consumer extracts it in chunks on its turn.
        case huge(SourceDocument)
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
        var skipped = 0
        var claims = 0
        let runner = self
        await Self.orderedParallel(count: files.count, jobs: jobs, work: { runner.process(files[$0]) }) { outcome in
            switch outcome {
            case let .extracted(output, notes, count):
                for note in notes { err(note + "\n") }
                out(output)
                claims += count
            case let .skipped(error):
                err("trendline extract: \(error.description); skipped\n")
                skipped += 1
            case let .huge(doc):
                claims += await extractInChunks(doc, out: out, err: err)
            }
        }
        if verbose {
            err("trendline extract: \(claims) claims from \(files.count - skipped) files"
                + (skipped > 0 ? ", \(skipped) skipped" : "") + "\n")
        }
        return skipped == 0 ? 0 : 1
    }

    /// Runs `work(0..<count)` on at most `jobs` tasks at once and hands the results to `emit` in index
    /// order, each as soon as all earlier ones have been emitted. Results that finish early wait in a
    /// window of `windowPerJob * jobs`; no task starts beyond it, so memory stays bounded however long
    /// the list.
    static func orderedParallel<T: Sendable>(count: Int, jobs: Int, windowPerJob: Int = 4,
                                             work: @escaping @Sendable (Int) -> T,
                                             emit: (T) async -> Void) async {
        let jobs = max(1, jobs)
        let window = jobs * max(1, windowPerJob)
        await withTaskGroup(of: (Int, T).self) { group in
            var nextToStart = 0, nextToEmit = 0, running = 0
            var done: [Int: T] = [:]
            func startMore() {
                while running < jobs, nextToStart < count, nextToStart < nextToEmit + window {
                    let index = nextToStart
                    group.addTask { (index, work(index)) }
                    nextToStart += 1
                    running += 1
                }
            }
            startMore()
            while let (index, result) = await group.next() {
                running -= 1
                done[index] = result
                while let ready = done.removeValue(forKey: nextToEmit) {
                    await emit(ready)
                    nextToEmit += 1
                }
                startMore()
            }
        }
    }

    /// Reads, extracts and renders one file (or defers a huge one to `extractInChunks`).
    func process(_ path: String) -> Outcome {
        if DocumentLoader.holdsDocuments(path) { return processRecords(path) }
        let doc: SourceDocument
        do {
            doc = try DocumentLoader.load(path)
        } catch {
            return .skipped(error)
        }
        if doc.text.utf8.count > hugeFileBytes { return .huge(doc) }
        var notes = doc.warnings.map { "trendline extract: warning: " + $0 }
        let part = extract(doc, text: doc.text, offset: 0, frontMatterRead: true)
        notes += part.notes
        if verbose {
            notes.append("trendline extract: \(doc.path): \(doc.encoding), doc date \(describe(part.docDate)), "
                         + "\(part.claims) claims")
        }
        return .extracted(output: part.output, notes: notes, claims: part.claims)
    }

    /// A JSON Lines file of documents (one article per line, with its own name and date).
    func processRecords(_ path: String) -> Outcome {
        let docs: [SourceDocument]
        do {
            docs = try DocumentLoader.loadRecords(path)
        } catch {
            return .skipped(error)
        }
        var output: [UInt8] = []
        var notes: [String] = []
        var claims = 0
        for doc in docs {
            notes += doc.warnings.map { "trendline extract: warning: " + $0 }
            let part = extract(doc, text: doc.text, offset: 0)
            output += part.output
            notes += part.notes
            claims += part.claims
            if verbose {
                notes.append("trendline extract: \(doc.path): doc date \(describe(part.docDate)), \(part.claims) claims")
            }
        }
        return .extracted(output: output, notes: notes, claims: claims)
    }

    /// One extracted piece of a document, rendered.
    struct Part: Sendable {
        var output: [UInt8]
        var notes: [String]
        var claims: Int
        var docDate: DocumentDate?
    }

    /// Extracts `text`, which starts `offset` scalars into `doc.text`, and renders its claims with
    /// offsets into the whole document.
    /// - Parameter frontMatterRead: `text` is all of a document `DocumentLoader.load` read: its front
    ///   matter was parsed then (`bodyStart`, `docDate`), and is not parsed again.
    func extract(_ doc: SourceDocument, text: String, offset: Int, frontMatterRead: Bool = false) -> Part {
        let path = doc.path
        var notes: [String] = []
        // The engine skips a leading front-matter block itself (no claims there; its date counts).
        var result = frontMatterRead
            ? Extractor().extract(text: text, doc: path, docDate: docDate ?? doc.docDate, bodyStart: doc.bodyStart)
            : Extractor().extract(text: text, doc: path, docDate: docDate ?? doc.docDate)
        let used = docDate ?? doc.docDate ?? result.docDate

        // Guard the contract: offsets inside the text, finite values. A claim that breaks it is an
        // engine bug; it is reported, never printed with a wrong number.
        // (counted by the extractor as it decoded the text; counted here only when it did not say)
        let scalarCount = result.textScalarCount ?? TextMeasure.scalarCount(text)
        // the claims are taken out of the result and filtered in place (no copy of each claim's strings)
        var kept = result.claims
        result.claims = []
        var keptCount = 0
        // (through a buffer pointer: fields are read and written in place, no claim is copied)
        kept.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices {
                let (start, end) = (buf[i].start, buf[i].end)
                guard start >= 0, start < end, end <= scalarCount, buf[i].value.isFinite,
                      buf[i].valueMax?.isFinite ?? true else {
                    notes.append("trendline extract: warning: \(path): dropped an invalid claim at "
                                 + "\(start + offset)..<\(end + offset) (value \(buf[i].value)); please report it")
                    continue
                }
                if start + offset < doc.bodyStart { continue }
                buf[i].start = start + offset
                buf[i].end = end + offset
                if keptCount != i { buf.swapAt(keptCount, i) }
                keptCount += 1
            }
        }
        kept.removeLast(kept.count - keptCount)
        // the engine gives claims in order; sorting (stable) only when they are not
        let inOrder = kept.withUnsafeBufferPointer { buf in
            !buf.indices.dropFirst().contains { i in (buf[i].start, buf[i].end) < (buf[i - 1].start, buf[i - 1].end) }
        }
        if !inOrder {
            kept.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }

        var output: [UInt8] = []
        switch format {
        case .jsonl:
            // every line written into one buffer sized for all of them (no growing, no capacity checks)
            let tail = ExtractRender.jsonTail(used)
            // (every claim's doc is the path given to the extractor: its field is rendered once)
            output = kept.withUnsafeBufferPointer { ExtractRender.jsonLines($0, tail: tail, doc: path) }
        case .csv:
            for c in kept { output += ExtractRender.csvLine(c, docDate: used).utf8 }
        case .table:
            if !kept.isEmpty {
                output = Array((ExtractRender.table(kept, doc: path).render(.text, width: width) + "\n").utf8)
            }
        }
        return Part(output: output, notes: notes, claims: kept.count, docDate: used)
    }

    /// Extracts a huge document chunk by chunk, in parallel, writing each chunk's claims in order.
    /// Without --doc-date or front matter, each chunk's relative dates resolve against the date
    /// inferred from that chunk (a huge file is usually many articles).
    func extractInChunks(_ doc: SourceDocument, out: ([UInt8]) -> Void, err: (String) -> Void) async -> Int {
        for w in doc.warnings { err("trendline extract: warning: \(w)\n") }
        let chunks = Self.plan(doc.text, target: chunkBytes)
        if verbose {
            err("trendline extract: \(doc.path): \(doc.encoding), \(doc.text.utf8.count >> 20) MiB, "
                + "extracted in \(chunks.count) chunks\n")
        }
        var claims = 0
        let runner = self
        // chunks are equal in size, so a short window suffices; it keeps few rendered chunks in memory
        await Self.orderedParallel(count: chunks.count, jobs: jobs, windowPerJob: 2, work: { i in
            // each piece is copied out of the document only while it is being extracted
            runner.extract(doc, text: Self.piece(of: doc.text, chunks[i]), offset: chunks[i].scalarOffset)
        }) { part in
            for note in part.notes { err(note + "\n") }
            out(part.output)
            claims += part.claims
        }
        if verbose { err("trendline extract: \(doc.path): \(claims) claims\n") }
        return claims
    }

    /// Cuts `text` into pieces of about `target` UTF-8 bytes. Each piece ends after a line break when
    /// there is one in its second half, else after a 。, else at a scalar boundary. `offset` is the
    /// piece's start in Unicode scalars.
    static func chunks(of text: String, target: Int) -> [(offset: Int, text: String)] {
        plan(text, target: target).map { (offset: $0.scalarOffset, text: piece(of: text, $0)) }
    }

    struct Chunk: Sendable {
        var byteStart: Int
        var byteEnd: Int
        var scalarOffset: Int
    }

    static func piece(of text: String, _ c: Chunk) -> String {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: c.byteStart), b = u.index(u.startIndex, offsetBy: c.byteEnd)
        return String(text[a..<b])
    }

    /// Where the chunks of `text` start and end (UTF-8 byte offsets, always on scalar boundaries).
    static func plan(_ text: String, target: Int) -> [Chunk] {
        var text = text
        let target = max(target, 8)
        return text.withUTF8 { bytes -> [Chunk] in
            var chunks: [Chunk] = []
            var start = 0, scalarOffset = 0
            let n = bytes.count
            while start < n {
                var end = min(n, start + target)
                if end < n {
                    let floor = start + target / 2
                    var cut = -1
                    var i = end
                    while i > floor { if bytes[i - 1] == 0x0A { cut = i; break }; i -= 1 }
                    if cut < 0 {
                        i = end
                        while i - 3 >= floor {
                            if bytes[i - 3] == 0xE3, bytes[i - 2] == 0x80, bytes[i - 1] == 0x82 { cut = i; break }
                            i -= 1
                        }
                    }
                    if cut < 0 {
                        cut = end
                        while cut > start + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a scalar
                    }
                    end = cut
                }
                chunks.append(Chunk(byteStart: start, byteEnd: end, scalarOffset: scalarOffset))
                for k in start..<end where bytes[k] & 0xC0 != 0x80 { scalarOffset += 1 }
                start = end
            }
            return chunks
        }
    }

    private func describe(_ date: DocumentDate?) -> String {
        guard let d = date else { return "unknown" }
        return "\(d.point.spec) (\(d.source.rawValue)\(d.evidence.isEmpty ? "" : ": " + d.evidence))"
    }
}
