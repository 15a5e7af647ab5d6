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
