import ArgumentParser
import Foundation
import Testing
import TrendlineExtraction
@testable import trendline

/// A temp directory with the given files (relative path -> bytes), removed by `cleanup()`.
private struct Fixture {
    let root: String
    init(_ files: [String: [UInt8]]) throws {
        root = NSTemporaryDirectory() + "trendline-extract-" + UUID().uuidString
        let fm = FileManager.default
        for (name, bytes) in files {
            let path = root + "/" + name
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { root + "/" + name }
    func cleanup() { try? FileManager.default.removeItem(atPath: root) }
}

private struct Captured {
    var status: Int32
    var out: String
    var err: String
    var lines: [String] { out.split(separator: "\n").map(String.init) }
}

private func run(_ runner: ExtractRunner, paths: [String]) async -> Captured {
    var out = "", err = ""
    let status = await runner.run(paths: paths, out: { out += String(decoding: $0, as: UTF8.self) }, err: { err += $0 })
    return Captured(status: status, out: out, err: err)
}

private func json(_ line: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any])
}

/// The substring [start, end) in Unicode scalars, as the scorer counts them.
private func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
}

private let article = "人工智能核心产业规模超1.2万亿元，同比增长15%。\n全省已有超过700家企业。\n"

@Suite struct ExtractCommandTests {
    @Test func jsonlFollowsTheClaimsContractAndSpansQuoteTheFile() async throws {
        let fx = try Fixture(["a.txt": Array(article.utf8)])
        defer { fx.cleanup() }
        let result = await run(ExtractRunner(), paths: [fx.path("a.txt")])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        try #require(!result.lines.isEmpty, "the engine finds 超1.2万亿元 at least")
        for line in result.lines {
            let o = try json(line)
            #expect(o["doc"] as? String == fx.path("a.txt"))
            let start = try #require(o["start"] as? Int), end = try #require(o["end"] as? Int)
            #expect(0 <= start && start < end && end <= article.unicodeScalars.count)
            #expect(o["text"] as? String == slice(article, start, end))
            for key in ["value", "unit", "bound", "metric", "subject", "region", "period", "modality", "sentence",
                        "doc_date", "doc_date_source"] {
                #expect(o[key] != nil, "missing \(key)")
            }
            #expect((o["value_max"] == nil) || (o["value_max"] is Double))
        }
        let big = result.lines.first { $0.contains("超1.2万亿元") }
        #expect(big?.contains("\"value\":1200000000000,") == true, "a plain JSON number, no exponent")
    }

    @Test func outputFollowsInputOrderWhateverTheParallelism() async throws {
        var files: [String: [UInt8]] = [:]
        for i in 0..<12 {
            // Uneven sizes so that files finish out of order.
            let body = String(repeating: "第\(i)篇：投资\(i + 1)亿元，增长\(i + 2)%。\n", count: (i % 4 == 0) ? 400 : 3)
            files[String(format: "d/%02d.txt", i)] = Array(body.utf8)
        }
        let fx = try Fixture(files)
        defer { fx.cleanup() }
        let one = await run(ExtractRunner(jobs: 1), paths: [fx.path("d")])
        let four = await run(ExtractRunner(jobs: 4), paths: [fx.path("d")])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.out == four.out)
        let docs = try one.lines.map { try json($0)["doc"] as? String ?? "" }
        #expect(docs == docs.sorted(), "documents appear in path order")
        #expect(Set(docs).count == 12)
        let offsets = try one.lines.filter { $0.contains("/00.txt") }.map { try json($0)["start"] as? Int ?? -1 }
        #expect(offsets == offsets.sorted(), "claims of a document appear in offset order")
    }

    @Test func unreadableInputsAreNamedSkippedAndTheRestIsStillExtracted() async throws {
        let fx = try Fixture([
            "ok.txt": Array(article.utf8),
            "bin.txt": [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00],
            "nodir/readme.pdf": Array("x".utf8),
        ])
        defer { fx.cleanup() }
        let result = await run(ExtractRunner(), paths: [fx.path("missing.txt"), fx.path("bin.txt"),
                                                         fx.path("nodir"), fx.path("ok.txt")])
        #expect(result.status == 1)
        #expect(result.err.contains(fx.path("missing.txt") + ": no such file"))
        #expect(result.err.contains(fx.path("bin.txt") + ": binary file"))
        #expect(result.err.contains(fx.path("nodir") + ": directory holds no .txt or .md files"))
        #expect(!result.lines.isEmpty)
        #expect(result.lines.allSatisfy { $0.contains(fx.path("ok.txt")) })
    }

    @Test func aFileThatVanishesBeforeItsTurnIsReportedAndSkipped() async throws {
        let fx = try Fixture(["a.txt": Array(article.utf8), "b.txt": Array(article.utf8)])
        defer { fx.cleanup() }
        let (files, errors) = DocumentLoader.expand([fx.root])
        #expect(errors.isEmpty && files.count == 2)
        try FileManager.default.removeItem(atPath: fx.path("a.txt"))
        var out = "", err = ""
        let status = await ExtractRunner().run(files: files, out: { out += String(decoding: $0, as: UTF8.self) }, err: { err += $0 })
        #expect(status == 1)
        #expect(err.contains(fx.path("a.txt")) && err.contains("no such file"))
        #expect(out.contains(fx.path("b.txt")))
    }

    @Test func emptyFilesAreWarnedButCountAsRead() async throws {
        let fx = try Fixture(["empty.txt": []])
        defer { fx.cleanup() }
        let result = await run(ExtractRunner(), paths: [fx.path("empty.txt")])
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
        #expect(result.err.contains(fx.path("empty.txt") + ": empty file"))
    }

    @Test func offsetsCountCRLFAsOneBreakAndSkipTheByteOrderMark() async throws {
        let crlf = [0xEF, 0xBB, 0xBF] + Array(article.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let fx = try Fixture(["w.txt": crlf])
        defer { fx.cleanup() }
        let result = await run(ExtractRunner(), paths: [fx.path("w.txt")])
        try #require(!result.lines.isEmpty)
        for line in result.lines {
            let o = try json(line)
            let start = try #require(o["start"] as? Int), end = try #require(o["end"] as? Int)
            #expect(o["text"] as? String == slice(article, start, end))
        }
    }

    @Test func frontMatterGivesTheDocDateAndTheFlagOverridesIt() async throws {
        let text = "---\ndate: 2025-03-12\ntitle: 投资超过700家企业\n---\n" + article
        let fx = try Fixture(["fm.md": Array(text.utf8)])
        defer { fx.cleanup() }
        let fromFile = await run(ExtractRunner(), paths: [fx.path("fm.md")])
        try #require(!fromFile.lines.isEmpty)
        let bodyStart = "---\ndate: 2025-03-12\ntitle: 投资超过700家企业\n---\n".unicodeScalars.count
        for line in fromFile.lines {
            let o = try json(line)
            #expect(o["doc_date"] as? String == "2025-03-12")
            #expect(o["doc_date_source"] as? String == "metadata")
            #expect((o["start"] as? Int ?? 0) >= bodyStart, "front-matter lines hold no claims")
            #expect((o["sentence"] as? String)?.contains("title") == false)
        }
        let date = DocumentDate(point: DatePoint(year: 2026, month: 3), source: .flag)
        let flagged = await run(ExtractRunner(docDate: date, verbose: true), paths: [fx.path("fm.md")])
        for line in flagged.lines {
            let o = try json(line)
            #expect(o["doc_date"] as? String == "2026-03")
            #expect(o["doc_date_source"] as? String == "flag")
        }
        #expect(flagged.err.contains(fx.path("fm.md") + ": UTF-8, doc date 2026-03 (flag"))
    }

    @Test func csvHasAHeaderAndQuotesCellsWithCommasQuotesAndBreaks() async throws {
        let fx = try Fixture(["a.txt": Array("他说：\"规模超1.2万亿元, 增长15%\"。\n".utf8)])
        defer { fx.cleanup() }
        let result = await run(ExtractRunner(format: .csv), paths: [fx.path("a.txt")])
        #expect(result.status == 0)
        #expect(result.lines.first == ExtractRender.fields.joined(separator: ","))
        #expect(ExtractRender.csvCell("a,b") == "\"a,b\"")
        #expect(ExtractRender.csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ExtractRender.csvCell("line\nbreak") == "\"line\nbreak\"")
        #expect(ExtractRender.csvCell("超1.2万亿元") == "超1.2万亿元")
    }

    @Test func tableFormatPrintsOneTitledTablePerDocument() async throws {
        let fx = try Fixture(["a.txt": Array(article.utf8), "b.txt": Array(article.utf8)])
        defer { fx.cleanup() }
        let result = await run(ExtractRunner(format: .table, width: 200), paths: [fx.root])
        #expect(result.status == 0)
        #expect(result.out.contains(fx.path("a.txt")) && result.out.contains(fx.path("b.txt")))
        #expect(result.out.contains("modality") && result.out.contains("CNY"))
        let a = try #require(result.out.range(of: fx.path("a.txt"))), b = try #require(result.out.range(of: fx.path("b.txt")))
        #expect(a.lowerBound < b.lowerBound)
    }

    @Test(arguments: [
        (1.2e12, "1200000000000"), (59.8, "59.8"), (-4.6, "-4.6"), (100.0 / 3.0, "33.333333333333336"),
        (1e20, "100000000000000000000"), (1.5e-7, "0.00000015"), (-2.5e-5, "-0.000025"), (0.0, "0"),
        (123456789012345680000.0, "123456789012345680000"), (1.25e18, "1250000000000000000"),
    ])
    func numbersArePlainJSONNumbers(value: Double, expected: String) throws {
        let s = ExtractRender.number(value)
        #expect(s == expected)
        #expect(Double(s) == value, "the digits round-trip to the same Double")
        #expect(!s.contains("e") && !s.contains("E"))
        #expect((try? JSONSerialization.jsonObject(with: Data("[\(s)]".utf8))) != nil)
    }

    @Test func stringsAreEscapedIntoValidJSON() throws {
        let nasty = "引号\"反斜杠\\换行\n回车\r制表\t响铃\u{07}结束"
        var bytes: [UInt8] = []
        ExtractRender.appendJSONString(nasty, to: &bytes)
        let s = String(decoding: bytes, as: UTF8.self)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(s)]".utf8)) as? [String]
        #expect(parsed == [nasty])
    }

    /// The escaper reads eight bytes at a time: every special byte at every position of long strings
    /// (Latin, Chinese, mixed) is escaped as a byte-by-byte reference escaper does it.
    @Test func longStringsAreEscapedAtEveryPosition() {
        func reference(_ s: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for b in s.utf8 {
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0..<0x20: out += Array(String(format: "\\u%04x", Int(b)).utf8)
                default: out.append(b)
                }
            }
            return out + [0x22]
        }
        let fillers = [String(repeating: "abcdefgh", count: 5), String(repeating: "同比增长", count: 5), "Q1营收 up 20%，达1.2亿元 ~!#$%&'()*+,-./"]
        for filler in fillers {
            let scalars = Array(filler.unicodeScalars)
            for special in ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", " ", "\u{7F}"] {
                for at in 0...scalars.count {
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: scalars[..<at])
                    s.append(contentsOf: special.unicodeScalars)
                    s.append(contentsOf: scalars[at...])
                    let text = String(s)
                    var bytes: [UInt8] = []
                    ExtractRender.appendJSONString(text, to: &bytes)
                    #expect(bytes == reference(text), "\(special.debugDescription) at \(at) in \(filler)")
                }
            }
        }
    }

    @Test(arguments: [["--format", "xml", "a.txt"], ["--doc-date", "2025-13", "a.txt"], ["--jobs", "0", "a.txt"], []])
    func usageErrorsExitWithStatus2(arguments: [String]) async throws {
        var command = try ExtractCommand.parse(arguments)
        await #expect(throws: ExitCode(2)) { try await command.run() }
    }

    @Test(arguments: [
        String(repeating: "投资超过1.2亿元，同比增长15%。\n", count: 300),
        String(repeating: "投资超过1.2亿元，同比增长15%。", count: 300),
        String(repeating: "没有标点也没有换行的长文本😀", count: 300),
    ])
    func hugeTextIsCutIntoChunksThatRebuildItWithTheRightOffsets(text: String) {
        let chunks = ExtractRunner.chunks(of: text, target: 500)
        #expect(chunks.count > 1)
        #expect(chunks.map(\.text).joined() == text)
        var offset = 0
        for (i, c) in chunks.enumerated() {
            #expect(c.offset == offset)
            offset += c.text.unicodeScalars.count
            #expect(c.text.utf8.count <= 500)
            if i < chunks.count - 1, text.contains("\n") { #expect(c.text.hasSuffix("\n")) }
            if i < chunks.count - 1, !text.contains("\n"), text.contains("。") { #expect(c.text.hasSuffix("。")) }
        }
    }

    @Test func aHugeFileGivesTheSameClaimsInChunksAsInOnePiece() async throws {
        var text = "---\ndate: 2025-06-30\n---\n"
        for i in 0..<400 { text += "第\(i)家企业投资超过\(i + 1).5亿元，同比增长\(i % 30 + 1)%。\n" }
        let fx = try Fixture(["big.txt": Array(text.utf8)])
        defer { fx.cleanup() }
        let whole = await run(ExtractRunner(jobs: 2), paths: [fx.path("big.txt")])
        let chunked = await run(ExtractRunner(jobs: 2, verbose: true, hugeFileBytes: 4000, chunkBytes: 1000),
                                paths: [fx.path("big.txt")])
        #expect(chunked.err.contains("chunks"))
        #expect(whole.status == 0 && chunked.status == 0)
        func key(_ line: String) throws -> String {
            let o = try json(line)
            return "\(o["start"]!) \(o["end"]!) \(o["text"]!) \(o["value"]!) \(o["unit"]!) \(o["doc_date"]!)"
        }
        try #require(whole.lines.count > 400)
        #expect(try chunked.lines.map(key) == whole.lines.map(key))
        for line in chunked.lines {
            let o = try json(line)
            let start = try #require(o["start"] as? Int), end = try #require(o["end"] as? Int)
            #expect(o["text"] as? String == slice(text, start, end))
        }
    }

    @Test func outputFileIsReplacedWholeAndNoTemporaryFileIsLeft() async throws {
        let fx = try Fixture(["in/a.txt": Array(article.utf8), "claims.jsonl": Array("old report\n".utf8)])
        defer { fx.cleanup() }
        var command = try ExtractCommand.parse(["-o", fx.path("claims.jsonl"), fx.path("in")])
        try await command.run()
        let written = try String(contentsOfFile: fx.path("claims.jsonl"), encoding: .utf8)
        let direct = await run(ExtractRunner(), paths: [fx.path("in")])
        #expect(written == direct.out)
        #expect(!written.contains("old report"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fx.root).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func anUnwritableOutputIsAUsageErrorAndTouchesNothing() async throws {
        let fx = try Fixture(["a.txt": Array(article.utf8)])
        defer { fx.cleanup() }
        var command = try ExtractCommand.parse(["-o", fx.path("missing-dir/claims.jsonl"), fx.path("a.txt")])
        await #expect(throws: ExitCode(2)) { try await command.run() }
        #expect(!FileManager.default.fileExists(atPath: fx.path("missing-dir")))
    }
}
