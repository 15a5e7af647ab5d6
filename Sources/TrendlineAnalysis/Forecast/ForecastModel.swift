import Foundation

/// A forecasting model, configured with its data, that `fit()` estimates.
///
/// The shape follows statsmodels: configure a model, call `fit()`, and ask the
/// returned results for parameters, fitted values, forecasts with prediction
/// intervals, and a summary.
public protocol ForecastModel: Sendable {
    associatedtype Results: ForecastResults
    /// Which `ForecastMethod` this model implements.
    static var method: ForecastMethod { get }
    /// Estimates the model. Throws `ForecastError` on input the model cannot use.
    func fit() throws -> Results
}

/// Models that need nothing but the observations (CAGR, log-linear) are built the same way.
public protocol ObservationModel: ForecastModel {
    init(_ observations: Observations)
}

extension ObservationModel {
    public init(times: [Double], values: [Double]) throws {
        self.init(try Observations(times: times, values: values))
    }
}

/// A fitted model.
public protocol ForecastResults: Sendable {
    var method: ForecastMethod { get }
    var parameters: [String: Double] { get }
    /// In-sample fitted values, one per observation.
    var fittedValues: [Double] { get }
    /// Σ(value − fitted)² on the original scale.
    var sse: Double { get }
    /// True when the model estimated a variance and the intervals are meaningful.
    var hasIntervals: Bool { get }
    var observations: Observations { get }
    var notes: [String] { get }
    /// Projections for steps 1...steps after the last observation.
    func forecast(steps: Int) throws -> [ForecastPoint]
}

extension ForecastResults {
    /// Packs the fit and `horizon` projections into a `ForecastResult`.
    ///
    /// Throws `nonFiniteResult` rather than return an infinite or NaN figure.
    public func result(horizon: Int) throws -> ForecastResult {
        let result = ForecastResult(method: method, parameters: parameters, fitted: fittedValues, sse: sse,
                                    points: try forecast(steps: horizon), hasIntervals: hasIntervals,
                                    times: observations.times, values: observations.values,
                                    step: observations.step, notes: notes)
        let numbers = result.fitted + [result.sse] + Array(result.parameters.values)
            + result.points.flatMap { [$0.time, $0.value, $0.lower80, $0.upper80, $0.lower95, $0.upper95] }
        guard numbers.allSatisfy(\.isFinite) else { throw ForecastError.nonFiniteResult }
        return result
    }

    public func summary(horizon: Int = 3) -> String {
        (try? result(horizon: horizon).summary()) ?? "invalid horizon \(horizon)"
    }
}

/// Validated observations: equal lengths, finite, strictly increasing times.
public struct Observations: Sendable, Equatable {
    public let times: [Double]
    public let values: [Double]
    /// Spacing used for projected times: the smallest gap between consecutive
    /// times unless the caller chose another.
    public let step: Double
    /// True when all gaps between observations are equal (relative tolerance 1e-9).
    public let evenlySpaced: Bool
    /// True when `step` was given by the caller rather than taken from the data.
    public let stepOverridden: Bool

    /// `step`, when given, must be positive and finite; it sets the spacing of
    /// projected times (Holt accepts only the spacing of the observations).
    public init(times: [Double], values: [Double], step: Double? = nil) throws(ForecastError) {
        guard times.count == values.count else {
            throw .lengthMismatch(times: times.count, values: values.count)
        }
        for i in times.indices where !times[i].isFinite || !values[i].isFinite {
            throw .nonFiniteInput(position: i)
        }
        var gaps: [Double] = []
        for i in times.indices.dropFirst() {
            let gap = times[i] - times[i - 1]
            guard gap > 0 else { throw .unevenOrUnsortedTimes }
            gaps.append(gap)
        }
        self.times = times
        self.values = values
        let spacing = gaps.min() ?? 1
        let scale = max(abs(times.first ?? 0), abs(times.last ?? 0), spacing)
        self.evenlySpaced = gaps.allSatisfy { abs($0 - spacing) <= 1e-9 * scale }
        if let step {
            guard step.isFinite, step > 0 else { throw .invalidParameter(name: "step", value: step) }
            self.step = step
            self.stepOverridden = !(gaps.isEmpty ? step == 1 : abs(step - spacing) <= 1e-9 * scale)
        } else {
            self.step = spacing
            self.stepOverridden = false
        }
    }

    public var count: Int { values.count }

    func require(atLeast needed: Int) throws(ForecastError) {
        guard count >= needed else { throw .tooFewPoints(count, needed: needed) }
    }

    func requirePositive() throws(ForecastError) {
        if let bad = values.first(where: { $0 <= 0 }) { throw .nonPositiveValue(bad) }
    }

    /// Time of projection step k (k ≥ 1).
    func time(afterSteps k: Int) -> Double { times[times.count - 1] + Double(k) * step }
}

/// Fits `method` (or the automatic choice) and projects `horizon` steps ahead.
///
/// `method == nil` chooses by the number of observations: cagr for 2, loglinear
/// for 3, damped Holt for 4 or more. Holt needs evenly spaced times; when they are
/// not, the automatic choice falls back to loglinear (an explicit `.holt` throws
/// `unevenOrUnsortedTimes`).
///
/// Projected times are last time + k · step, k = 1...horizon; `step` defaults to the
/// smallest gap between observations (e.g. 1 for yearly data). CAGR and log-linear
/// accept any positive step (say 1 for a series observed every other year); Holt
/// only the observations' own spacing, and the automatic choice skips Holt when
/// another step is asked for.
public func forecast(times: [Double], values: [Double], horizon: Int, method: ForecastMethod? = nil,
                     step: Double? = nil) throws -> ForecastResult {
    guard horizon >= 1 else { throw ForecastError.invalidHorizon(horizon) }
    let data = try Observations(times: times, values: values, step: step)
    var chosen = method ?? ForecastMethod.automatic(forCount: data.count)
    if method == nil, chosen == .holt, !data.evenlySpaced || data.stepOverridden { chosen = .loglinear }
    switch chosen {
    case .cagr:
        return try CAGRModel(data).fit().result(horizon: horizon)
    case .loglinear:
        return try LogLinearModel(data).fit().result(horizon: horizon)
    case .holt:
        return try HoltModel(data).fit().result(horizon: horizon)
    }
}
