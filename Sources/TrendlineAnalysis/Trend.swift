import Foundation
import TrendlineExtraction
import TrendlineSeries

/// A series with the changes its observations imply: year-on-year change between consecutive
/// years (or the same part of consecutive years) and the CAGR over its whole-year actual values.
public struct Trend: Sendable {
    public struct Row: Sendable {
        public var observation: Observation
        /// Percent change from the same period one year earlier (actual values, no conflict, bounds exact).
        public var yoy: Double?
        /// The observation the change is computed from.
        public var yoyBase: Observation?
        /// True when another observation of the same period and modality disagrees.
        public var conflicted: Bool
    }

    public var series: Series
    public var rows: [Row]
    /// Compound annual growth from the first to the last whole-year actual observation (≥ 2 years apart... ≥ 1).
    public var cagr: Double?
    public var cagrFrom: Int?
    public var cagrTo: Int?

    public init(_ series: Series) {
        self.series = series
        var rows: [Row] = []
        for o in series.observations {
            let conflicted = series.isConflicted(o)
            var row = Row(observation: o, yoy: nil, yoyBase: nil, conflicted: conflicted)
            if !conflicted, o.modality != .target, let base = Trend.previousYear(of: o, in: series),
               o.bound == .exact || o.bound == .approx, base.bound == .exact || base.bound == .approx,
               o.valueMax == nil, base.valueMax == nil, base.value > 0, o.value > 0, Trend.isLevel(series.key.unit) {
                row.yoy = (o.value / base.value - 1) * 100
                row.yoyBase = base
            }
            rows.append(row)
        }
        self.rows = rows
        let annual = Trend.annualActuals(series)
        if let first = annual.first, let last = annual.last, last.year > first.year, first.value > 0, last.value > 0,
           Trend.isLevel(series.key.unit) {
            cagr = try? Growth.cagr(from: first.value, to: last.value, years: Double(last.year - first.year))
            cagrFrom = first.year; cagrTo = last.year
        }
    }

    /// Units whose values are levels (growth between them is meaningful): money, counts, physical.
    public static func isLevel(_ unit: String) -> Bool { !["percent", "pp", "multiple"].contains(unit) }

    /// Whole-year actual observations with a single value, exact or approximate, in year order.
    public static func annualActuals(_ s: Series) -> [(year: Int, value: Double, observation: Observation)] {
        var out: [(Int, Double, Observation)] = []
        for o in s.observations where o.modality == .actual && (o.bound == .exact || o.bound == .approx) && o.valueMax == nil {
            guard let y = o.year, !s.isConflicted(o) else { continue }
            out.append((y, o.value, o))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// The observation of the same period shape one year earlier: 2024 for 2025, 2024-01..2024-08 for
    /// 2025-01..2025-08. A forecast may take an actual base; an actual takes an actual base.
    static func previousYear(of o: Observation, in s: Series) -> Observation? {
        guard let p = o.parsedPeriod, let shifted = Trend.shift(p, years: -1) else { return nil }
        let spec = shifted.spec
        let candidates = s.observations.filter { $0.period == spec && !s.isConflicted($0) }
        return candidates.first { $0.modality == .actual } ?? (o.modality == .forecast ? candidates.first { $0.modality == .forecast } : nil)
    }

    /// The period moved by whole years; nil for unknown or open periods and for spans of several
    /// years (2021..2025 has no "same period a year earlier" that does not overlap it).
    public static func shift(_ p: Period, years: Int) -> Period? {
        guard var s = p.start, var e = p.end, s.year == e.year else { return nil }
        s.year += years; e.year += years
        return Period(start: s, end: e)
    }
}
