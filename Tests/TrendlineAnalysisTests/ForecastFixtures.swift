import Foundation
import Testing
@testable import TrendlineAnalysis

/// Reference figures written by Fixtures/make_fixtures.py (numpy, scipy, statsmodels).
enum ForecastFixtures {
    struct FixtureError: Error, CustomStringConvertible {
        let description: String
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureError(description: "fixture Fixtures/\(name).json is missing from the test bundle")
        }
        let data = try Data(contentsOf: url)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw FixtureError(description: "fixture Fixtures/\(name).json does not decode: \(error)")
        }
    }

    struct Cases<Case: Decodable & Sendable>: Decodable { let cases: [Case] }

    struct GrowthCase: Decodable, Sendable, CustomTestStringConvertible {
        let from: Double, to: Double, years: Double, rate: Double, cagr: Double
        var testDescription: String { "\(from) -> \(to) over \(years)" }
    }

    struct Quantiles: Decodable, Sendable {
        struct TCase: Decodable, Sendable, CustomTestStringConvertible {
            let df: Double, p: Double, t: Double
            let cdf_at_1_5: Double
            var testDescription: String { "df=\(df) p=\(p)" }
        }
        struct NormalCase: Decodable, Sendable { let p: Double, z: Double }
        let t: [TCase]
        let normal: [NormalCase]
    }

    /// One series with reference fit and forecast (fields unused by a method are nil).
    struct SeriesCase: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let times: [Double]
        let values: [Double]
        let fitted: [Double]?
        let sse: Double
        let forecast_times: [Double]?
        let forecast: [Double]?
        let lower80: [Double]?, upper80: [Double]?, lower95: [Double]?, upper95: [Double]?
        // CAGR
        let rate: Double?
        let sigma: Double?
        // log-linear
        let intercept: Double?, slope: Double?, r_squared: Double?
        // Holt
        let smoothing_level: Double?, smoothing_trend: Double?, damping_trend: Double?
        let initial_level: Double?, initial_trend: Double?
        let ets_mean: [Double]?
        var testDescription: String { name }
    }

    static func growth() throws -> [GrowthCase] { try load("growth", as: Cases<GrowthCase>.self).cases }
    static func quantiles() throws -> Quantiles { try load("quantiles", as: Quantiles.self) }
    static func cagr() throws -> [SeriesCase] { try load("cagr", as: Cases<SeriesCase>.self).cases }
    static func loglinear() throws -> [SeriesCase] { try load("loglinear", as: Cases<SeriesCase>.self).cases }
    static func holtFixed() throws -> [SeriesCase] { try load("holt_fixed", as: Cases<SeriesCase>.self).cases }
    static func holtFitted() throws -> [SeriesCase] { try load("holt_fitted", as: Cases<SeriesCase>.self).cases }
}

/// |actual − expected| ≤ rel·|expected| (+ a tiny absolute floor for expected values at zero).
func isClose(_ actual: Double, _ expected: Double, rel: Double = 1e-6, abs floor: Double = 1e-12) -> Bool {
    actual.isFinite && Swift.abs(actual - expected) <= rel * Swift.abs(expected) + floor
}

func expectClose(_ actual: [Double], _ expected: [Double]?, rel: Double = 1e-6, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected else {
        Issue.record("fixture lacks \(what)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        #expect(isClose(a, e, rel: rel), "\(what)[\(i)] = \(a), reference \(e)", sourceLocation: sourceLocation)
    }
}
