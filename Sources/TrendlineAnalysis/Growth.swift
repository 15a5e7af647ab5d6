import Foundation

/// Growth arithmetic on levels. Results are in percent.
public enum Growth {
    /// Simple growth from `from` to `to`, in percent: (to / from − 1) · 100.
    ///
    /// Throws `nonPositiveValue` when the base is zero or negative (a percentage
    /// change from such a base is meaningless) and `nonFiniteInput` for NaN/∞.
    public static func rate(from: Double, to: Double) throws(ForecastError) -> Double {
        guard from.isFinite else { throw .nonFiniteInput(position: 0) }
        guard to.isFinite else { throw .nonFiniteInput(position: 1) }
        guard from > 0 else { throw .nonPositiveValue(from) }
        return (to / from - 1) * 100
    }

    /// Compound annual growth rate over `years`, in percent:
    /// ((to / from)^(1/years) − 1) · 100.
    ///
    /// Both levels must be positive and `years` positive.
    public static func cagr(from: Double, to: Double, years: Double) throws(ForecastError) -> Double {
        guard from.isFinite else { throw .nonFiniteInput(position: 0) }
        guard to.isFinite else { throw .nonFiniteInput(position: 1) }
        guard years.isFinite, years > 0 else { throw .invalidParameter(name: "years", value: years) }
        guard from > 0 else { throw .nonPositiveValue(from) }
        guard to > 0 else { throw .nonPositiveValue(to) }
        return expm1(log(to / from) / years) * 100
    }

    /// The level reached from `from` after `years` at `ratePercent` compound growth.
    public static func project(from: Double, ratePercent: Double, years: Double) -> Double {
        from * exp(log1p(ratePercent / 100) * years)
    }
}
