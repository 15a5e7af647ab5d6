import Foundation

/// Smoothing parameters and initial states of Holt's damped trend method, in
/// statsmodels' `Holt`/`ExponentialSmoothing` convention:
///
///     ŷ(t)  = l(t−1) + φ·b(t−1)
///     l(t)  = α·y(t) + (1 − α)·(l(t−1) + φ·b(t−1))
///     b(t)  = β·(l(t) − l(t−1)) + (1 − β)·φ·b(t−1)
///     ŷ(T+h) = l(T) + (φ + φ² + … + φʰ)·b(T)
///
/// (In the ETS(A,Ad,N) state-space form the trend smoothing is α·β.)
public struct HoltParameters: Sendable, Equatable {
    public var smoothingLevel: Double
    public var smoothingTrend: Double
    public var dampingTrend: Double
    public var initialLevel: Double
    public var initialTrend: Double

    public init(smoothingLevel: Double, smoothingTrend: Double, dampingTrend: Double, initialLevel: Double, initialTrend: Double) {
        self.smoothingLevel = smoothingLevel
        self.smoothingTrend = smoothingTrend
        self.dampingTrend = dampingTrend
        self.initialLevel = initialLevel
        self.initialTrend = initialTrend
    }

    func validate() throws(ForecastError) {
        let checks: [(String, Double, ClosedRange<Double>)] = [
            ("smoothing_level", smoothingLevel, 0...1),
            ("smoothing_trend", smoothingTrend, 0...1),
            ("damping_trend", dampingTrend, 0...1),
            ("initial_level", initialLevel, -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude),
            ("initial_trend", initialTrend, -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude),
        ]
        for (name, value, range) in checks where !value.isFinite || !range.contains(value) {
            throw .invalidParameter(name: name, value: value)
        }
    }
}

/// Holt's linear trend method with a damped trend, fitted by least squares.
///
/// With `fixed` parameters the model only filters. Otherwise `fit()` minimises the
/// in-sample SSE of one-step-ahead errors over statsmodels' default region
/// (α in [√ε, 1 − √ε], 0 ≤ β ≤ α, φ in [0.8, 0.995]): for every (α, β, φ) the
/// errors are linear in the initial level and trend, so those two are solved
/// exactly by least squares; (α, β, φ) are searched with a coarse grid followed by
/// Nelder–Mead runs from the best grid cells and a final restart.
///
/// Prediction intervals follow the ETS(A,Ad,N) analytic variance (Hyndman et al.
/// 2008): Var(h) = σ²·(1 + Σ_{j=1}^{h−1} c_j²), c_j = α·(1 + β·(φ + … + φʲ)),
/// σ² = SSE / n (as statsmodels' ETSModel), with normal quantiles.
public struct HoltModel: ForecastModel {
    public static let method = ForecastMethod.holt
    public let observations: Observations
    public let fixed: HoltParameters?

    public static let levelBounds: ClosedRange<Double> = 1.4901161193847656e-08...(1 - 1.4901161193847656e-08)
    public static let dampingBounds: ClosedRange<Double> = 0.8...0.995

    public init(times: [Double], values: [Double], fixed: HoltParameters? = nil) throws {
        self.observations = try Observations(times: times, values: values)
        self.fixed = fixed
    }

    public init(_ observations: Observations, fixed: HoltParameters? = nil) {
        self.observations = observations
        self.fixed = fixed
    }

    public func fit() throws -> Results {
        let data = observations
        try data.require(atLeast: 4)
        guard data.evenlySpaced else { throw ForecastError.unevenOrUnsortedTimes }
        guard !data.stepOverridden else { throw ForecastError.invalidParameter(name: "step", value: data.step) }
        let params: HoltParameters
        if let fixed {
            try fixed.validate()
            params = fixed
        } else {
            params = Self.estimate(data.values)
        }
        let run = Self.filter(data.values, params)
        return Results(observations: data, params: params, estimated: fixed == nil,
                       fittedValues: run.fitted, finalLevel: run.level, finalTrend: run.trend)
    }

    // MARK: - Filtering

    static func filter(_ y: [Double], _ p: HoltParameters) -> (fitted: [Double], level: Double, trend: Double) {
        let a = p.smoothingLevel, b = p.smoothingTrend, phi = p.dampingTrend
        var level = p.initialLevel, trend = p.initialTrend
        var fitted: [Double] = []
        fitted.reserveCapacity(y.count)
        for value in y {
            let prediction = level + phi * trend
            fitted.append(prediction)
            let newLevel = a * value + (1 - a) * prediction
            trend = b * (newLevel - level) + (1 - b) * phi * trend
            level = newLevel
        }
        return (fitted, level, trend)
    }

    /// Least-squares initial level and trend for given smoothing parameters.
    ///
    /// The one-step errors are affine in the initial states: e = e0 + l0·u + b0·v,
    /// where e0 are the errors from (l0, b0) = (0, 0) and u, v the responses of the
    /// homogeneous recursion (zero data) to a unit initial level or trend. One pass
    /// accumulates the normal equations; a second computes the exact SSE.
    static func bestInitialStates(_ y: [Double], alpha: Double, beta: Double, phi: Double) -> (level: Double, trend: Double, sse: Double) {
        var l = 0.0, b = 0.0      // data-driven filter from zero states
        var lu = 1.0, bu = 0.0    // homogeneous, unit level
        var lv = 0.0, bv = 1.0    // homogeneous, unit trend
        var uu = 0.0, vv = 0.0, uv = 0.0, ue = 0.0, ve = 0.0
        for value in y {
            let p = l + phi * b, pu = lu + phi * bu, pv = lv + phi * bv
            let e = value - p, u = -pu, v = -pv
            uu += u * u; vv += v * v; uv += u * v; ue += u * e; ve += v * e
            let nl = alpha * value + (1 - alpha) * p
            b = beta * (nl - l) + (1 - beta) * phi * b; l = nl
            let nlu = (1 - alpha) * pu
            bu = beta * (nlu - lu) + (1 - beta) * phi * bu; lu = nlu
            let nlv = (1 - alpha) * pv
            bv = beta * (nlv - lv) + (1 - beta) * phi * bv; lv = nlv
        }
        let det = uu * vv - uv * uv
        var l0: Double, b0: Double
        if det > 1e-12 * uu * vv && det.isFinite {
            l0 = (-ue * vv + ve * uv) / det
            b0 = (-ve * uu + ue * uv) / det
        } else if uu > 0 {
            l0 = -ue / uu; b0 = 0
        } else {
            l0 = y[0]; b0 = 0
        }
        var sse = 0.0
        l = l0; b = b0
        for value in y {
            let p = l + phi * b
            sse += (value - p) * (value - p)
            let nl = alpha * value + (1 - alpha) * p
            b = beta * (nl - l) + (1 - beta) * phi * b; l = nl
        }
        return (l0, b0, sse)
    }

    /// Maps the unit cube to the admissible (α, β, φ) region, clamping outside values.
    static func unitToSmoothing(_ x: [Double]) -> (alpha: Double, beta: Double, phi: Double) {
        func clamp(_ v: Double) -> Double { min(max(v, 0), 1) }
        let alpha = levelBounds.lowerBound + clamp(x[0]) * (levelBounds.upperBound - levelBounds.lowerBound)
        let beta = clamp(x[1]) * alpha
        let phi = dampingBounds.lowerBound + clamp(x[2]) * (dampingBounds.upperBound - dampingBounds.lowerBound)
        return (alpha, beta, phi)
    }

    static func estimate(_ y: [Double]) -> HoltParameters {
        let scale = max(y.map { $0 * $0 }.reduce(0, +), 1e-300)
        func objective(_ x: [Double]) -> Double {
            let s = unitToSmoothing(x)
            let sse = bestInitialStates(y, alpha: s.alpha, beta: s.beta, phi: s.phi).sse
            // Small penalty outside the cube keeps Nelder–Mead from drifting in flat clamped regions.
            let outside = x.reduce(0.0) { $0 + max(0, -$1) + max(0, $1 - 1) }
            return sse.isFinite ? sse / scale + outside * 1e-9 : .infinity
        }
        let grid = [0.02, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 0.99]
        var candidates: [(point: [Double], value: Double)] = []
        for a in grid { for b in [0.0, 0.1, 0.3, 0.6, 0.9] { for p in [0.05, 0.4, 0.75, 0.98] {
            let x = [a, b, p]
            candidates.append((x, objective(x)))
        } } }
        candidates.sort { $0.value < $1.value }
        let optimizer = NelderMead()
        var best = candidates[0]
        for start in candidates.prefix(4) {
            let r = optimizer.minimize(objective, start: start.point, initialStep: 0.1)
            if r.value < best.value { best = r }
        }
        for _ in 0..<2 {  // restarts refresh a possibly collapsed simplex
            let r = optimizer.minimize(objective, start: best.point.map { min(max($0, 0), 1) }, initialStep: 0.05)
            if r.value <= best.value { best = r }
        }
        let s = unitToSmoothing(best.point)
        let initial = bestInitialStates(y, alpha: s.alpha, beta: s.beta, phi: s.phi)
        return HoltParameters(smoothingLevel: s.alpha, smoothingTrend: s.beta, dampingTrend: s.phi,
                              initialLevel: initial.level, initialTrend: initial.trend)
    }

    public struct Results: ForecastResults {
        public let observations: Observations
        public let params: HoltParameters
        /// True when the parameters were estimated, false when they were given.
        public let estimated: Bool
        public let fittedValues: [Double]
        public let finalLevel: Double
        public let finalTrend: Double

        public var method: ForecastMethod { .holt }
        public var hasIntervals: Bool { true }

        public var sse: Double {
            zip(observations.values, fittedValues).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        }

        /// Residual variance used for intervals, SSE / n.
        public var sigma2: Double { sse / Double(observations.count) }

        public var parameters: [String: Double] {
            ["smoothing_level": params.smoothingLevel, "smoothing_trend": params.smoothingTrend,
             "damping_trend": params.dampingTrend, "initial_level": params.initialLevel,
             "initial_trend": params.initialTrend, "sigma2": sigma2]
        }

        public var notes: [String] {
            var notes = ["intervals: ETS(A,Ad,N) analytic forecast variance with sigma2 = SSE/n and normal quantiles"]
            if params.smoothingLevel <= 1e-6 {
                notes.append("level smoothing is at its lower bound: the fit is a fixed damped trend line, so the interval does not widen with the horizon and understates the uncertainty")
            }
            if estimated && observations.count < 8 {
                notes.append("only \(observations.count) observations for 5 estimated quantities: the fit and its intervals are fragile")
            }
            return notes
        }

        /// Point forecasts for steps 1...steps.
        public func pointForecasts(steps: Int) -> [Double] {
            var damping = 0.0, power = 1.0
            return (0..<max(steps, 0)).map { _ in
                power *= params.dampingTrend
                damping += power
                return finalLevel + damping * finalTrend
            }
        }

        /// Forecast error variances for steps 1...steps.
        public func forecastVariances(steps: Int) -> [Double] {
            let a = params.smoothingLevel, b = params.smoothingTrend, phi = params.dampingTrend
            var variances: [Double] = []
            var sumSquares = 0.0  // Σ_{j=1}^{h−1} c_j²
            var damping = 0.0, power = 1.0
            for h in 1...max(steps, 1) {
                if h > 1 {
                    power *= phi
                    damping += power
                    let c = a * (1 + b * damping)
                    sumSquares += c * c
                }
                variances.append(sigma2 * (1 + sumSquares))
            }
            return Array(variances.prefix(steps))
        }

        public func forecast(steps: Int) throws -> [ForecastPoint] {
            guard steps >= 1 else { throw ForecastError.invalidHorizon(steps) }
            let values = pointForecasts(steps: steps)
            let variances = forecastVariances(steps: steps)
            let z80 = Normal.quantile(0.90), z95 = Normal.quantile(0.975)
            return (0..<steps).map { i in
                let sd = variances[i].squareRoot()
                return ForecastPoint(time: observations.time(afterSteps: i + 1), value: values[i],
                                     lower80: values[i] - z80 * sd, upper80: values[i] + z80 * sd,
                                     lower95: values[i] - z95 * sd, upper95: values[i] + z95 * sd)
            }
        }
    }
}
