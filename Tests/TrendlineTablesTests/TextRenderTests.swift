import Testing
@testable import TrendlineTables

/// Every line of a text table must be equally wide on screen.
func lineWidths(_ s: String) -> Set<Int> {
    Set(s.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of(String($0)) })
}

let sample = Table(
    title: "人工智能产业规模",
    columns: [
        .init("地区"),
        .init("年份", alignment: .center),
        .init("规模", alignment: .right),
        .init("增速", alignment: .right),
        .init("主体"),
    ],
    rows: [
        ["中国", "2024", "7,000亿元", "13.5%", "人工智能核心产业"],
        ["北京市", "2025", "超3,500亿元", "20%", "AI enterprises (Beijing)"],
        ["Global", "2030", "1.2万亿美元", "-4.6%", "全球AI手机出货量"],
    ])

@Suite struct TextRenderTests {
    @Test func allLinesHaveTheSameDisplayWidth() {
        let out = sample.render(.text)
        #expect(lineWidths(out).count == 1, "\n\(out)")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 1 + 1 + 3)   // title, header, rule, rows
        #expect(lines[0].contains("人工智能产业规模"))
        #expect(lines[2].allSatisfy { $0 == "-" || $0 == " " })
    }

    @Test func numbersAlignRightAndTextLeft() {
        let lines = sample.render(.text).split(separator: "\n").map(String.init)
        // The right-aligned 规模 column: each value ends at the same display column.
        let ends = lines[3...].map { line -> Int in
            let r = line.range(of: line.contains("7,000") ? "7,000亿元" : (line.contains("3,500") ? "超3,500亿元" : "1.2万亿美元"))!
            return DisplayWidth.of(String(line[..<r.upperBound]))
        }
        #expect(Set(ends).count == 1)
        // The left-aligned 地区 column starts every row at column 0.
        #expect(lines[3].hasPrefix("中国 "))
        #expect(lines[5].hasPrefix("Global "))
    }

    @Test func exactLayoutOfASmallTable() {
        let t = Table(columns: [.init("项目"), .init("金额", alignment: .right)],
                      rows: [["基金", "30亿元"], ["AI", "5,000万元"]])
        let expected = """
            项目       金额
            ----  ---------
            基金     30亿元
            AI    5,000万元
            """
        #expect(t.render(.text) == expected)
    }

    @Test func centreAlignment() {
        let t = Table(columns: [.init("年份", alignment: .center)], rows: [["2025年度报告"], ["中"]])
        let lines = t.render(.text).split(separator: "\n").map(String.init)
        #expect(lines[0] == "    年份    ")
        #expect(lines[3] == "     中     ")
    }

    @Test func emptyTableRendersHeader() {
        let t = Table(columns: [.init("指标"), .init("数值", alignment: .right)])
        #expect(t.render(.text) == "指标  数值\n----  ----")
    }

    @Test func noColumnsRendersOnlyTheTitle() {
        #expect(Table(title: "空表", columns: []).render(.text) == "空表")
        #expect(Table(columns: []).render(.text) == "")
    }

    @Test func shortAndLongRowsKeepEveryCell() {
        let t = Table(columns: [.init("a"), .init("b")], rows: [["1"], ["1", "2", "额外"]])
        let out = t.render(.text)
        #expect(out.contains("额外"))
        #expect(lineWidths(out).count == 1)
        let json = t.render(.json)
        #expect(json.contains("\"column 3\": \"额外\""))
        #expect(json.contains("{\"a\": \"1\", \"b\": \"\", \"column 3\": \"\"}"))
    }

    @Test func lineBreaksInCellsMakeTallerRows() {
        let t = Table(columns: [.init("说明"), .init("值", alignment: .right)],
                      rows: [["第一行\n第二行更长", "1"], ["x", "22"]])
        let out = t.render(.text)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 + 3)
        #expect(lines[2].hasPrefix("第一行"))
        #expect(lines[3].hasPrefix("第二行更长"))
        #expect(lineWidths(out).count == 1)
    }

    @Test func controlCharactersCannotBreakAlignment() {
        let t = Table(columns: [.init("raw"), .init("n", alignment: .right)],
                      rows: [["tab\there", "1"], ["\u{1B}[31mred", "2"], ["bell\u{07}", "3"]])
        let out = t.render(.text)
        #expect(!out.contains("\u{1B}"))
        #expect(!out.contains("\t"))
        #expect(out.contains("␛[31mred"))
        #expect(lineWidths(out).count == 1)
    }

    @Test func titleWiderThanTableWidensIt() {
        let t = Table(title: "2025年全国人工智能核心产业规模一览", columns: [.init("年"), .init("值")],
                      rows: [["2025", "1"]])
        let out = t.render(.text)
        #expect(lineWidths(out) == [DisplayWidth.of("2025年全国人工智能核心产业规模一览")])
        // With a width limit the title wraps instead.
        let narrow = t.render(.text, width: 16)
        #expect(lineWidths(narrow) == [16])
        #expect(narrow.split(separator: "\n").count == 3 + 3)
    }
}

@Suite struct WidthLimitTests {
    @Test(arguments: [80, 60, 50, 40, 30, 20])
    func tightWidthFitsExactlyAndStaysRectangular(_ limit: Int) {
        let out = sample.render(.text, width: limit)
        let natural = DisplayWidth.of(String(sample.render(.text).split(separator: "\n")[1]))
        #expect(lineWidths(out) == [min(limit, natural)], "\n\(out)")
    }

    @Test func narrowerTableIsLeftAsIs() {
        #expect(sample.render(.text, width: 500) == sample.render(.text))
    }

    @Test func textColumnsShrinkBeforeNumbers() {
        let out = sample.render(.text, width: 46)
        #expect(out.contains("人工智能核…"))
        // The 主体 column (widest text) is cut; the numbers are intact.
        for n in ["7,000亿元", "超3,500亿元", "1.2万亿美元", "13.5%", "-4.6%"] { #expect(out.contains(n)) }
        #expect(!out.contains("人工智能核心产业"))
    }

    @Test func truncationEndsWithEllipsisAndKeepsPrefix() {
        let t = Table(columns: [.init("主体"), .init("值", alignment: .right)],
                      rows: [["安徽省人工智能产业主题基金", "30亿元"]])
        let out = t.render(.text, width: 20)
        let row = String(out.split(separator: "\n")[2])
        #expect(row.hasPrefix("安徽省人工…"))
        #expect(row.hasSuffix("30亿元"))
        #expect(DisplayWidth.of(row) == 20)
    }

    @Test func widthSmallerThanEveryMinimumStillRenders() {
        let out = sample.render(.text, width: 3)
        // 5 columns of width 1 and 4 gaps of 2: 13 is the least possible.
        #expect(lineWidths(out) == [13])
    }

    @Test func wideCharacterInOneColumnCellBecomesEllipsis() {
        let t = Table(columns: [.init("a"), .init("b")], rows: [["中文", "x"]])
        let out = t.render(.text, width: 4)
        #expect(lineWidths(out) == [4])
        #expect(out.contains("…  x"))
    }
}

@Suite struct WrapTests {
    @Test func maxWidthWrapsCJKBetweenCharacters() {
        let t = Table(columns: [.init("说明", maxWidth: 10), .init("值", alignment: .right)],
                      rows: [["全球人工智能手机出货量持续增长", "1"]])
        let out = t.render(.text)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("全球人工智"))
        #expect(lines[3].hasPrefix("能手机出货"))
        #expect(lines[4].hasPrefix("量持续增长"))
        #expect(lines[2].hasSuffix("1"))
        #expect(lineWidths(out) == [10 + 2 + 2])
    }

    @Test func latinWrapsAtSpaces() {
        #expect(TextLayout.wrap("large language model market", width: 12)
                == ["large", "language", "model market"])
    }

    @Test func longWordIsCut() {
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func punctuationStaysWithItsNeighbour() {
        // "，" must not begin a line, "“" must not end one.
        let lines = TextLayout.wrap("规模达到五千，“智能”产业", width: 10)
        #expect(lines.allSatisfy { !$0.hasPrefix("，") && !$0.hasSuffix("“") })
        #expect(lines.joined() == "规模达到五千，“智能”产业")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13])
    func wrappedLinesNeverExceedWidthUnlessOneCharacterDoes(_ w: Int) {
        let text = "AI手机 shipments 超1.2亿台，同比增长59.8%（IDC）"
        for line in TextLayout.wrap(text, width: w) {
            #expect(DisplayWidth.of(line) <= max(w, 2), "\(line)")
        }
        let joined = TextLayout.wrap(text, width: w).joined().filter { $0 != " " }
        #expect(joined == text.filter { $0 != " " })
    }

    @Test func mixedWrapInTableStaysRectangular() {
        let t = Table(title: "说明", columns: [.init("文本", maxWidth: 14), .init("n", alignment: .right)],
                      rows: [["OpenAI and 智谱 raised 超1.2万亿元 in total", "3"], ["短", "10"]])
        let out = t.render(.text)
        #expect(lineWidths(out).count == 1)
        #expect(out.split(separator: "\n").count > 4)
    }

    @Test func numberStaysWithItsScaleAndUnit() {
        // Room for "规模超1.2" but the amount must not be split from 万亿元.
        let lines = TextLayout.wrap("产业规模超1.2万亿元，企业超过5000家", width: 12)
        #expect(lines.contains { $0.contains("1.2万亿元") })
        #expect(lines.contains { $0.contains("5000家") })
        #expect(lines.joined() == "产业规模超1.2万亿元，企业超过5000家")
    }

    @Test func shrunkWrappingColumnWrapsInsteadOfTruncating() {
        let text = "我国人工智能核心产业规模超1.2万亿元，企业数量超过5000家"
        let t = Table(columns: [.init("指标"), .init("原句", maxWidth: 30)], rows: [["industry_size", text]])
        let out = t.render(.text, width: 30)
        #expect(lineWidths(out) == [30], "\n\(out)")
        #expect(!out.contains("…"))
        // Every character of the sentence is still there, in order.
        let body = out.split(separator: "\n").dropFirst(2).map { String($0.dropFirst(15)) }
        #expect(body.joined().filter { $0 != " " } == text)
    }

    @Test func truncateHelper() {
        #expect(TextLayout.truncate("abcdef", width: 4) == "abc…")
        #expect(TextLayout.truncate("人工智能", width: 5) == "人工…")
        #expect(TextLayout.truncate("人工智能", width: 8) == "人工智能")
        #expect(TextLayout.truncate("人工", width: 0) == "")
    }
}
