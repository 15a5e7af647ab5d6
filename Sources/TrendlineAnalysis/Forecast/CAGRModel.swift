import Foundation

/// Extrapolates the compound growth rate between the first and last observation.
///
/// Parameters: `rate` (percent per unit of time), `log_rate` (ln growth per unit of
/// time), and with three or more observations `sigma` (standard deviation of log
/// growth per unit of time).
///
/// Intervals: the log series is treated as a random walk with drift whose
/// increments over a gap Δ are N(μΔ, σ²Δ). The drift estimate is exactly the
/// CAGR's log rate; σ² is estimated from the dispersion of the per-gap log growth
/// with m − 1 degrees of freedom (m = number of gaps). A projection H time units
/// past the last observation has log-scale variance σ²(H + H²/T) (T = observed
/// span; the second term is the drift's estimation error), and the interval is
/// exp(log forecast ± t_{m−1} · sd). With exactly two observations there is no
/// dispersion to estimate, so the result has no intervals (`hasIntervals` false,
/// bounds equal to the point forecast).
public struct CAGRModel: ObservationModel {
    public static let method = ForecastMethod.cagr
    public let observations: Observations

    public init(_ observations: Observations) { self.observations = observations }

    public func fit() throws -> Results {
        let data = observations
        try data.require(atLeast: 2)
        try data.requirePositive()
        let t = data.times, y = data.values
        let span = t[t.count - 1] - t[0]
        let logRate = (log(y[y.count - 1]) - log(y[0])) / span
        var fitted = t.map { y[0] * exp(logRate * ($0 - t[0])) }
        fitted[fitted.count - 1] = y[y.count - 1]  // the line ends on the last value by construction
        var sigma: Double? = nil
        if data.count >= 3 {
            var ss = 0.0
            for i in 1..<data.count {
                let gap = t[i] - t[i - 1]
                let dev = log(y[i] / y[i - 1]) - logRate * gap
                ss += dev * dev / gap
            }
            sigma = (ss / Double(data.count - 2)).squareRoot()
        }
        return Results(observations: data, logRate: logRate, span: span, sigma: sigma, fittedValues: fitted)
    }

    public struct Results: ForecastResults {
        public let observations: Observations
        public let logRate: Double
        public let span: Double
        /// Standard deviation of log growth per unit time; nil with two observations.
        public let sigma: Double?
        public let fittedValues: [Double]

        public var method: ForecastMethod { .cagr }
        public var rate: Double { expm1(logRate) * 100 }
        public var hasIntervals: Bool { sigma != nil }

        public var parameters: [String: Double] {
            var p = ["rate": rate, "log_rate": logRate]
            if let sigma { p["sigma"] = sigma }
            return p
        }

        public var sse: Double {
            zip(observations.values, fittedValues).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        }

        public var notes: [String] {
            if sigma == nil {
                return ["two observations give a growth rate but no variance, so no prediction interval is given"]
            }
            return ["intervals: random walk with drift on the log scale, t distribution with \(observations.count - 2) degrees of freedom"]
        }

        public func forecast(steps: Int) throws -> [ForecastPoint] {
            guard steps >= 1 else { throw ForecastError.invalidHorizon(steps) }
            let last = observations.values[observations.count - 1]
            let lastTime = observations.times[observations.count - 1]
            let df = Double(observations.count - 2)
            let q80 = sigma == nil ? 0 : StudentT.quantile(0.90, degreesOfFreedom: df)
            let q95 = sigma == nil ? 0 : StudentT.quantile(0.975, degreesOfFreedom: df)
            return (1...steps).map { k in
                let time = observations.time(afterSteps: k)
                let h = time - lastTime
                let center = log(last) + logRate * h
                guard let sigma else { return .degenerate(time: time, value: exp(center)) }
                let sd = sigma * (h + h * h / span).squareRoot()
                return ForecastPoint(time: time, value: exp(center),
                                     lower80: exp(center - q80 * sd), upper80: exp(center + q80 * sd),
                                     lower95: exp(center - q95 * sd), upper95: exp(center + q95 * sd))
            }
        }
    }
}
