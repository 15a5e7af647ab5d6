import Foundation
import Testing
import TrendlineExtraction
@testable import trendline

/// Datasets/expected-claims.jsonl is what `trendline extract Datasets/articles` prints, run from the package
/// root. This test extracts the bundled corpus in-process and compares line by line, so any change in what
/// the engine finds (or how it is written) shows up as a reviewed change to that file.
@Suite struct DatasetClaimsTests {
    static let command = "swift run trendline extract Datasets/articles > Datasets/expected-claims.jsonl"

    @Test func extractingTheBundledCorpusGivesTheExpectedClaims() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        // paths as the command prints them, relative to the package root (no chdir: tests run in parallel)
        let (files, errors) = DocumentLoader.expand([root + "/Datasets/articles"])
        #expect(errors.isEmpty, "\(errors)")
        #expect(files.count >= 20)
        var fresh = ""
        for file in files {
            let doc = try DocumentLoader.load(file)
            let relative = String(file.dropFirst(root.count + 1))
            let result = Extractor().extract(text: doc.text, doc: relative, docDate: doc.docDate)
            for claim in result.claims { fresh += ExtractRender.jsonLine(claim, docDate: result.docDate) }
        }
        let stored = try String(contentsOfFile: root + "/Datasets/expected-claims.jsonl", encoding: .utf8)
        let a = stored.components(separatedBy: "\n"), b = fresh.components(separatedBy: "\n")
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        #expect(stored == fresh, """
            Datasets/expected-claims.jsonl is stale: run `\(Self.command)` from the package root and review the diff.
            First difference at line \(first + 1):
              stored: \(first < a.count ? a[first] : "(end of file)")
              fresh:  \(first < b.count ? b[first] : "(end of file)")
            """)
    }
}

/// Articles carried as JSON Lines (one {"doc", "text", "date"} per line) are documents with metadata dates.
@Suite struct DocumentRecordsTests {
    @Test func jsonLinesOfArticlesAreExtractedWithTheirOwnNamesAndDates() throws {
        let dir = NSTemporaryDirectory() + "trendline-records-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/news.jsonl"
        try """
        {"doc": "a1", "text": "今年，全省人工智能企业超过1200家。", "date": "2025-06"}
        {"id": 7, "text": "产业规模达到500亿元。"}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(DocumentLoader.holdsDocuments(path))
        let docs = try DocumentLoader.loadRecords(path)
        #expect(docs.map(\.path) == ["a1", "7"])
        #expect(docs[0].docDate == DocumentDate(point: DatePoint(year: 2025, month: 6), source: .metadata,
                                                evidence: docs[0].docDate?.evidence ?? ""))
        let claims = Extractor().extract(text: docs[0].text, doc: docs[0].path, docDate: docs[0].docDate).claims
        #expect(claims.map(\.period) == ["2025"])
        #expect(claims.map(\.doc) == ["a1"])
    }

    @Test func aLineWithoutTextNamesTheFileAndLine() throws {
        let path = NSTemporaryDirectory() + "trendline-bad-\(UUID().uuidString).jsonl"
        try "{\"text\": \"规模达到5亿元。\"}\nnot json\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputError.self) { try DocumentLoader.loadRecords(path) }
        do { _ = try DocumentLoader.loadRecords(path) } catch { #expect(error.description.contains("line 2")) }
    }

    @Test func claimsFilesAreNotTakenForDocuments() throws {
        let path = NSTemporaryDirectory() + "trendline-claims-\(UUID().uuidString).jsonl"
        try "{\"doc\": \"a\", \"start\": 0, \"end\": 3, \"text\": \"5亿元\", \"value\": 500000000, \"unit\": \"CNY\"}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(!DocumentLoader.holdsDocuments(path))
    }
}
