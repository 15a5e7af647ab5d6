import Foundation

/// Student's t distribution, computed from the regularized incomplete beta function.
enum StudentT {
    /// P(T ≤ t) for `degreesOfFreedom` > 0.
    static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "degrees of freedom must be positive")
        if t.isNaN { return .nan }
        let tail = upperTail(abs(t), df: df)
        return t >= 0 ? 1 - tail : tail
    }

    /// Density of the t distribution.
    static func pdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let logNorm = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
        return exp(logNorm - (df + 1) / 2 * log1p(t * t / df))
    }

    /// The p-quantile: the t with P(T ≤ t) = p, for 0 < p < 1 and df > 0.
    ///
    /// Found by bracketing and safeguarded Newton steps on the upper tail
    /// P(T > t) = I_{df/(df+t²)}(df/2, 1/2) / 2, so that small tail
    /// probabilities keep full relative precision.
    static func quantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "degrees of freedom must be positive")
        precondition(p > 0 && p < 1, "probability must be strictly between 0 and 1")
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: df) }
        let q = 1 - p  // target upper tail, in (0, 0.5)
        var lo = 0.0
        var hi = 1.0
        while upperTail(hi, df: df) > q { lo = hi; hi *= 2; if hi > 1e300 { return hi } }
        var t = Normal.quantile(p)
        if !(t > lo && t < hi) { t = (lo + hi) / 2 }
        for _ in 0..<200 {
            let f = upperTail(t, df: df) - q
            if f == 0 { return t }
            if f > 0 { lo = t } else { hi = t }
            // f is decreasing in t with derivative -pdf(t).
            var next = t + f / pdf(t, degreesOfFreedom: df)
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - t) <= 1e-15 * abs(next) { return next }
            t = next
            if hi - lo <= 1e-15 * hi { return t }
        }
        return t
    }

    /// P(T > t) for t ≥ 0.
    static func upperTail(_ t: Double, df: Double) -> Double {
        let t2 = t * t
        let x = df / (df + t2)
        let oneMinusX = t2 / (df + t2)
        return 0.5 * regularizedIncompleteBeta(a: df / 2, b: 0.5, x: x, oneMinusX: oneMinusX)
    }
}

/// Standard normal distribution.
enum Normal {
    static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    static func pdf(_ z: Double) -> Double { exp(-0.5 * z * z) / (2 * Double.pi).squareRoot() }

    /// The p-quantile, 0 < p < 1: a rational first guess refined by Halley steps on erfc.
    static func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "probability must be strictly between 0 and 1")
        if p > 0.5 { return -quantile(1 - p) }
        // Initial guess (Abramowitz & Stegun 26.2.23), lower half.
        let s = (-2 * log(p)).squareRoot()
        var z = -(s - (2.515517 + 0.802853 * s + 0.010328 * s * s)
                  / (1 + 1.432788 * s + 0.189269 * s * s + 0.001308 * s * s * s))
        for _ in 0..<4 {
            let e = cdf(z) - p
            let u = e / pdf(z)
            z -= u / (1 + z * u / 2)
        }
        return z
    }
}

/// I_x(a, b), the regularized incomplete beta function, by Lentz's continued fraction.
/// `oneMinusX` is passed separately so callers can supply 1 − x without cancellation.
func regularizedIncompleteBeta(a: Double, b: Double, x: Double, oneMinusX: Double? = nil) -> Double {
    let y = oneMinusX ?? (1 - x)
    if x <= 0 { return 0 }
    if y <= 0 { return 1 }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(y)
    let front = exp(logFront)
    if x < (a + 1) / (a + b + 2) {
        return front * betaContinuedFraction(a: a, b: b, x: x) / a
    } else {
        return 1 - front * betaContinuedFraction(a: b, b: a, x: y) / b
    }
}

private func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double {
    let tiny = 1e-300
    let qab = a + b, qap = a + 1, qam = a - 1
    var c = 1.0
    var d = 1 - qab * x / qap
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...10_000 {
        let m = Double(m)
        let m2 = 2 * m
        var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d; if abs(d) < tiny { d = tiny }
        c = 1 + aa / c; if abs(c) < tiny { c = tiny }
        d = 1 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d; if abs(d) < tiny { d = tiny }
        c = 1 + aa / c; if abs(c) < tiny { c = tiny }
        d = 1 / d
        let delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16 { break }
    }
    return h
}
