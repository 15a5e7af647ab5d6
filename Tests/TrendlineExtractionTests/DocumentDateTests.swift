import Testing
@testable import TrendlineExtraction

/// The document date from the text alone: the page's publication stamp, then a dateline, then the latest
/// period the text reports as past, else nothing.
@Suite struct DocumentDateTests {
    func date(_ s: String) -> DocumentDate? { TimeExpressions.inferDocumentDate(NormalizedText(s)) }
    func spec(_ s: String) -> String? { date(s)?.point.spec }

    // MARK: - Publication stamps

    @Test func aStampWithAClockTimeGivesTheDay() {
        let t = "某市机器人产业再上台阶\n2024-09-03 14:05:10 某某日报\n今年以来，全市新增机器人企业40家，其中12月投产的项目8个。"
        let d = date(t)
        #expect(d?.point.spec == "2024-09-03")
        #expect(d?.source == .stamp)
        #expect(d?.evidence.contains("2024-09-03") == true)
    }

    @Test func labelledStampsInEitherScriptAndWithGlosses() {
        #expect(spec("标题一则\n发布时间：2023-11-08\n正文写到2023年12月的计划。") == "2023-11-08")
        #expect(spec("標題\n時(shí)間:2022-05-19 來源:某網\n去年營收成長三成。") == "2022-05-19")
        // a label right before the date even when the line runs on as a paragraph
        #expect(spec(" date 2021-03-02 Sales of the widgets were USD 5 billion in 2020, which is expected to double by 2026.")
                == "2021-03-02")
    }

    @Test func bylinesWithChineseAndEnglishDates() {
        #expect(spec("某基金落地\n2019年08月15日 10:20   来源:某某证券报   王五\n8月13日，基金签约。") == "2019-08-15")
        #expect(spec("标题\n来源：某某网 2023年4月6日\n一季度营收增长一成。") == "2023-04-06")
        #expect(spec("标题\n（2024年2月9日）\n某市统计局\n2023年，全市经济平稳。") == "2024-02-09")
        #expect(spec("Deal of the week\n\nMarkets | Jane Doe 12 Mar 2021\n\nThe firm raised HK$2 billion yesterday.") == "2021-03-12")
        #expect(spec("A headline\nBy John Roe, April 7, 2022\nThe company sold 3,000 units last quarter.") == "2022-04-07")
        #expect(spec("标题\n2022-10-11某某科技网\n一、概况\n2021年市场规模为300亿元。") == "2022-10-11")
    }

    @Test func aStampBeatsDatesInTheContent() {
        // the text speaks of later months (上月 read at the end of the year) and of a forecast year
        let t = "标题\n日期：2021-04-20\n上月，出货量增长5%。预计2023年市场规模达到800亿元。"
        #expect(spec(t) == "2021-04-20")
    }

    @Test func sentencesWithADateAreNoStamp() {
        // a full date inside a sentence is an event of the story, not a stamp
        #expect(date("2025年12月10日，研究机构发布报告。报告预计，2027年市场规模将达到500亿元。")?.source == .inferred)
        #expect(spec("The report was released on March 3, 2026. It covers 2025.") == "2026-03")
    }

    @Test func aSidebarListOfOtherItemsIsNoStamp() {
        let body = String(repeating: "2022年，该区数字经济规模增长12%，企业数量达到300家。\n", count: 6)
        let t = "标题\n11月2日，某区发布数据。\n" + body + "相关阅读\n新闻甲\n2023/01/05某编辑\n新闻乙\n2023/01/05某编辑\n新闻丙\n2023/01/04某编辑\n"
        let d = date(t)
        #expect(d?.source == .inferred)
        // nor do the sidebar's dates count as the content's latest date
        #expect(d?.point.spec == "2023-11")
    }

    // MARK: - Datelines

    @Test func datelinesGiveMonthAndDayWithTheYearFromTheText() {
        let d = date("标题\n新华社杭州3月8日电（记者 某某）2024年，全省软件业务收入增长12%。")
        #expect(d?.point.spec == "2025-03-08")
        #expect(d?.source == .dateline)
        #expect(date("标题\n央广网成都9月2日消息 2023年，产值达到50亿元。")?.evidence.contains("9月2日消息") == true)
        #expect(spec("标题\n央广网成都9月2日消息 今年上半年，2023年的项目全部投产，产值达到50亿元。") == "2023-09-02")
        #expect(spec("本报上海2025年11月4日电 记者从市经信委获悉，本市新增算力中心3个。") == "2025-11-04")
    }

    @Test func englishDatelines() {
        #expect(spec("Headline\nHANGZHOU, Sept. 9, 2021 (Xinhua) -- The city's chip makers sold 5 million units.") == "2021-09-09")
        let d = date("Headline\nBEIJING, March 5 (Reuters) - Exports rose 7 percent in 2023, officials said.")
        #expect(d?.point.spec == "2024-03-05")
        #expect(d?.source == .dateline)
    }

    @Test func aDatelineWithNoYearInTheTextGivesNothing() {
        #expect(spec("标题\n新华社北京5月6日电 记者从有关部门获悉，新增企业百余家。") == nil)
    }

    // MARK: - The latest period reported as past

    @Test func dataForASpanOfMonthsIsPublishedAfterIt() {
        #expect(spec("2023年上半年，全市规模以上工业增加值增长8%。") == "2023-07")
        #expect(spec("2022年1—10月，全省新能源汽车销量达到30万辆。") == "2022-11")
    }

    @Test func annualBulletinsAndYearEndStocksArePublishedTheYearAfter() {
        #expect(spec("某县2021年国民经济和社会发展统计公报\n全年实现地区生产总值200亿元。") == "2022")
        #expect(spec("2020年末，全市常住人口达到500万人。") == "2021")
    }

    @Test func pastFactsInEitherScriptAndWithoutAVerb() {
        // what had been reached by a year (到…年已…) is past, not a horizon
        #expect(spec("标题\n新华社武汉6月3日电 全省产值从十三五末的五千亿元，到2023年已达8000亿元。") == "2024-06-03")
        // Traditional verbs and spans (今年1至8月) read like Simplified ones
        #expect(spec("2023 年上半年，該市電子業營收為 512.3 億元，較去年同期成長 8.1%。") == "2023-07")
        #expect(spec("2022年9月，新品上市。今年1至8月，累計銷量達到300萬輛。") == "2022-09")
        // a figure with no verb, its growth in the next clause
        #expect(spec("2020年，全市软件产业营业收入3200亿元，同比增长9.5%。") == "2021")
        // a year heading a clause whose figure is a forecast
        #expect(spec("专家认为，在2024年，全国市场规模有望达到2000亿元左右。") == nil)
    }

    @Test func forecastYearsNeverMoveTheDate() {
        #expect(spec("2024年，行业营收增长15%。明年将新增产能两成，预计2026年规模达到千亿元，到2027年有望翻番。") == "2025")
    }

    @Test func noClueGivesNothing() {
        #expect(date("产业集群持续壮大，企业数量不断增加。") == nil)
    }
}
