import Foundation
import Testing
import TrendlineExtraction
import TrendlineSeries
@testable import TrendlineAnalysis

/// A claim as the extractor would emit it; `text` is the quote (its digits set the rounding).
private func mk(_ doc: String, _ start: Int, _ text: String, _ value: Double, unit: String = "CNY", bound: Bound = .exact,
                metric: String = "industry_size", subject: String = "人工智能核心产业", region: String = "中国",
                period: String, modality: Modality = .actual, counter: String? = nil, sentence: String = "",
                basis: GrowthBasis? = nil, basePeriod: String? = nil) -> Claim {
    Claim(doc: doc, start: start, end: start + text.unicodeScalars.count, text: text, value: value, unit: unit,
          counter: counter, bound: bound, metric: metric, subject: subject, region: region, period: period,
          modality: modality, sentence: sentence, basis: basis, basePeriod: basePeriod)
}

private func growth(_ doc: String, _ start: Int, _ text: String, _ value: Double, unit: String = "percent",
                    subject: String = "人工智能核心产业", region: String = "中国", period: String,
                    sentence: String = "", basis: GrowthBasis? = .yoy, basePeriod: String? = nil,
                    modality: Modality = .actual) -> Claim {
    mk(doc, start, text, value, unit: unit, metric: "growth_rate", subject: subject, region: region, period: period,
       modality: modality, sentence: sentence, basis: basis, basePeriod: basePeriod)
}

/// The industry series of the bundled corpus, one level per year, each in its own article.
private let levels: [Claim] = [
    mk("008", 5, "4000亿元", 4e11, period: "2021", sentence: "s2021"),
    mk("007", 5, "5000亿元", 5e11, period: "2022", sentence: "s2022"),
    mk("009", 5, "６０００亿元", 6e11, period: "2023", sentence: "s2023"),
    mk("010", 5, "7500\n亿元", 7.5e11, period: "2024", sentence: "s2024"),
    mk("011", 5, "1万亿元", 1e12, period: "2025", sentence: "s2025"),
    mk("012", 5, "6800亿元", 6.8e11, period: "2025-01..2025-08", sentence: "partial"),
]

@Suite struct GrowthCheckTests {
    func check(_ g: Claim, extra: [Claim] = []) throws -> GrowthCheck {
        let claims = levels + extra + [g]
        let results = GrowthChecker.check(claims, against: SeriesSet.build(claims))
        return try #require(results.first { $0.sources.contains(SourceRef(g)) })
    }

    @Test func overstatedYoYIsInconsistentWithItsGap() throws {
        let r = try check(growth("007", 20, "40%", 40, period: "2022", sentence: "s2022"))
        #expect(r.verdict == .inconsistent)
        #expect(abs(r.readings[0].difference - 15) < 1e-9)
        #expect(r.readings[0].gap > 14 && r.readings[0].gap < 15)  // beyond the rounding of 40% and of the levels
        #expect(r.explanation.contains("overstated by 15 pp"))
        #expect(abs(r.impliedPoint! - 25) < 1e-9)
        #expect(r.explanation.contains("5600亿元"))
    }

    @Test func growthStatedInAnArticleWithoutLevelsIsFoundBySubject() throws {
        let r = try check(growth("013", 3, "35%", 35, subject: "我国人工智能核心产业规模", period: "2023"))
        #expect(r.verdict == .inconsistent)
        #expect(r.level?.sources.first?.doc == "009")
        #expect(r.baseLevel?.sources.first?.doc == "007")
    }

    @Test(arguments: [("20%", 20.0, "2023"), ("25%", 25.0, "2024"), ("33.3%", 33.3, "2025")])
    func roundedGrowthIsConsistent(text: String, value: Double, period: String) throws {
        let r = try check(growth("x", 20, text, value, period: period, sentence: "s" + period))
        #expect(r.verdict == .consistent)
    }

    @Test func increasedNTimesIsTestedUnderBothReadings() throws {
        let r = try check(growth("011", 30, "1.5倍", 1.5, unit: "multiple", period: "2025", sentence: "s2025",
                                 basis: .vsPeriod, basePeriod: "2021"))
        #expect(r.verdict == .consistent)
        #expect(r.readings.count == 2)
        #expect(r.readings[0].consistent)   // ×(N+1) = ×2.5
        #expect(!r.readings[1].consistent)  // ×N = ×1.5
        #expect(r.explanation.contains("×2.5"))
        // the other way round: ×2 between 2022 and 2024 is 增长1倍 read as ×(N+1), or 增长2倍 read as ×N
        let twice = try check(growth("y", 1, "2倍", 2, unit: "multiple", period: "2024", basis: .vsPeriod, basePeriod: "2022"),
                              extra: [mk("z", 0, "1万亿元", 1e12, period: "2024", sentence: "other")])
        #expect(twice.flags.contains { $0.contains("conflicting") })
    }

    @Test func growthFactorsFromTheExtractorAreTheReadingsTested() throws {
        var g = growth("011", 30, "1.5倍", 1.5, unit: "multiple", period: "2025", sentence: "s2025", basis: .vsPeriod, basePeriod: "2021")
        g.growthFactors = [2.5, 1.5]
        let both = try check(g)
        #expect(both.readings.map(\.name) == ["×(N+1) = ×2.5", "×N = ×1.5"])
        #expect(both.readings.map(\.consistent) == [true, false])
        g.growthFactors = [1.5]  // an extractor sure of the "to N times" reading
        let one = try check(g)
        #expect(one.readings.count == 1 && one.verdict == .inconsistent)
    }

    @Test func missingBaseIsUnverifiableAndNamesTheImpliedLevel() throws {
        let beijing = mk("014", 5, "3500亿元", 3.5e11, subject: "北京市人工智能核心产业规模", region: "北京市", period: "2025", sentence: "b")
        let r = try check(growth("014", 20, "20%", 20, subject: "北京市人工智能核心产业", region: "北京市", period: "2025", sentence: "b"),
                          extra: [beijing])
        #expect(r.verdict == .unverifiable)
        #expect(r.explanation.contains("2024"))
        #expect(r.explanation.contains("2916.67亿元"))
    }

    @Test func missingBaseOfIncreasedNTimesNamesTheLevelUnderBothReadings() throws {
        let r = try check(growth("q", 0, "1.5倍", 1.5, unit: "multiple", period: "2025", basis: .vsPeriod, basePeriod: "2019"))
        #expect(r.verdict == .unverifiable)
        #expect(r.explanation.contains("4000亿元 (read as ×(N+1) = ×2.5) or 6666.67亿元 (read as ×N = ×1.5)"))
    }

    @Test func growthWithNoLevelSeriesAtAllIsUnverifiable() throws {
        let r = try check(growth("q", 0, "12%", 12, subject: "量子计算产业", period: "2025"))
        #expect(r.verdict == .unverifiable)
        #expect(r.series == nil)
        #expect(r.explanation.contains("量子计算产业"))
    }

    @Test func partYearLevelIsFlaggedNotUsed() throws {
        // 2026 growth: no 2026 level; and a 2025 growth when only part-year 2025 is known
        let onlyPartial = levels.filter { $0.period != "2025" }
        let g = growth("p", 0, "30%", 30, period: "2025")
        let results = GrowthChecker.check(onlyPartial + [g], against: SeriesSet.build(onlyPartial + [g]))
        let r = try #require(results.first)
        #expect(r.verdict == .unverifiable)
        #expect(r.flags.contains { $0.contains("2025-01..2025-08") })
    }

    @Test func fallsAreCheckedWithTheirSign() throws {
        let robots = [
            mk("019", 0, "44.3万套", 443000, unit: "count", metric: "shipments", subject: "工业机器人产量", period: "2022", counter: "套", sentence: "r22"),
            mk("019", 50, "43万套", 430000, unit: "count", metric: "shipments", subject: "工业机器人产量", period: "2023", counter: "套", sentence: "r23"),
        ]
        let down = growth("019", 60, "下降2.9%", -2.9, subject: "工业机器人产量", period: "2023", sentence: "r23")
        let up = growth("019", 70, "增长2.9%", 2.9, subject: "工业机器人产量", period: "2023", sentence: "r23")
        let results = GrowthChecker.check(robots + [down, up], against: SeriesSet.build(robots + [down, up]))
        #expect(results.map(\.verdict) == [.consistent, .inconsistent])
    }

    @Test func lowerBoundLevelsGiveOneSidedIntervals() throws {
        // 超1.2万亿 in 2025 against 1万亿 in 2024: growth ≥ 20%, so +25% cannot be refuted, +10% can
        let lv = [mk("a", 0, "1万亿元", 1e12, subject: "数字经济", period: "2024", sentence: "a"),
                  mk("b", 0, "超1.2万亿元", 1.2e12, bound: .moreThan, subject: "数字经济", period: "2025", sentence: "b")]
        let g25 = growth("b", 10, "25%", 25, subject: "数字经济", period: "2025", sentence: "b")
        let g10 = growth("c", 10, "10%", 10, subject: "数字经济", period: "2025")
        let all = lv + [g25, g10]
        let results = GrowthChecker.check(all, against: SeriesSet.build(all))
        #expect(results.map(\.verdict) == [.consistent, .inconsistent])
    }

    @Test func compoundAnnualGrowthIsCheckedPerYear() throws {
        // 4000亿 (2021) → 1万亿 (2025): CAGR 25.74% a year
        let stated = try check(growth("c", 0, "25.7%", 25.7, period: "2021..2025", basis: .cagr))
        #expect(stated.verdict == .consistent)
        #expect(stated.basePeriod == "2021" && stated.period == "2025")
        #expect(abs(try #require(stated.impliedPoint) - (pow(2.5, 0.25) - 1) * 100) < 1e-9)
        let withBase = try check(growth("c", 0, "30%", 30, period: "2025", basis: .cagr, basePeriod: "2021"))
        #expect(withBase.verdict == .inconsistent)
    }

    @Test func growthOverASpanWithoutABaseIsUnverifiable() throws {
        let r = try check(growth("s", 0, "60%", 60, period: "2021..2025", basis: .unspecified))
        #expect(r.verdict == .unverifiable)
        #expect(r.explanation.contains("no base period"))
    }

    @Test func repeatedStatementsAreOneRowWithAllSources() {
        let a = growth("010", 20, "25%", 25, period: "2024", sentence: "s2024")
        let b = growth("010", 90, "25%", 25, period: "2024")
        let results = GrowthChecker.check(levels + [a, b], against: SeriesSet.build(levels + [a, b]))
        #expect(results.count == 1)
        #expect(results[0].sources.count == 2)
    }
}

@Suite struct ComparisonTests {
    let funds: [Claim] = [
        mk("001", 0, "不低于200亿元", 2e10, bound: .atLeast, metric: "fund_size", subject: "安徽省人工智能产业主题基金", region: "安徽省", period: "2025"),
        mk("005", 0, "不低于\n200亿元", 2e10, bound: .atLeast, metric: "fund_size", subject: "安徽人工智能产业主题基金", region: "安徽", period: "2025"),
        mk("003", 0, "30亿元", 3e9, metric: "fund_size", subject: "河南省人工智能产业基金", region: "河南省", period: "2025"),
        mk("023", 0, "600亿元", 6e10, metric: "fund_size", subject: "国家人工智能产业投资基金", region: "中国", period: "2025"),
        mk("x", 0, "10亿美元", 1e9, unit: "USD", metric: "fund_size", subject: "深圳市AI基金", region: "深圳市", period: "2025"),
        mk("y", 0, "12家", 12, unit: "count", metric: "fund_size", subject: "子基金", region: "河南省", period: "2025", counter: "家"),
    ]

    @Test func ranksAllEntitiesWithSharesThatSumToOne() {
        let c = Comparison.rank(SeriesSet.build(funds), metric: "fund_size")
        #expect(c.rows.map(\.region) == ["中国", "安徽省", "深圳市", "河南省"])
        #expect(c.rows.map(\.rank) == [1, 2, 3, 4])
        #expect(abs(c.rows.reduce(0) { $0 + $1.share } - 1) < 1e-12)
        #expect(c.rows[1].observation.bound == .atLeast)
        #expect(c.rows[1].observation.sources.count == 2)
        #expect(c.rows[2].converted && c.rows[2].comparableValue == 7.1e9)
        #expect(c.totalIsLowerBound)
        #expect(c.excluded.count == 1)  // the count of sub-funds is not money
    }

    @Test(arguments: [(Comparison.Level.province, ["安徽省", "河南省"]), (.city, ["深圳市"]), (.country, ["中国"])])
    func regionLevelFilters(level: Comparison.Level, regions: [String]) {
        let c = Comparison.rank(SeriesSet.build(funds), metric: "fund_size", level: level)
        #expect(c.rows.map(\.region) == regions)
    }

    @Test func restatementsUnderOtherSubjectsAreOneEntityNamedByItsMostSpecificName() {
        let restated = funds + [mk("023", 90, "600亿元", 6e10, metric: "fund_size", subject: "基金总规模", region: "中国", period: "2025")]
        let c = Comparison.rank(SeriesSet.build(restated), metric: "fund_size")
        let national = c.rows.filter { $0.region == "中国" }
        #expect(national.count == 1)
        #expect(national.first?.subject == "国家人工智能产业投资基金")
        #expect(national.first?.alsoCalled == ["基金总规模"])
        #expect(national.first?.observation.sources.count == 2)
    }

    @Test func anAmountGivenInTwoCurrenciesIsOneEntityRankedAtTheStatedFigure() {
        let twice = funds + [mk("z", 0, "100亿元", 1e10, metric: "fund_size", subject: "珠海低空基金", region: "珠海市", period: "2025"),
                             mk("z", 12, "约14亿美元", 1.4e9, unit: "USD", bound: .approx, metric: "fund_size", subject: "珠海低空基金", region: "珠海市", period: "2025")]
        let c = Comparison.rank(SeriesSet.build(twice), metric: "fund_size")
        let zhuhai = c.rows.filter { $0.region == "珠海市" }
        #expect(zhuhai.count == 1)
        #expect(zhuhai.first?.unit == "CNY" && zhuhai.first?.comparableValue == 1e10 && zhuhai.first?.converted == false)
        #expect(zhuhai.first?.observation.sources.count == 2)
        // the same amounts in two different articles are two entities' figures
        let apart = funds + [mk("z1", 0, "100亿元", 1e10, metric: "fund_size", subject: "珠海低空基金", region: "珠海市", period: "2025"),
                             mk("z2", 0, "14亿美元", 1.4e9, unit: "USD", metric: "fund_size", subject: "珠海航空基金", region: "珠海市", period: "2025")]
        #expect(Comparison.rank(SeriesSet.build(apart), metric: "fund_size").rows.filter { $0.region == "珠海市" }.count == 2)
    }

    @Test func aFundsFirstCloseIsNotRankedAsAFund() {
        let withTranche = funds + [mk("j", 0, "30亿元", 3e9, metric: "fund_size", subject: "江苏省人工智能产业母基金首期规模", region: "江苏省", period: "2026")]
        let c = Comparison.rank(SeriesSet.build(withTranche), metric: "fund_size")
        #expect(!c.rows.contains { $0.region == "江苏省" })
        #expect(c.excluded.contains { $0.label.contains("首期") })
    }

    @Test func aTotalOverSeveralFundsIsNotRankedAmongThem() {
        let withTotal = funds + [mk("t", 0, "超过1200亿元", 1.2e11, bound: .moreThan, metric: "fund_size", subject: "15个省市设立的低空基金合计规模", region: "中国", period: "2025")]
        let c = Comparison.rank(SeriesSet.build(withTotal), metric: "fund_size")
        #expect(!c.rows.contains { $0.subject.contains("合计") })
        let withList = funds + [mk("l", 0, "1000亿元", 1e11, metric: "fund_size", subject: "科创引导基金、国家级并购基金", region: "中国", period: "2025")]
        #expect(!Comparison.rank(SeriesSet.build(withList), metric: "fund_size").rows.contains { $0.subject.contains("、") })
        #expect(c.excluded.contains { $0.reason.contains("total") })
    }

    @Test func overriddenRateChangesTheRanking() {
        let rates = CurrencyRates(cnyPer: ["USD": 100], origin: "test")
        let c = Comparison.rank(SeriesSet.build(funds), metric: "fund_size", level: .any, rates: rates)
        #expect(c.rows.first?.region == "深圳市")
    }
}

@Suite struct TrendTests {
    @Test func yoyAndCagrFromWholeYears() throws {
        let s = try #require(SeriesSet.build(levels).series.first)
        let t = Trend(s)
        let yoy = t.rows.map(\.yoy)
        #expect(yoy[0] == nil)
        #expect(abs(try #require(yoy[1]) - 25) < 1e-9)
        #expect(abs(try #require(yoy[5]) - 33.333333333333) < 1e-6)
        #expect(t.rows.first { $0.observation.period == "2025-01..2025-08" }?.yoy == nil)
        #expect(t.cagrFrom == 2021 && t.cagrTo == 2025)
        #expect(abs(try #require(t.cagr) - (pow(2.5, 0.25) - 1) * 100) < 1e-9)
    }

    @Test func conflictedAndBoundedValuesGetNoChange() throws {
        let claims = [mk("a", 0, "4000亿元", 4e11, period: "2023"), mk("b", 0, "4500亿元", 4.5e11, period: "2024"),
                      mk("c", 0, "5000亿元", 5e11, period: "2024"), mk("d", 0, "超6000亿元", 6e11, bound: .moreThan, period: "2025")]
        let t = Trend(try #require(SeriesSet.build(claims).series.first))
        #expect(t.rows.allSatisfy { $0.yoy == nil })
        #expect(t.rows.filter(\.conflicted).count == 2)
    }
}

@Suite struct SeriesForecastTests {
    @Test func targetsAreSetAgainstTheProjectedPath() throws {
        let target = mk("020", 0, "突破3万亿元", 3e12, bound: .moreThan, period: "2030", modality: .target)
        let s = try #require(SeriesSet.build(levels + [target]).series.first)
        let f = try SeriesForecast.make(s, horizon: 2)
        #expect(f.history.map(\.year) == [2021, 2022, 2023, 2024, 2025])
        #expect(f.result.points.last?.time == 2030)   // extended to the target year
        let goal = try #require(f.goals.first)
        let a = try #require(goal.assessment)
        #expect(abs(a.requiredRate - (pow(3.0, 0.2) - 1) * 100) < 1e-9)
        #expect(abs(a.historicalRate! - (pow(2.5, 0.25) - 1) * 100) < 1e-9)
    }

    @Test func aTargetThatNamesNoRegionIsSetAgainstTheNationalPathAndMarked() throws {
        let target = mk("020", 0, "突破3万亿元", 3e12, bound: .moreThan, subject: "力争人工智能核心产业规模", region: "",
                        period: "2030", modality: .target)
        let other = mk("x", 0, "5000亿元", 5e11, bound: .moreThan, subject: "数字经济", region: "", period: "2030", modality: .target)
        let set = SeriesSet.build(levels + [target, other])
        let national = try #require(set.series.first { $0.key.region == "中国" })
        let related = SeriesForecast.regionless(of: national, in: set)
        #expect(related.count == 1)
        let f = try SeriesForecast.make(national, horizon: 1, related: related)
        #expect(f.goals.count == 1 && f.goals[0].regionAssumed && f.goals[0].year == 2030)
    }

    @Test func tooFewPointsIsAClearError() throws {
        let s = try #require(SeriesSet.build([levels[0]]).series.first)
        #expect(throws: SeriesForecastError.self) { try SeriesForecast.make(s, horizon: 3) }
    }
}
