import Foundation

/// Ordinary least squares of ln(value) on time: ln y = intercept + slope · t.
///
/// Parameters: `intercept`, `slope` (log scale, per unit of time), `rate`
/// (exp(slope) − 1, percent per unit of time), `sigma` (residual standard error on
/// the log scale, n − 2 degrees of freedom), `r_squared`.
///
/// Fitted values and forecasts are exp(intercept + slope · t) (the median on the
/// original scale, no bias correction). Prediction intervals are the OLS
/// prediction intervals for ln y — ±t_{n−2} · sigma · √(1 + 1/n + (t − t̄)²/Sxx) —
/// back-transformed with exp, as statsmodels' `OLS.get_prediction` gives them on
/// the log scale.
public struct LogLinearModel: ObservationModel {
    public static let method = ForecastMethod.loglinear
    public let observations: Observations

    public init(_ observations: Observations) { self.observations = observations }

    public func fit() throws -> Results {
        let data = observations
        try data.require(atLeast: 3)
        try data.requirePositive()
        let n = Double(data.count)
        let t = data.times
        let z = data.values.map { log($0) }
        let tMean = t.reduce(0, +) / n
        let zMean = z.reduce(0, +) / n
        var sxx = 0.0, sxz = 0.0, szz = 0.0
        for i in t.indices {
            let dt = t[i] - tMean, dz = z[i] - zMean
            sxx += dt * dt; sxz += dt * dz; szz += dz * dz
        }
        let slope = sxz / sxx
        var rss = 0.0
        var fitted: [Double] = []
        for i in t.indices {
            let zHat = zMean + slope * (t[i] - tMean)
            rss += (z[i] - zHat) * (z[i] - zHat)
            fitted.append(exp(zHat))
        }
        return Results(observations: data, timeMean: tMean, logMean: zMean, slope: slope, sxx: sxx,
                       residualVariance: rss / (n - 2), rSquared: szz > 0 ? 1 - rss / szz : 1,
                       fittedValues: fitted)
    }

    public struct Results: ForecastResults {
        public let observations: Observations
        public let timeMean: Double
        public let logMean: Double
        public let slope: Double
        public let sxx: Double
        /// Residual variance on the log scale, RSS / (n − 2).
        public let residualVariance: Double
        public let rSquared: Double
        public let fittedValues: [Double]

        public var method: ForecastMethod { .loglinear }
        public var hasIntervals: Bool { true }
        public var intercept: Double { logMean - slope * timeMean }
        public var degreesOfFreedom: Double { Double(observations.count - 2) }

        public var parameters: [String: Double] {
            ["intercept": intercept, "slope": slope, "rate": expm1(slope) * 100,
             "sigma": residualVariance.squareRoot(), "r_squared": rSquared]
        }

        public var sse: Double {
            zip(observations.values, fittedValues).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        }

        public var notes: [String] {
            ["intervals: OLS prediction intervals on the log scale (t distribution, \(observations.count - 2) degrees of freedom), back-transformed"]
        }

        /// Forecast at an arbitrary time with its two-sided prediction interval at `level` (e.g. 0.95).
        public func predict(at time: Double, level: Double) -> (value: Double, lower: Double, upper: Double) {
            let center = logMean + slope * (time - timeMean)
            let n = Double(observations.count)
            let dt = time - timeMean
            let se = (residualVariance * (1 + 1 / n + dt * dt / sxx)).squareRoot()
            let q = StudentT.quantile(0.5 + level / 2, degreesOfFreedom: degreesOfFreedom)
            return (exp(center), exp(center - q * se), exp(center + q * se))
        }

        public func forecast(steps: Int) throws -> [ForecastPoint] {
            guard steps >= 1 else { throw ForecastError.invalidHorizon(steps) }
            return (1...steps).map { k in
                let time = observations.time(afterSteps: k)
                let p80 = predict(at: time, level: 0.80)
                let p95 = predict(at: time, level: 0.95)
                return ForecastPoint(time: time, value: p80.value, lower80: p80.lower, upper80: p80.upper,
                                     lower95: p95.lower, upper95: p95.upper)
            }
        }
    }
}
