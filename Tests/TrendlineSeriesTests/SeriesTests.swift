import Foundation
import Testing
import TrendlineExtraction
@testable import TrendlineSeries

/// A claim as the extractor would emit it; `text` is the quote (its digits set the rounding).
func claim(_ doc: String, _ start: Int, _ text: String, _ value: Double, unit: String = "CNY", bound: Bound = .exact,
           metric: String = "industry_size", subject: String = "人工智能核心产业", region: String = "中国",
           period: String = "2025", modality: Modality = .actual, counter: String? = nil) -> Claim {
    Claim(doc: doc, start: start, end: start + text.unicodeScalars.count, text: text, value: value, unit: unit,
          counter: counter, bound: bound, metric: metric, subject: subject, region: region, period: period,
          modality: modality)
}

@Suite struct ClaimIOTests {
    @Test func jsonlRoundTripKeepsEveryField() throws {
        var c = claim("a.txt", 10, "超1.2万亿元", 1.2e12, bound: .moreThan)
        c.valueMax = 1.5e12; c.basis = .yoy; c.basePeriod = "2024"; c.sentence = "规模超1.2万亿元，\n同比增长"
        c.growthFactors = [2.5, 1.5]
        let text = ClaimIO.writeJSONL([c, claim("b.txt", 3, "59.8%", 59.8, unit: "percent", metric: "share")])
        #expect(text.contains("\"value_max\""))
        #expect(text.contains("\"base_period\":\"2024\""))
        let back = try ClaimIO.parseJSONL(text, file: "x.jsonl")
        #expect(back.count == 2)
        #expect(back[0] == c)
    }

    @Test func jsonlErrorsNameFileAndLine() {
        let good = ClaimIO.writeJSONL([claim("a.txt", 0, "30亿元", 3e9)])
        #expect(throws: ClaimFileError(file: "c.jsonl", line: 3, message: "not a JSON object")) {
            try ClaimIO.parseJSONL(good + "\n{not json\n", file: "c.jsonl")
        }
        let missingUnit = #"{"doc":"a","start":0,"end":1,"text":"3","value":3,"bound":"exact","metric":"count","subject":"","region":"","period":"","modality":"actual","sentence":""}"#
        do {
            _ = try ClaimIO.parseJSONL(missingUnit, file: "m.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "m.jsonl:1: missing field \"unit\"")
        }
        let badPeriod = good.replacingOccurrences(of: "\"period\":\"2025\"", with: "\"period\":\"2025年\"")
        #expect(throws: ClaimFileError.self) { try ClaimIO.parseJSONL(badPeriod, file: "p.jsonl") }
        let badBound = good.replacingOccurrences(of: "\"exact\"", with: "\"roughly\"")
        do {
            _ = try ClaimIO.parseJSONL(badBound, file: "b.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("b.jsonl:1: "))
            #expect(error.description.contains("bound"))
        }
    }

    @Test func optionalFieldsTakeTheirDefaultsAndTypesAreChecked() throws {
        let minimal = #"{"doc":"a.txt","start":3,"end":9,"text":"超过700家","value":700,"unit":"count"}"#
        let c = try #require(try ClaimIO.parseJSONL(minimal, file: "m.jsonl").first)
        #expect(c.bound == .exact && c.metric == "other" && c.modality == .actual && c.period == "" && c.sentence == "")
        let cases: [(String, String)] = [
            (#"{"doc":"a","start":"3","end":9,"text":"x","value":1,"unit":"count"}"#, #"m.jsonl:1: field "start" must be a number"#),
            (#"{"doc":"a","start":9,"end":3,"text":"x","value":1,"unit":"count"}"#, "m.jsonl:1: end 3 is before start 9"),
            (#"{"doc":"a","start":1,"end":3,"text":"x","value":"1","unit":"count"}"#, #"m.jsonl:1: field "value" must be a number"#),
            (#"{"doc":"a","start":1,"end":3,"text":"x","value":1,"unit":"count","modality":"maybe"}"#, #"m.jsonl:1: unknown modality "maybe""#),
        ]
        for (line, message) in cases {
            do {
                _ = try ClaimIO.parseJSONL(line, file: "m.jsonl")
                Issue.record("expected \(message)")
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test func gold_style_header_line_is_skipped() throws {
        let header = #"{"doc": "x.txt", "doc_date": "2026-03", "doc_date_evidence": "dateline"}"#
        let claims = try ClaimIO.parseJSONL(header + "\n" + ClaimIO.writeJSONL([claim("x.txt", 0, "30亿元", 3e9)]), file: "g.jsonl")
        #expect(claims.count == 1)
        // metadata anywhere else is a bad claim, not a header
        #expect(throws: ClaimFileError.self) {
            try ClaimIO.parseJSONL(ClaimIO.writeJSONL([claim("x.txt", 0, "30亿元", 3e9)]) + header, file: "g.jsonl")
        }
    }

    @Test func csvRoundTripWithCommasQuotesAndLineBreaks() throws {
        var c = claim("dir/a,b.txt", 5, "不低于\n200亿元", 2e10, bound: .atLeast, metric: "fund_size",
                      subject: "安徽省\"人工智能\"基金", region: "安徽省")
        c.sentence = "规模不低于\n200亿元，存续期15年"
        c.growthFactors = [2.7, 1.7]
        let csv = ClaimIO.writeCSV([c, claim("b.txt", 1, "4000万台", 4e7, unit: "count", metric: "shipments", counter: "台")])
        let back = try ClaimIO.parseCSV(csv, file: "c.csv")
        #expect(back.count == 2)
        #expect(back[0] == c)
        #expect(back[1].counter == "台")
    }

    @Test func csvErrorsNameTheLine() {
        let csv = "doc,value,unit\na.txt,3e9,CNY\nb.txt,abc,CNY\n"
        #expect(throws: ClaimFileError(file: "v.csv", line: 3, message: "value \"abc\" is not a number")) {
            try ClaimIO.parseCSV(csv, file: "v.csv")
        }
        #expect(throws: ClaimFileError(file: "f.csv", line: 2, message: "2 fields, header has 3")) {
            try ClaimIO.parseCSV("doc,value,unit\na.txt,3\n", file: "f.csv")
        }
        #expect(throws: ClaimFileError(file: "q.csv", line: 2, message: "unterminated quoted field")) {
            try ClaimIO.parseCSV("doc,value,unit\n\"a.txt,3,CNY\n", file: "q.csv")
        }
    }

    @Test func unreadableFileIsAnErrorNamingIt() {
        #expect(throws: ClaimFileError.self) { try ClaimIO.read(path: "/nonexistent/claims.jsonl") }
    }
}

@Suite struct CanonicalTests {
    @Test(arguments: [
        ("安徽省人工智能产业主题基金", "安徽省", "fund_size", "人工智能产业主题基金"),
        ("安徽人工智能产业主题基金", "安徽省", "fund_size", "人工智能产业主题基金"),
        ("我国人工智能核心产业规模", "中国", "industry_size", "人工智能核心产业"),
        ("“人工智能”核心产业 规模", "中国", "industry_size", "人工智能核心产业"),
        ("人工智能核心产业", "中国", "industry_size", "人工智能核心产业"),
        ("全球人工智能市场規模", "全球", "market_size", "人工智能市场"),
        ("ＡＩ手机出货量", "中国", "shipments", "AI手机"),
        ("广西人工智能产业基金", "广西壮族自治区", "fund_size", "人工智能产业基金"),
        ("力争人工智能核心产业规模", "", "industry_size", "人工智能核心产业"),
        ("到2030年人工智能核心产业规模", "中国", "industry_size", "人工智能核心产业"),
        ("2025年我国工业机器人产量", "中国", "shipments", "工业机器人"),
        ("前8个月人工智能核心产业规模", "", "industry_size", "人工智能核心产业"),
        // a number that is part of the name is not a year
        ("5G基站", "", "count", "5G基站"),
        // conservative: a different noun stays different
        ("人工智能产业投资基金", "北京市", "fund_size", "人工智能产业投资基金"),
        // a subject that is only the region keeps its spelling rather than becoming empty
        ("北京市", "北京市", "count", "北京市"),
    ])
    func subjects(raw: String, region: String, metric: String, expected: String) {
        #expect(Canonical.subject(raw, region: region, metric: metric) == expected)
    }

    @Test(arguments: [("广西壮族自治区", "广西"), ("北京", "北京市"), ("我国", "中国"), ("全国", "中国"), ("China", "中国"), ("", "")])
    func regions(raw: String, expected: String) {
        #expect(Canonical.region(raw) == expected)
    }

    @Test(arguments: [("2025-01..2025-12", "2025"), ("2025-01-01..2025-12-31", "2025"), ("2025", "2025"),
                      ("2025-01..2025-08", "2025-01..2025-08"), ("2025-01-01..2025-08", "2025-01..2025-08"),
                      ("2025-01-01..2025-08-31", "2025-01..2025-08"), ("2024-02..2024-02-29", "2024-02"),
                      ("2025-01-01..2025-08-28", "2025-01-01..2025-08-28"), ("..2026-03", "..2026-03"), ("", "")])
    func periods(raw: String, expected: String) {
        #expect(Canonical.period(raw) == expected)
    }
}

@Suite struct IntervalTests {
    @Test(arguments: [
        ("33.3%", 33.3, 0.05), ("40%", 40.0, 0.5), ("5000亿元", 5e11, 0.5e8), ("６０００亿元", 6e11, 0.5e8),
        ("44.3万套", 443000.0, 500.0), ("1万亿元", 1e12, 0.5e11), ("RMB 1 trillion", 1e12, 0.5e11),
        ("560,000 industrial robots", 560000.0, 0.5), ("下降2.9%", -2.9, 0.05), ("1.5倍", 1.5, 0.05),
    ])
    func halfUnitOfLastStatedDigit(text: String, value: Double, expected: Double) {
        #expect(abs(Rounding.halfUnit(text: text, value: value) - expected) <= expected * 1e-9)
    }

    @Test func boundsBecomeHalfOpenIntervals() {
        let more = ValueInterval.of(value: 1.2e12, bound: .moreThan, text: "超1.2万亿元")
        #expect(more.lower == 1.2e12 && more.upper == .infinity)
        let fall = ValueInterval.of(value: -1, bound: .lessThan, text: "不到1%")
        #expect(fall.lower == -1 && fall.upper == 0)
        let approx = ValueInterval.of(value: 225e8, bound: .approx, text: "约225亿元")
        #expect(approx.contains(225e8 * 1.049) && !approx.contains(225e8 * 1.06))
    }
}

@Suite struct SeriesBuildTests {
    @Test func sameFundInTwoArticlesIsOneObservationWithBothSources() {
        let a = claim("001.txt", 40, "不低于200亿元", 2e10, bound: .atLeast, metric: "fund_size",
                      subject: "安徽省人工智能产业主题基金", region: "安徽省", period: "2025")
        let b = claim("005.txt", 90, "不低于\n200亿元", 2e10, bound: .atLeast, metric: "fund_size",
                      subject: "安徽人工智能产业主题基金", region: "安徽", period: "2025")
        let set = SeriesSet.build([a, b, a])
        #expect(set.series.count == 1)
        #expect(set.series[0].observations.count == 1)
        #expect(set.series[0].observations[0].sources.map(\.doc) == ["001.txt", "005.txt"])
        #expect(set.conflicts.isEmpty)
    }

    @Test func differentValuesForOnePeriodAreAConflictWithRelativeDifference() throws {
        let a = claim("015.txt", 10, "4500亿元", 4.5e11, subject: "上海市人工智能产业规模", region: "上海市", period: "2024")
        let b = claim("016.txt", 12, "4000亿元", 4e11, subject: "上海人工智能产业", region: "上海", period: "2024")
        let set = SeriesSet.build([a, b])
        #expect(set.series.count == 1)
        let conflict = try #require(set.conflicts.first)
        #expect(set.conflicts.count == 1)
        #expect(abs(conflict.relativeDifference - 0.125) < 1e-12)
        #expect(Set([conflict.first.sources[0].doc, conflict.second.sources[0].doc]) == ["015.txt", "016.txt"])
    }

    @Test func aWholeAndItsPartInOneSentenceAreNoConflictButDistantStatementsAre() throws {
        // 集成了25项…设备，其中11项为业内首创: the same subject twice, a few words apart
        let whole = claim("x.txt", 20, "25项", 25, unit: "count", metric: "count", subject: "生产线集成的自动化设备", period: "..2026-01", counter: "项")
        let part = claim("x.txt", 41, "11项", 11, unit: "count", metric: "count", subject: "生产线集成的自动化设备", period: "..2026-01", counter: "项")
        let near = SeriesSet.build([whole, part])
        #expect(near.conflicts.isEmpty)
        #expect(near.series.first.map { s in s.observations.allSatisfy { !s.isConflicted($0) } } == true)
        // a headline and a body paragraph of one article that disagree do conflict
        let far = claim("x.txt", 900, "12项", 12, unit: "count", metric: "count", subject: "生产线集成的自动化设备", period: "..2026-01", counter: "项")
        #expect(SeriesSet.build([whole, far]).conflicts.count == 1)
    }

    @Test func aLowerBoundAndAnExactValueAboveItDoNotConflict() throws {
        let bound = claim("a.txt", 0, "超1.2万亿元", 1.2e12, bound: .moreThan)
        let exact = claim("b.txt", 0, "1.3万亿元", 1.3e12)
        let set = SeriesSet.build([bound, exact])
        #expect(set.conflicts.isEmpty)
        let o = try #require(set.series.first?.observations.first)
        #expect(set.series[0].observations.count == 1)
        #expect(o.value == 1.3e12 && o.bound == .exact)
        #expect(o.sources.count == 2)
        // but a lower bound above an exact value does conflict
        let high = claim("c.txt", 0, "超1.5万亿元", 1.5e12, bound: .moreThan)
        #expect(SeriesSet.build([high, exact]).conflicts.count == 1)
    }

    @Test func roundedRestatementsMerge() {
        let a = claim("a.txt", 0, "1万亿元", 1e12)
        let b = claim("b.txt", 0, "RMB 1.02 trillion", 1.02e12)
        #expect(SeriesSet.build([a, b]).conflicts.isEmpty)
    }

    @Test func forecastsAndActualsForTheSameYearAreSeparateFacts() {
        let actual = claim("a.txt", 0, "1万亿元", 1e12)
        let forecast = claim("b.txt", 0, "1.1万亿元", 1.1e12, modality: .forecast)
        let set = SeriesSet.build([actual, forecast])
        #expect(set.conflicts.isEmpty)
        #expect(set.series[0].observations.map(\.modality) == [.actual, .forecast])
    }

    @Test func observationsAreInTimeOrderAndSpellingsOfAYearMerge() {
        let claims = [
            claim("c.txt", 0, "7500亿元", 7.5e11, period: "2024"),
            claim("a.txt", 0, "4000亿元", 4e11, period: "2021"),
            claim("b.txt", 0, "1万亿元", 1e12, period: "2025-01..2025-12"),
            claim("d.txt", 0, "1万亿元", 1e12, period: "2025"),
            claim("e.txt", 0, "6800亿元", 6.8e11, period: "2025-01..2025-08"),
        ]
        let s = SeriesSet.build(claims).series[0]
        #expect(s.observations.map(\.period) == ["2021", "2024", "2025-01..2025-08", "2025"])
        #expect(s.observations.last?.sources.count == 2)
        #expect(s.observations[2].isPartialPeriod)
        #expect(!s.observations[3].isPartialPeriod)
    }

    @Test func anUndatedRestatementJoinsTheOneDatedFactItAgreesWith() {
        let dated = claim("a.txt", 50, "3500亿元", 3.5e11, region: "北京市", period: "2025")
        let headline = claim("a.txt", 5, "3500亿元", 3.5e11, region: "北京市", period: "")
        let s = SeriesSet.build([dated, headline]).series[0]
        #expect(s.observations.count == 1)
        #expect(s.observations[0].period == "2025" && s.observations[0].sources.map(\.start) == [5, 50])
        // agreeing with two dated facts, it stays undated
        let other = claim("b.txt", 1, "3500亿元", 3.5e11, region: "北京市", period: "2024")
        #expect(SeriesSet.build([dated, headline, other]).series[0].observations.count == 3)
    }

    @Test func unitsAndRegionsKeepSeriesApart() {
        let cny = claim("a.txt", 0, "100亿元", 1e10, metric: "fund_size", subject: "人工智能产业基金", region: "北京市")
        let usd = claim("b.txt", 0, "100亿美元", 1e10, unit: "USD", metric: "fund_size", subject: "人工智能产业基金", region: "北京市")
        let other = claim("c.txt", 0, "100亿元", 1e10, metric: "fund_size", subject: "人工智能产业基金", region: "天津市")
        #expect(SeriesSet.build([cny, usd, other]).series.count == 3)
    }
}

@Suite struct RatesTests {
    @Test func builtInAndOverriddenRates() throws {
        #expect(CurrencyRates.builtIn.cny(1e9, unit: "USD") == 7.1e9)
        #expect(CurrencyRates.builtIn.cny(5, unit: "CNY") == 5)
        #expect(CurrencyRates.builtIn.cny(5, unit: "count") == nil)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rates-\(UUID().uuidString).json")
        try Data(#"{"USD": 7.25}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let rates = try CurrencyRates.load(path: url.path)
        #expect(rates.cny(2, unit: "USD") == 14.5)
        #expect(rates.cny(1, unit: "EUR") == CurrencyRates.builtIn.cny(1, unit: "EUR"))
        #expect(rates.origin == url.path)
        try Data(#"{"USD": -1}"#.utf8).write(to: url)
        #expect(throws: ClaimFileError.self) { try CurrencyRates.load(path: url.path) }
    }
}
