import Foundation
import Testing
@testable import TrendlineAnalysis

/// Behaviour a caller relies on beyond matching reference numbers:
/// method choice, errors on bad input, targets, summaries.
@Suite struct ForecastBehaviourTests {
    let years: [Double] = [2019, 2020, 2021, 2022, 2023]
    let sizes: [Double] = [3180, 3905, 4870, 5760, 7020]

    @Test(arguments: [(2, ForecastMethod.cagr), (3, .loglinear), (4, .holt), (5, .holt)])
    func automaticMethodDependsOnCount(count: Int, expected: ForecastMethod) throws {
        let result = try forecast(times: Array(years.prefix(count)), values: Array(sizes.prefix(count)), horizon: 2)
        #expect(result.method == expected)
        #expect(result.points.count == 2)
        #expect(result.fitted.count == count)
        #expect(result.points.map(\.time) == [years[count - 1] + 1, years[count - 1] + 2])
    }

    @Test func automaticChoiceAvoidsHoltOnUnevenTimes() throws {
        let times: [Double] = [2018, 2019, 2021, 2022, 2023]
        let result = try forecast(times: times, values: [510, 560, 690, 720, 805], horizon: 1)
        #expect(result.method == .loglinear)
        #expect(throws: ForecastError.unevenOrUnsortedTimes) {
            try forecast(times: times, values: [510, 560, 690, 720, 805], horizon: 1, method: .holt)
        }
    }

    @Test func stepSetsProjectedTimes() throws {
        // Observed every other year; yearly projections on request.
        let times: [Double] = [2017, 2019, 2021, 2023]
        let values: [Double] = [100, 121, 146.41, 177.1561]
        let byGap = try forecast(times: times, values: values, horizon: 2, method: .cagr)
        #expect(byGap.points.map(\.time) == [2025, 2027])
        let yearly = try forecast(times: times, values: values, horizon: 2, step: 1)
        #expect(yearly.method == .loglinear)
        #expect(yearly.points.map(\.time) == [2024, 2025])
        #expect(isClose(yearly.points[0].value, 177.1561 * 1.1, rel: 1e-9))
        #expect(throws: ForecastError.invalidParameter(name: "step", value: 1)) {
            try forecast(times: times, values: values, horizon: 2, method: .holt, step: 1)
        }
        #expect(throws: ForecastError.invalidParameter(name: "step", value: -1)) {
            try forecast(times: times, values: values, horizon: 2, step: -1)
        }
        // The observations' own spacing is fine for Holt.
        #expect(try forecast(times: times, values: values, horizon: 1, method: .holt, step: 2).points[0].time == 2025)
    }

    @Test func intervalsNestAndWidenWithHorizon() throws {
        for method in ForecastMethod.allCases {
            let result = try forecast(times: years, values: sizes, horizon: 4, method: method)
            #expect(result.hasIntervals)
            var previousWidth = 0.0
            for p in result.points {
                #expect(p.lower95 <= p.lower80 && p.lower80 <= p.value && p.value <= p.upper80 && p.upper80 <= p.upper95,
                        "\(method) at \(p.time)")
                let width = p.upper95 - p.lower95
                // Holt's variance grows with the horizon unless the level smoothing is ~0
                // (a deterministic trend), when it stays σ²: never shrinks.
                if method == .holt {
                    #expect(width >= previousWidth * (1 - 1e-12), "holt: interval must not narrow")
                } else {
                    #expect(width > previousWidth, "\(method): interval must widen with the horizon")
                }
                previousWidth = width
            }
        }
    }

    @Test func growingSeriesIsProjectedUpward() throws {
        for method in ForecastMethod.allCases {
            let result = try forecast(times: years, values: sizes, horizon: 3, method: method)
            #expect(result.points[0].value > sizes.last!, "\(method)")
            #expect(result.points[2].value > result.points[0].value, "\(method)")
        }
    }

    @Test func twoPointsGiveNoMadeUpInterval() throws {
        let result = try forecast(times: [2021, 2023], values: [500, 720], horizon: 2)
        #expect(result.method == .cagr)
        #expect(!result.hasIntervals)
        #expect(result.summary().contains("no prediction interval"))
        #expect(result.fitted == [500, 720] && result.sse == 0)
        // 44% over two years is 20% a year; the next step (2 years on) is 720·1.44.
        #expect(isClose(result.parameters["rate"]!, 20, rel: 1e-12))
        #expect(result.points[0].time == 2025)
        #expect(isClose(result.points[0].value, 1036.8, rel: 1e-12))
    }

    @Test(arguments: [ForecastMethod.cagr, .loglinear, .holt])
    func tooFewPointsIsATypedError(method: ForecastMethod) {
        let n = method.minimumPoints - 1
        #expect(throws: ForecastError.tooFewPoints(n, needed: method.minimumPoints)) {
            try forecast(times: Array(years.prefix(n)), values: Array(sizes.prefix(n)), horizon: 1, method: method)
        }
    }

    @Test(arguments: [ForecastMethod.cagr, .loglinear])
    func logMethodsRejectNonPositiveValues(method: ForecastMethod) {
        #expect(throws: ForecastError.nonPositiveValue(0)) {
            try forecast(times: years, values: [3180, 0, 4870, 5760, 7020], horizon: 1, method: method)
        }
        #expect(throws: ForecastError.nonPositiveValue(-5)) {
            try forecast(times: years, values: [3180, 3905, -5, 5760, 7020], horizon: 1, method: method)
        }
    }

    @Test func holtAcceptsNonPositiveValues() throws {
        // Additive Holt has no log: a series crossing zero (e.g. net profit) still forecasts.
        let result = try forecast(times: years, values: [-12, -4, 3, 9, 18], horizon: 2, method: .holt)
        #expect(result.points.allSatisfy { $0.value.isFinite && $0.upper95.isFinite })
    }

    @Test(arguments: ForecastMethod.allCases)
    func badInputIsATypedErrorNeverNaN(method: ForecastMethod) {
        #expect(throws: ForecastError.nonFiniteInput(position: 2)) {
            try forecast(times: years, values: [3180, 3905, .nan, 5760, 7020], horizon: 1, method: method)
        }
        #expect(throws: ForecastError.nonFiniteInput(position: 1)) {
            try forecast(times: [2019, .infinity, 2021, 2022, 2023], values: sizes, horizon: 1, method: method)
        }
        #expect(throws: ForecastError.unevenOrUnsortedTimes) {
            try forecast(times: [2019, 2021, 2020, 2022, 2023], values: sizes, horizon: 1, method: method)
        }
        #expect(throws: ForecastError.unevenOrUnsortedTimes) {
            try forecast(times: [2019, 2020, 2020, 2022, 2023], values: sizes, horizon: 1, method: method)
        }
        #expect(throws: ForecastError.lengthMismatch(times: 5, values: 4)) {
            try forecast(times: years, values: Array(sizes.prefix(4)), horizon: 1, method: method)
        }
        #expect(throws: ForecastError.invalidHorizon(0)) {
            try forecast(times: years, values: sizes, horizon: 0, method: method)
        }
    }

    @Test func overflowIsAnErrorNotInfinity() {
        // 1e300 growing 1000-fold per step leaves Double's range within one step.
        #expect(throws: ForecastError.nonFiniteResult) {
            try forecast(times: [0, 1], values: [1e297, 1e300], horizon: 3)
        }
    }

    @Test func shortHoltFitSaysItsIntervalIsFragile() throws {
        let result = try forecast(times: [0, 1, 2, 3], values: [41.2, 48.9, 55.0, 61.8], horizon: 2)
        #expect(result.method == .holt)
        #expect(result.notes.contains { $0.contains("fragile") })
        #expect(result.summary().contains("fragile"))
    }

    @Test func errorMessagesNameTheProblem() {
        #expect(ForecastError.tooFewPoints(1, needed: 2).description == "too few observations: got 1, need at least 2")
        #expect(ForecastError.nonFiniteInput(position: 2).description.contains("observation 3"))
        #expect(ForecastError.nonPositiveValue(-5).localizedDescription.contains("-5"))
    }

    @Test func fixedHoltParametersAreValidated() {
        let bad = HoltParameters(smoothingLevel: 1.5, smoothingTrend: 0.1, dampingTrend: 0.9, initialLevel: 0, initialTrend: 0)
        #expect(throws: ForecastError.invalidParameter(name: "smoothing_level", value: 1.5)) {
            try HoltModel(times: years, values: sizes, fixed: bad).fit()
        }
    }

    @Test func holtRecoversAnExactDampedPath() throws {
        // A series generated by the damped-trend recursion itself (no noise) is fitted with SSE ≈ 0.
        let truth = HoltParameters(smoothingLevel: 0.6, smoothingTrend: 0.3, dampingTrend: 0.9, initialLevel: 100, initialTrend: 10)
        var level = truth.initialLevel, trend = truth.initialTrend
        var values: [Double] = []
        for _ in 0..<8 {
            trend *= truth.dampingTrend
            level += trend
            values.append(level)
        }
        let fit = try HoltModel(times: (0..<8).map(Double.init), values: values).fit()
        #expect(fit.sse < 1e-8 * values.map { $0 * $0 }.reduce(0, +))
        let next = try fit.forecast(steps: 1)[0].value
        #expect(isClose(next, level + truth.dampingTrend * trend, rel: 1e-5))
    }

    @Test func summaryListsParametersAndForecasts() throws {
        let result = try forecast(times: years, values: sizes, horizon: 2, method: .loglinear)
        let text = result.summary()
        #expect(text.contains("loglinear"))
        #expect(text.contains("slope"))
        #expect(text.contains("2024") && text.contains("2025"))
        #expect(text.contains("95%"))
    }

    // MARK: Growth

    @Test func growthArithmetic() throws {
        #expect(isClose(try Growth.rate(from: 80, to: 100), 25, rel: 1e-12))
        #expect(isClose(try Growth.cagr(from: 100, to: 121, years: 2), 10, rel: 1e-12))
        #expect(isClose(Growth.project(from: 100, ratePercent: 10, years: 2), 121, rel: 1e-12))
        #expect(throws: ForecastError.nonPositiveValue(0)) { try Growth.rate(from: 0, to: 5) }
        #expect(throws: ForecastError.nonPositiveValue(-1)) { try Growth.cagr(from: 10, to: -1, years: 2) }
        #expect(throws: ForecastError.invalidParameter(name: "years", value: 0)) { try Growth.cagr(from: 1, to: 2, years: 0) }
        #expect(throws: ForecastError.nonFiniteInput(position: 1)) { try Growth.rate(from: 1, to: .nan) }
    }

    // MARK: Targets

    @Test func targetAssessmentComparesRequiredWithHistoricalRate() throws {
        // 1000 → 1210 over 2023–2025 is 10% a year; reaching 2000 by 2030 needs ≈ 10.41% a year.
        let a = try TargetAssessment.assess(times: [2023, 2025], values: [1000, 1210], targetTime: 2030, targetValue: 2000)
        #expect(isClose(a.historicalRate!, 10, rel: 1e-12))
        #expect(isClose(a.requiredRate, (pow(2000.0 / 1210, 1.0 / 5) - 1) * 100, rel: 1e-12))
        #expect(!a.onTrack)
        #expect(isClose(a.projectedValue!, 1210 * pow(1.1, 5), rel: 1e-12))

        let easy = try TargetAssessment.assess(times: [2023, 2025], values: [1000, 1210], targetTime: 2030, targetValue: 1500)
        #expect(easy.onTrack)
        #expect(easy.requiredRate < easy.historicalRate!)
    }

    @Test func targetWithoutHistoryIsNotOnTrack() throws {
        let a = try TargetAssessment.assess(times: [2024], values: [0.6], targetTime: 2030, targetValue: 0.9)
        #expect(a.historicalRate == nil && a.projectedValue == nil)
        #expect(!a.onTrack)
        #expect(a.requiredRate > 0)
    }

    @Test func targetAlreadyMetIsOnTrack() throws {
        let a = try TargetAssessment.assess(times: [2022, 2024], values: [1100, 1000], targetTime: 2027, targetValue: 900)
        #expect(a.onTrack)
        #expect(a.requiredRate < 0)
    }

    @Test func badTargetsAreTypedErrors() {
        #expect(throws: ForecastError.targetNotInFuture(targetTime: 2024, lastTime: 2025)) {
            try TargetAssessment.assess(times: [2024, 2025], values: [1, 2], targetTime: 2024, targetValue: 3)
        }
        #expect(throws: ForecastError.tooFewPoints(0, needed: 1)) {
            try TargetAssessment.assess(times: [], values: [], targetTime: 2030, targetValue: 3)
        }
        #expect(throws: ForecastError.nonPositiveValue(0)) {
            try TargetAssessment.assess(times: [2024], values: [2], targetTime: 2030, targetValue: 0)
        }
    }
}
