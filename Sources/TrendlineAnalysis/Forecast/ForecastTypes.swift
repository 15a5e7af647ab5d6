import Foundation

/// The projection methods `forecast` knows.
public enum ForecastMethod: String, CaseIterable, Sendable {
    /// Compound annual growth from the first to the last observation, extrapolated.
    case cagr
    /// Ordinary least squares of ln(value) on time; exponential path.
    case loglinear
    /// Holt's linear trend with a damped trend (additive errors).
    case holt

    /// Fewest observations the method accepts.
    public var minimumPoints: Int {
        switch self {
        case .cagr: return 2
        case .loglinear: return 3
        case .holt: return 4
        }
    }

    /// The method `forecast(..., method: nil)` picks for `count` observations:
    /// cagr for 2, loglinear for 3, holt for 4 or more.
    public static func automatic(forCount count: Int) -> ForecastMethod {
        switch count {
        case ..<3: return .cagr
        case 3: return .loglinear
        default: return .holt
        }
    }
}

/// One projected value with its 80% and 95% prediction intervals.
///
/// When the result's `hasIntervals` is false (a CAGR line through exactly two
/// points has no variance to estimate) the bounds equal `value`.
public struct ForecastPoint: Sendable, Equatable {
    public var time: Double
    public var value, lower80, upper80, lower95, upper95: Double

    public init(time: Double, value: Double, lower80: Double, upper80: Double, lower95: Double, upper95: Double) {
        self.time = time
        self.value = value
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
    }

    /// A point without an interval: every bound equals the value.
    public static func degenerate(time: Double, value: Double) -> ForecastPoint {
        ForecastPoint(time: time, value: value, lower80: value, upper80: value, lower95: value, upper95: value)
    }
}

/// What a fitted model reports: parameters, in-sample fit and projections.
public struct ForecastResult: Sendable {
    public var method: ForecastMethod
    /// Named parameters (names listed in each model's documentation).
    public var parameters: [String: Double]
    /// In-sample fitted values, one per observation (for Holt: one-step-ahead predictions).
    public var fitted: [Double]
    /// Sum of squared in-sample residuals on the original scale, Σ(value − fitted)².
    public var sse: Double
    /// Projections for steps 1...horizon after the last observation.
    public var points: [ForecastPoint]
    /// False when the method could not estimate a variance (bounds then equal the value).
    public var hasIntervals: Bool
    /// The observations the model was fitted on.
    public var times: [Double]
    public var values: [Double]
    /// Spacing between projected times.
    public var step: Double
    /// Plain-language remarks on how the intervals were obtained or why there are none.
    public var notes: [String]

    public init(method: ForecastMethod, parameters: [String: Double], fitted: [Double], sse: Double,
                points: [ForecastPoint], hasIntervals: Bool, times: [Double], values: [Double],
                step: Double, notes: [String]) {
        self.method = method
        self.parameters = parameters
        self.fitted = fitted
        self.sse = sse
        self.points = points
        self.hasIntervals = hasIntervals
        self.times = times
        self.values = values
        self.step = step
        self.notes = notes
    }

    /// A plain-text report in the spirit of statsmodels' `summary()`.
    public func summary() -> String {
        var lines: [String] = []
        lines.append("Forecast method: \(method.rawValue)   observations: \(values.count)   SSE: \(Self.format(sse))")
        lines.append("Parameters:")
        let width = parameters.keys.map(\.count).max() ?? 0
        for key in parameters.keys.sorted() {
            let pad = String(repeating: " ", count: width - key.count)
            lines.append("  \(key)\(pad)  \(Self.format(parameters[key]!))")
        }
        lines.append("Observed and fitted:")
        for i in values.indices {
            lines.append("  \(Self.format(times[i]))  \(Self.format(values[i]))  fitted \(Self.format(fitted[i]))")
        }
        if hasIntervals {
            lines.append("Forecast (80% and 95% prediction intervals):")
            for p in points {
                lines.append("  \(Self.format(p.time))  \(Self.format(p.value))  80% [\(Self.format(p.lower80)), \(Self.format(p.upper80))]  95% [\(Self.format(p.lower95)), \(Self.format(p.upper95))]")
            }
        } else {
            lines.append("Forecast (no prediction intervals):")
            for p in points {
                lines.append("  \(Self.format(p.time))  \(Self.format(p.value))")
            }
        }
        for note in notes { lines.append("Note: \(note)") }
        return lines.joined(separator: "\n")
    }

    static func format(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return String(format: "%.6g", x)
    }
}

/// Why a forecast or a growth figure could not be computed.
public enum ForecastError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Got this many observations, the method needs `needed`.
    case tooFewPoints(Int, needed: Int)
    /// A log-scale or ratio method met a zero or negative value.
    case nonPositiveValue(Double)
    /// Times are not strictly increasing, or (for Holt) not evenly spaced.
    case unevenOrUnsortedTimes
    /// A time or value at this position is NaN or infinite.
    case nonFiniteInput(position: Int)
    /// `times` and `values` differ in length.
    case lengthMismatch(times: Int, values: Int)
    /// Horizon must be at least 1 step.
    case invalidHorizon(Int)
    /// A fixed model parameter is outside its admissible range.
    case invalidParameter(name: String, value: Double)
    /// The target lies at or before the last observation.
    case targetNotInFuture(targetTime: Double, lastTime: Double)
    /// The computation overflowed (e.g. exponential growth extrapolated past Double's range).
    case nonFiniteResult

    public var description: String {
        switch self {
        case let .tooFewPoints(n, needed):
            return "too few observations: got \(n), need at least \(needed)"
        case let .nonPositiveValue(v):
            return "value \(v) is zero or negative; growth rates and log-scale models need positive values"
        case .unevenOrUnsortedTimes:
            return "observation times must be strictly increasing (and evenly spaced for Holt's method)"
        case let .nonFiniteInput(position):
            return "observation \(position + 1) has a NaN or infinite time or value"
        case let .lengthMismatch(t, v):
            return "got \(t) times but \(v) values"
        case let .invalidHorizon(h):
            return "forecast horizon must be at least 1 step, got \(h)"
        case let .invalidParameter(name, value):
            return "parameter \(name) = \(value) is outside its admissible range"
        case .nonFiniteResult:
            return "the projection overflowed: the numbers are too large to extrapolate"
        case let .targetNotInFuture(target, last):
            return "target time \(ForecastResult.format(target)) is not after the last observation (\(ForecastResult.format(last)))"
        }
    }

    public var errorDescription: String? { description }
}
