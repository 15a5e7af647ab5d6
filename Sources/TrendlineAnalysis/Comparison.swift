import Foundation
import TrendlineExtraction
import TrendlineSeries

/// Entities ranked on one metric: one row per series (a fund, a region's industry), its latest
/// actual value, the share of the total, and where the figure comes from.
public struct Comparison: Sendable {
    public struct Row: Sendable {
        public var rank: Int
        public var region: String
        public var subject: String
        public var observation: Observation
        public var unit: String
        public var counter: String?
        /// The value ranked on: CNY for money (converted when the source currency differs), else as stated.
        public var comparableValue: Double
        /// True when `comparableValue` was converted with the rate table.
        public var converted: Bool
        /// comparableValue / total of the ranked rows, as a fraction.
        public var share: Double
        /// Other subject spellings of the same entity (same region, value and bound), merged into this row.
        public var alsoCalled: [String] = []
    }

    public enum Level: String, Sendable, CaseIterable {
        case province, city, country, any
    }

    public var metric: String
    public var level: Level
    public var rows: [Row]
    public var total: Double
    /// The unit of `comparableValue` and `total` ("CNY", "count" …).
    public var unit: String
    public var rates: CurrencyRates
    /// Series left out, with the reason (another unit family, no rate, outside the level).
    public var excluded: [(label: String, reason: String)]

    /// Ranks the series of `metric` by their latest actual observation (forecasts and targets when
    /// `modality` says so). Bounded values (不低于200亿) rank at the stated figure; the bound is shown.
    public static func rank(_ set: SeriesSet, metric: String, level: Level = .any, modality: Modality = .actual,
                            period: String? = nil, rates: CurrencyRates = .builtIn) -> Comparison {
        var candidates: [(Series, Observation)] = []
        var excluded: [(String, String)] = []
        for s in set.series where s.key.metric == metric {
            let inLevel: Bool
            let lv = Canonical.level(ofRegion: s.key.region)
            switch level {
            case .any: inLevel = true
            case .province: inLevel = lv == .province
            case .city: inLevel = lv == .city
            case .country: inLevel = lv == .country
            }
            guard inLevel else { continue }
            var obs = s.observations.filter { $0.modality == modality }
            if let period { obs = obs.filter { $0.period == Canonical.period(period) } }
            // the latest whole-year figure, else the latest dated one; an undated one only when nothing is dated
            guard let latest = obs.last(where: { $0.year != nil }) ?? obs.last(where: { !$0.period.isEmpty }) ?? obs.last else { continue }
            candidates.append((s, latest))
        }
        // rank within the unit family that most candidates share: money (in CNY) or one other unit
        func family(_ unit: String) -> String { Currency.isMoney(unit) ? "money" : unit }
        var familyCounts: [String: Int] = [:]
        for (s, _) in candidates { familyCounts[family(s.key.unit), default: 0] += 1 }
        let chosen = familyCounts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? "money"
        var rows: [Row] = []
        for (s, o) in candidates {
            guard family(s.key.unit) == chosen else {
                excluded.append((s.label, "unit \(s.key.unit), not comparable with \(chosen)")); continue
            }
            var value = o.value, converted = false
            if chosen == "money" {
                guard let v = rates.cny(o.value, unit: s.key.unit) else {
                    excluded.append((s.label, "no exchange rate for \(s.key.unit)")); continue
                }
                converted = s.key.unit != "CNY"; value = v
            }
            // a sum over several entities (15个省市…合计规模) is no entity to rank among them
            // (or over a list of them: 科创引导基金、国家级并购基金1000亿元)
            if aggregateWords.contains(where: { s.label.contains($0) }) || (metric == "fund_size" && s.label.contains("、")) {
                excluded.append((s.label, "a total over several entities")); continue
            }
            // a fund's first close (首期规模30亿元) is part of a fund ranked by its whole size
            if metric == "fund_size", trancheWords.contains(where: { s.label.contains($0) }) {
                excluded.append((s.label, "one tranche of a fund, not a fund")); continue
            }
            rows.append(Row(rank: 0, region: s.key.region, subject: s.label, observation: o, unit: s.key.unit,
                            counter: s.counter, comparableValue: value, converted: converted, share: 0))
        }
        // the same entity restated under another subject spelling: one region, the same value and bound;
        // or one article giving the amount in two currencies (100亿元（约14亿美元）)
        var merged: [Row] = []
        for r in rows {
            if let i = merged.firstIndex(where: {
                ($0.region == r.region && !r.region.isEmpty && $0.unit == r.unit && $0.observation.value == r.observation.value
                    && $0.observation.bound == r.observation.bound && $0.observation.valueMax == r.observation.valueMax)
                    || Comparison.sameAmountInTwoCurrencies($0, r)
            }) {
                var m = merged[i]
                // the figure as first stated in the article's own currency ranks; the conversion is its echo
                if m.converted && !r.converted {
                    let sources = m.observation.sources
                    m.observation = r.observation; m.observation.sources = sources
                    m.unit = r.unit; m.comparableValue = r.comparableValue; m.converted = false
                }
                m.observation.sources = Array(Set(m.observation.sources + r.observation.sources)).sorted()
                m.alsoCalled.append(r.subject)
                if (r.observation.parsedPeriod.map { !$0.isUnknown } ?? false) && (m.observation.parsedPeriod?.isUnknown ?? true) {
                    m.observation.period = r.observation.period
                }
                merged[i] = m
            } else {
                merged.append(r)
            }
        }
        rows = merged.map { r in
            var r = r
            // name the entity by its most specific spelling that mentions what it is
            let names = [r.subject] + r.alsoCalled
            r.subject = names.max { a, b in Comparison.nameScore(a, region: r.region) < Comparison.nameScore(b, region: r.region) } ?? r.subject
            r.alsoCalled = names.filter { $0 != r.subject }
            return r
        }
        rows.sort { a, b in
            a.comparableValue != b.comparableValue ? a.comparableValue > b.comparableValue : (a.region, a.subject) < (b.region, b.subject)
        }
        let total = rows.reduce(0) { $0 + $1.comparableValue }
        var rank = 0
        for i in rows.indices {
            if i == 0 || rows[i].comparableValue != rows[i - 1].comparableValue { rank = i + 1 }
            rows[i].rank = rank
            rows[i].share = total > 0 ? rows[i].comparableValue / total : 0
        }
        return Comparison(metric: metric, level: level, rows: rows, total: total,
                          unit: chosen == "money" ? "CNY" : chosen, rates: rates, excluded: excluded)
    }

    static let aggregateWords = ["合计", "总计", "共计", "各地", "多地", "各省"]
    static let trancheWords = ["首期", "一期", "二期", "三期"]

    /// Two rows of one region, from one article, whose amounts in different currencies agree within 8 %
    /// once converted: the article stated one amount twice.
    static func sameAmountInTwoCurrencies(_ a: Row, _ b: Row) -> Bool {
        guard a.region == b.region, a.unit != b.unit, a.converted || b.converted,
              a.comparableValue > 0, b.comparableValue > 0 else { return false }
        let docs = Set(a.observation.sources.map(\.doc))
        guard b.observation.sources.contains(where: { docs.contains($0.doc) }) else { return false }
        return abs(a.comparableValue - b.comparableValue) / max(a.comparableValue, b.comparableValue) <= 0.08
    }

    /// Prefers names that mention the region (国家… for 中国) and are short: "安徽省人工智能产业主题基金" over "总规模".
    static func nameScore(_ name: String, region: String) -> Int {
        let short = region.hasSuffix("省") || region.hasSuffix("市") ? String(region.dropLast()) : region
        var score = 0
        if !short.isEmpty, name.contains(short) || (region == "中国" && name.hasPrefix("国家")) { score += 100 }
        if name.contains("基金") || name.contains("产业") { score += 50 }
        return score - name.count
    }

    /// True when some ranked value is a lower bound, so the total is a lower bound too.
    public var totalIsLowerBound: Bool {
        rows.contains { [.moreThan, .atLeast].contains($0.observation.bound) }
    }
}
