import Foundation
import TrendlineExtraction
import TrendlineSeries

/// A projection of one series from its whole-year actual values, with the targets and forecasts
/// the articles state for later years set against the path.
public struct SeriesForecast: Sendable {
    /// A target or forecast an article states, compared with the projected path.
    public struct Goal: Sendable {
        public var observation: Observation
        public var year: Int
        /// The projection's value for that year, when within the horizon.
        public var projected: ForecastPoint?
        public var assessment: TargetAssessment?
        /// True when the goal comes from a series that states no region (see `regionless(of:in:)`).
        public var regionAssumed: Bool
    }

    public var series: Series
    /// The history the model was fitted to.
    public var history: [(year: Int, value: Double, observation: Observation)]
    public var result: ForecastResult
    public var goals: [Goal]

    /// Fits `method` (nil = chosen by the number of points) to the series' annual actual values and
    /// projects `horizon` years, extended so that every stated target year is covered.
    /// - Parameter related: series whose targets and forecasts count for this one too (the same metric,
    ///   subject and unit stated without a region); their goals are marked `regionAssumed`.
    public static func make(_ series: Series, horizon: Int, method: ForecastMethod? = nil,
                            related: [Series] = []) throws -> SeriesForecast {
        let history = Trend.annualActuals(series).filter { $0.value > 0 }
        guard history.count >= 2 else {
            throw SeriesForecastError.tooFewPoints(series: series.key.id, count: history.count)
        }
        let last = history.last!.year
        func goals(of s: Series) -> [Observation] {
            s.observations.filter {
                ($0.modality == .target || $0.modality == .forecast) && ($0.year ?? $0.parsedPeriod?.end?.year ?? 0) > last && $0.value > 0
            }
        }
        let own = goals(of: series)
        let goalObs = own.map { ($0, false) } + related.flatMap { goals(of: $0) }.map { ($0, true) }
        let goalYears = goalObs.compactMap { $0.0.year ?? $0.0.parsedPeriod?.end?.year }
        let needed = max(horizon, (goalYears.max() ?? last) - last)
        let times = history.map { Double($0.year) }, values = history.map(\.value)
        let result = try forecast(times: times, values: values, horizon: needed, method: method)
        var goals: [Goal] = []
        for (o, assumed) in goalObs {
            guard let y = o.year ?? o.parsedPeriod?.end?.year else { continue }
            let point = result.points.first { abs($0.time - Double(y)) < 1e-9 }
            let assessment = o.modality == .target
                ? try? TargetAssessment.assess(times: times, values: values, targetTime: Double(y), targetValue: o.value) : nil
            goals.append(Goal(observation: o, year: y, projected: point, assessment: assessment, regionAssumed: assumed))
        }
        return SeriesForecast(series: series, history: history, result: result, goals: goals)
    }

    /// Series of the same metric, subject and unit that state no region, when `series` has one: a
    /// national article's target often names no place ("到2030年…突破3万亿元").
    public static func regionless(of series: Series, in set: SeriesSet) -> [Series] {
        guard !series.key.region.isEmpty else { return [] }
        return set.series.filter {
            $0.key.region.isEmpty && $0.key.metric == series.key.metric && $0.key.subject == series.key.subject && $0.key.unit == series.key.unit
        }
    }

    /// Series with at least two whole-year actual values: the ones a forecast can be made for.
    public static func forecastable(_ set: SeriesSet) -> [Series] {
        set.series.filter { Trend.isLevel($0.key.unit) && Trend.annualActuals($0).filter { $0.value > 0 }.count >= 2 }
    }
}

public enum SeriesForecastError: Error, Sendable, CustomStringConvertible, LocalizedError {
    case tooFewPoints(series: String, count: Int)

    public var description: String {
        switch self {
        case let .tooFewPoints(s, n): return "series \(s) has \(n) whole-year actual value(s); a forecast needs at least 2"
        }
    }
    public var errorDescription: String? { description }
}
