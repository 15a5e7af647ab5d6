import Foundation
import Testing
@testable import TrendlineAnalysis

/// Results checked against numpy / scipy / statsmodels figures in Fixtures/.
@Suite struct ForecastReferenceTests {
    @Test func fixturesHoldEveryCase() throws {
        #expect(try ForecastFixtures.growth().count == 8)
        #expect(try ForecastFixtures.quantiles().t.count == 121)
        #expect(try ForecastFixtures.cagr().count == 9)
        #expect(try ForecastFixtures.loglinear().count == 8)
        #expect(try ForecastFixtures.holtFixed().count == 6)
        #expect(try ForecastFixtures.holtFitted().count == 13)
    }

    @Test(arguments: try ForecastFixtures.growth())
    func growthMatchesNumpy(_ c: ForecastFixtures.GrowthCase) throws {
        #expect(isClose(try Growth.rate(from: c.from, to: c.to), c.rate))
        #expect(isClose(try Growth.cagr(from: c.from, to: c.to, years: c.years), c.cagr))
    }

    @Test(arguments: try ForecastFixtures.quantiles().t)
    func studentTQuantileMatchesScipy(_ c: ForecastFixtures.Quantiles.TCase) {
        #expect(isClose(StudentT.quantile(c.p, degreesOfFreedom: c.df), c.t, rel: 1e-9))
        #expect(isClose(StudentT.cdf(1.5, degreesOfFreedom: c.df), c.cdf_at_1_5, rel: 1e-9))
    }

    @Test func normalQuantileMatchesScipy() throws {
        for c in try ForecastFixtures.quantiles().normal {
            #expect(isClose(Normal.quantile(c.p), c.z, rel: 1e-9), "p=\(c.p)")
        }
    }

    @Test(arguments: try ForecastFixtures.cagr())
    func cagrMatchesNumpy(_ c: ForecastFixtures.SeriesCase) throws {
        let result = try forecast(times: c.times, values: c.values, horizon: 5, method: .cagr)
        #expect(isClose(result.parameters["rate"]!, c.rate!))
        expectClose(result.fitted, c.fitted, "fitted")
        expectClose(result.points.map(\.time), c.forecast_times, "forecast time")
        expectClose(result.points.map(\.value), c.forecast, "forecast")
        if let sigma = c.sigma {
            #expect(result.hasIntervals)
            #expect(isClose(result.parameters["sigma"]!, sigma))
            #expect(isClose(result.sse, c.sse))
            expectClose(result.points.map(\.lower80), c.lower80, "lower80")
            expectClose(result.points.map(\.upper80), c.upper80, "upper80")
            expectClose(result.points.map(\.lower95), c.lower95, "lower95")
            expectClose(result.points.map(\.upper95), c.upper95, "upper95")
        } else {
            // Two points: no variance, so no interval — bounds collapse onto the forecast.
            #expect(!result.hasIntervals)
            #expect(result.parameters["sigma"] == nil)
            for p in result.points { #expect(p.lower95 == p.value && p.upper95 == p.value) }
        }
    }

    @Test(arguments: try ForecastFixtures.loglinear())
    func logLinearMatchesStatsmodelsOLS(_ c: ForecastFixtures.SeriesCase) throws {
        let result = try forecast(times: c.times, values: c.values, horizon: 5, method: .loglinear)
        #expect(isClose(result.parameters["intercept"]!, c.intercept!))
        #expect(isClose(result.parameters["slope"]!, c.slope!))
        #expect(isClose(result.parameters["sigma"]!, c.sigma!))
        #expect(isClose(result.parameters["r_squared"]!, c.r_squared!))
        #expect(isClose(result.sse, c.sse))
        expectClose(result.fitted, c.fitted, "fitted")
        expectClose(result.points.map(\.time), c.forecast_times, "forecast time")
        expectClose(result.points.map(\.value), c.forecast, "forecast")
        expectClose(result.points.map(\.lower80), c.lower80, "lower80")
        expectClose(result.points.map(\.upper80), c.upper80, "upper80")
        expectClose(result.points.map(\.lower95), c.lower95, "lower95")
        expectClose(result.points.map(\.upper95), c.upper95, "upper95")
    }

    @Test(arguments: try ForecastFixtures.holtFixed())
    func holtWithFixedParametersMatchesStatsmodels(_ c: ForecastFixtures.SeriesCase) throws {
        let fixed = HoltParameters(smoothingLevel: c.smoothing_level!, smoothingTrend: c.smoothing_trend!,
                                   dampingTrend: c.damping_trend!, initialLevel: c.initial_level!,
                                   initialTrend: c.initial_trend!)
        let fit = try HoltModel(times: c.times, values: c.values, fixed: fixed).fit()
        expectClose(fit.fittedValues, c.fitted, "fitted")
        #expect(isClose(fit.sse, c.sse))
        let points = try fit.forecast(steps: 5)
        expectClose(points.map(\.value), c.forecast, "forecast")
        // Intervals against ETSModel(error="add", trend="add", damped_trend=True) with the same filter.
        expectClose(points.map(\.value), c.ets_mean, "ETS mean")
        expectClose(points.map(\.lower80), c.lower80, "lower80")
        expectClose(points.map(\.upper80), c.upper80, "upper80")
        expectClose(points.map(\.lower95), c.lower95, "lower95")
        expectClose(points.map(\.upper95), c.upper95, "upper95")
    }

    @Test(arguments: try ForecastFixtures.holtFitted())
    func holtFittedSSEWithinOnePercentOfStatsmodels(_ c: ForecastFixtures.SeriesCase) throws {
        let fit = try HoltModel(times: c.times, values: c.values).fit()
        #expect(fit.sse <= c.sse * 1.01, "SSE \(fit.sse) vs statsmodels \(c.sse)")
        let p = fit.params
        #expect(HoltModel.levelBounds.contains(p.smoothingLevel))
        #expect(p.smoothingTrend >= 0 && p.smoothingTrend <= p.smoothingLevel)
        #expect(HoltModel.dampingBounds.contains(p.dampingTrend))
        // The reported SSE is the SSE of the reported fitted values.
        let recomputed = zip(c.values, fit.fittedValues).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        #expect(isClose(fit.sse, recomputed, rel: 1e-12))
    }
}
