import Testing
@testable import TrendlineExtraction

/// Extracting a loaded document with its front matter already read gives what extracting its text does.
@Suite struct ExtractorEntryTests {
    @Test func frontMatterReadOnceGivesTheSameClaims() throws {
        let texts = [
            "---\ntitle: 基金\ndate: 2025-03-12\n---\n安徽设立人工智能产业主题基金，总规模不低于200亿元。今年一季度营收增长12.5%。",
            "安徽设立人工智能产业主题基金，总规模不低于200亿元。",
            "---\ndate: not a date\n---\n截至2月底，全省人工智能相关企业超过1200家。",
            "   \n",
        ]
        for text in texts {
            let doc = try DocumentLoader.decode(Array(text.utf8), path: "a.txt")
            let whole = Extractor().extract(text: text, doc: "a.txt")
            let once = Extractor().extract(text: doc.text, doc: "a.txt", docDate: doc.docDate, bodyStart: doc.bodyStart)
            #expect(whole.claims == once.claims, "\(text)")
            #expect(whole.docDate == once.docDate, "\(text)")
            #expect(once.textScalarCount == text.unicodeScalars.count)
        }
    }
}
