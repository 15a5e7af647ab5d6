import Foundation
import Testing
@testable import TrendlineExtraction

/// A fresh directory under the system temp directory, removed by the caller.
private func scratchDirectory() throws -> String {
    let dir = NSTemporaryDirectory() + "trendline-input-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

private func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

@Suite struct InputDecodingTests {
    @Test func plainUTF8IsKeptAsIs() throws {
        let doc = try DocumentLoader.decode(Data("产业规模超1.2万亿元。".utf8), path: "a.txt")
        #expect(doc.text == "产业规模超1.2万亿元。")
        #expect(doc.encoding == "UTF-8")
        #expect(doc.warnings.isEmpty)
        #expect(doc.bodyStart == 0)
    }

    @Test func byteOrderMarkIsNotPartOfTheText() throws {
        let doc = try DocumentLoader.decode(Data([0xEF, 0xBB, 0xBF] + Array("增长5%".utf8)), path: "bom.txt")
        #expect(doc.text == "增长5%")
        #expect(doc.text.unicodeScalars.first == "增")
    }

    /// Offsets must agree with Python's universal-newline reading: CRLF and lone CR are one LF.
    @Test(arguments: [
        ("一\r\n二\r\n", "一\n二\n"),
        ("一\r二", "一\n二"),
        ("一\r\r\n二", "一\n\n二"),
        ("no breaks", "no breaks"),
    ])
    func lineBreaksBecomeLF(raw: String, expected: String) throws {
        let doc = try DocumentLoader.decode(Data(raw.utf8), path: "crlf.txt")
        #expect(doc.text == expected)
        #expect(doc.text.unicodeScalars.count == expected.unicodeScalars.count)
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsByteOffset() throws {
        // "规模" + a stray continuation byte + "5%" ; the bad byte sits at file offset 6.
        let bytes = Array("规模".utf8) + [0x80] + Array("5%".utf8)
        let doc = try DocumentLoader.decode(Data(bytes), path: "bad.txt")
        #expect(doc.text == "规模\u{FFFD}5%")
        #expect(doc.warnings.count == 1)
        let warning = try #require(doc.warnings.first)
        #expect(warning.hasPrefix("bad.txt:"))
        #expect(warning.contains("byte 6"))
    }

    @Test func invalidOffsetsCountTheByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42]
        let doc = try DocumentLoader.decode(Data(bytes), path: "b.txt")
        #expect(doc.text == "A\u{FFFD}B")
        #expect(doc.warnings.first?.contains("byte 4") == true)
    }

    @Test func gb18030IsDetectedAndDecoded() throws {
        // 中国人工智能产业规模超过五千亿元，同比增长百分之十五。 in GB2312 bytes.
        let text = "中国人工智能产业规模超过五千亿元，同比增长百分之十五。\n"
        let bytes = try #require(text.data(using: TextDecoder.gb18030))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the sample must not be valid UTF-8")
        let doc = try DocumentLoader.decode(bytes, path: "gbk.txt")
        #expect(doc.text == text)
        #expect(doc.encoding == "GB18030")
        #expect(doc.warnings.contains { $0.contains("GB18030") && $0.hasPrefix("gbk.txt:") })
    }

    @Test func knownGBKBytesDecode() throws {
        // D6D0 B9FA = 中国, 31 = "1", D2DA = 亿, D4AA = 元
        let doc = try DocumentLoader.decode(Data([0xD6, 0xD0, 0xB9, 0xFA, 0x31, 0xD2, 0xDA, 0xD4, 0xAA]), path: "g.txt")
        #expect(doc.text == "中国1亿元")
    }

    @Test func latin1TextIsNotMistakenForGBK() throws {
        // Many accented letters followed by ASCII: every byte pair would be a valid GBK code, but
        // none lies in the GB2312 zone, so it must not be read as Chinese.
        var bytes: [UInt8] = []
        for _ in 0..<40 { bytes += [0x63, 0x61, 0x66, 0xE9, 0x20] }  // "café " in Latin-1
        #expect(throws: InputError.self) { try DocumentLoader.decode(Data(bytes), path: "latin1.txt") }
        do {
            _ = try DocumentLoader.decode(Data(bytes), path: "latin1.txt")
        } catch {
            #expect(error.path == "latin1.txt")
            #expect(error.message.contains("not UTF-8"))
            #expect(error.message.contains("GB18030"))
        }
    }

    @Test func binaryFilesAreRejected() throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        do {
            _ = try DocumentLoader.decode(Data(bytes), path: "img.txt")
            Issue.record("a file with NUL bytes was accepted")
        } catch {
            #expect(error.description.hasPrefix("img.txt: binary file"))
            #expect(error.message.contains("byte 8"))
        }
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let text = "超1.2万亿元\r\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let doc = try DocumentLoader.decode(Data(le), path: "u16.txt")
        #expect(doc.text == "超1.2万亿元\n")
        #expect(doc.encoding == "UTF-16LE")
    }

    @Test(arguments: [[UInt8](), [0xEF, 0xBB, 0xBF], Array(" \n\n\t".utf8)])
    func emptyFilesAreWarned(bytes: [UInt8]) throws {
        let doc = try DocumentLoader.decode(Data(bytes), path: "empty.txt")
        #expect(doc.warnings.contains { $0.hasPrefix("empty.txt:") && $0.contains("empty") })
    }
}

@Suite struct InputFrontMatterTests {
    @Test(arguments: [
        ("date: 2025-03-29", "2025-03-29"),
        ("date: 2025-03", "2025-03"),
        ("published: \"2025/3/9\"", "2025-03-09"),
        ("date: 2024-12-01T08:30:00+08:00", "2024-12-01"),
        ("Date: 2026", "2026"),
    ])
    func dateComesFromFrontMatter(line: String, spec: String) throws {
        let text = "---\ntitle: 基金\n\(line)\n---\n全年投资超过700家企业。\n"
        let doc = try DocumentLoader.decode(Data(text.utf8), path: "fm.md")
        let date = try #require(doc.docDate)
        #expect(date.point.spec == spec)
        #expect(date.source == .metadata)
        #expect(doc.text == text, "the text stays whole; offsets are into the full file")
        let body = String(String.UnicodeScalarView(doc.text.unicodeScalars.dropFirst(doc.bodyStart)))
        #expect(body == "全年投资超过700家企业。\n")
    }

    @Test func frontMatterWithCRLFCountsOneScalarPerBreak() throws {
        let doc = try DocumentLoader.decode(Data("---\r\ndate: 2025-01-02\r\n---\r\n正文".utf8), path: "w.md")
        #expect(doc.docDate?.point.spec == "2025-01-02")
        #expect(doc.bodyStart == "---\ndate: 2025-01-02\n---\n".unicodeScalars.count)
    }

    @Test func badDateIsWarnedAndIgnored() throws {
        let doc = try DocumentLoader.decode(Data("---\ndate: 2025-13-40\n---\n正文".utf8), path: "x.md")
        #expect(doc.docDate == nil)
        #expect(doc.warnings.contains { $0.hasPrefix("x.md:") && $0.contains("2025-13-40") })
    }

    @Test(arguments: ["---\ndate: 2025-01-02\n正文没有结束标记", "正文\n---\ndate: 2025-01-02\n---\n", "--- 分隔\n"])
    func textWithoutAClosedLeadingBlockHasNoFrontMatter(text: String) throws {
        let doc = try DocumentLoader.decode(Data(text.utf8), path: "n.txt")
        #expect(doc.docDate == nil)
        #expect(doc.bodyStart == 0)
    }
}

@Suite struct InputFileTests {
    @Test func directoriesExpandRecursivelyToTextFilesSortedByPath() throws {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/b/sub", withIntermediateDirectories: true)
        for name in ["b/sub/z.txt", "b/a.md", "c.TXT", "a.txt", "notes.pdf", ".hidden.txt", "b-x.txt"] {
            try write(Array("x".utf8), to: dir + "/" + name)
        }
        let (files, errors) = DocumentLoader.expand([dir])
        #expect(errors.isEmpty)
        #expect(files.map { String($0.dropFirst(dir.count + 1)) } == ["a.txt", "b/a.md", "b/sub/z.txt", "b-x.txt", "c.TXT"])
    }

    @Test func linkLoopsEndAndALinkedFolderIsReadOnce() throws {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try write(Array("增长5%".utf8), to: dir + "/a/x.txt")
        try fm.createSymbolicLink(atPath: dir + "/a/loop", withDestinationPath: dir + "/a")
        try fm.createSymbolicLink(atPath: dir + "/b", withDestinationPath: dir + "/a")
        let (files, errors) = DocumentLoader.expand([dir])
        #expect(errors.isEmpty)
        #expect(files.count == 1)
        #expect(files == [dir + "/a/x.txt"])
    }

    @Test func missingPathsAndDirectoriesWithoutTextAreErrorsAndTheRestIsKept() throws {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
        try write(Array("图片".utf8), to: dir + "/empty/readme.pdf")
        try write(Array("增长5%".utf8), to: dir + "/ok.txt")
        let (files, errors) = DocumentLoader.expand([dir + "/nope.txt", dir + "/empty", dir + "/ok.txt"])
        #expect(files == [dir + "/ok.txt"])
        #expect(errors.map(\.path) == [dir + "/nope.txt", dir + "/empty"])
        #expect(errors[0].message.contains("no such file"))
        #expect(errors[1].message.contains("no .txt or .md"))
    }

    @Test func loadReadsAFileAndNamesMissingOnes() throws {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(Array("一\r\n超1.2万亿元".utf8), to: dir + "/a.txt")
        let doc = try DocumentLoader.load(dir + "/a.txt")
        #expect(doc.text == "一\n超1.2万亿元")
        #expect(doc.path == dir + "/a.txt")
        do {
            _ = try DocumentLoader.load(dir + "/gone.txt")
            Issue.record("a missing file was loaded")
        } catch {
            #expect(error.path == dir + "/gone.txt")
            #expect(error.message.contains("no such file"))
        }
    }
}
