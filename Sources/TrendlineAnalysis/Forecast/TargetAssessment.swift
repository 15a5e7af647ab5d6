import Foundation

/// Compares a stated target with the path a series has followed.
///
/// `requiredRate` is the compound growth rate (percent per unit of time) needed
/// from the last observation to reach `targetValue` at `targetTime`;
/// `historicalRate` is the CAGR from the first to the last observation (nil with a
/// single observation). `onTrack` is true when the historical rate is at least the
/// required one (or the target is already met); with no history it is false.
public struct TargetAssessment: Sendable, Equatable {
    public var requiredRate: Double
    public var historicalRate: Double?
    public var onTrack: Bool
    public var targetTime: Double
    public var targetValue: Double
    public var lastTime: Double
    public var lastValue: Double
    /// Value at `targetTime` if the historical rate continues; nil without history.
    public var projectedValue: Double?

    public init(requiredRate: Double, historicalRate: Double?, onTrack: Bool, targetTime: Double, targetValue: Double,
                lastTime: Double, lastValue: Double, projectedValue: Double?) {
        self.requiredRate = requiredRate
        self.historicalRate = historicalRate
        self.onTrack = onTrack
        self.targetTime = targetTime
        self.targetValue = targetValue
        self.lastTime = lastTime
        self.lastValue = lastValue
        self.projectedValue = projectedValue
    }

    /// Throws `ForecastError` for empty, unsorted, non-finite or non-positive
    /// observations, a non-positive target, or a target time not after the last
    /// observation.
    public static func assess(times: [Double], values: [Double], targetTime: Double, targetValue: Double) throws -> TargetAssessment {
        let data = try Observations(times: times, values: values)
        try data.require(atLeast: 1)
        try data.requirePositive()
        guard targetTime.isFinite, targetValue.isFinite else { throw ForecastError.nonFiniteInput(position: data.count) }
        guard targetValue > 0 else { throw ForecastError.nonPositiveValue(targetValue) }
        let lastTime = data.times[data.count - 1], lastValue = data.values[data.count - 1]
        guard targetTime > lastTime else {
            throw ForecastError.targetNotInFuture(targetTime: targetTime, lastTime: lastTime)
        }
        let required = try Growth.cagr(from: lastValue, to: targetValue, years: targetTime - lastTime)
        var historical: Double? = nil
        var projected: Double? = nil
        if data.count >= 2 {
            let rate = try Growth.cagr(from: data.values[0], to: lastValue, years: lastTime - data.times[0])
            historical = rate
            projected = Growth.project(from: lastValue, ratePercent: rate, years: targetTime - lastTime)
        }
        let onTrack = lastValue >= targetValue || (historical.map { $0 >= required } ?? false)
        return TargetAssessment(requiredRate: required, historicalRate: historical, onTrack: onTrack,
                                targetTime: targetTime, targetValue: targetValue, lastTime: lastTime,
                                lastValue: lastValue, projectedValue: projected)
    }
}
