import Foundation
import TrendlineAnalysis
import TrendlineExtraction
import TrendlineSeries
import TrendlineTables

/// Tables of the analysis results; every figure carries the article and span it came from.
enum AnalysisTables {
    static func boundMark(_ b: Bound) -> String {
        switch b {
        case .exact: ""
        case .approx: "≈"
        case .moreThan: ">"
        case .atLeast: "≥"
        case .lessThan: "<"
        case .atMost: "≤"
        }
    }

    static func value(_ v: Double, _ vmax: Double? = nil, bound: Bound = .exact, unit: String, counter: String?) -> String {
        if let m = vmax {
            return NumberFormat.compact(v, unit: unit, counter: counter) + "–" + NumberFormat.compact(m, unit: unit, counter: counter)
        }
        return boundMark(bound) + NumberFormat.compact(v, unit: unit, counter: counter)
    }

    static func value(_ o: Observation, unit: String, counter: String?) -> String {
        value(o.value, o.valueMax, bound: o.bound, unit: unit, counter: o.counter ?? counter)
    }

    /// "001-anhui-ai-fund.txt:40-48" per source; full paths in JSON and CSV.
    static func sources(_ refs: [SourceRef], full: Bool) -> String {
        refs.map { r in
            let doc = full ? r.doc : (r.doc as NSString).lastPathComponent
            return "\(doc):\(r.start)-\(r.end)"
        }.joined(separator: full ? "; " : "\n")
    }

    static func percent(_ v: Double?) -> String {
        guard let v else { return "" }
        return (v > 0 ? "+" : "") + NumberFormat.percent(v, fractionDigits: 1)
    }

    static func period(_ p: String) -> String { p.isEmpty ? "(undated)" : p }

    // MARK: series

    /// One trend table for a series: period, value, modality, yoy, sources.
    /// For a series in a foreign currency, a column with the values converted to CNY (marked with *).
    static func trend(_ t: Trend, full: Bool, rates: CurrencyRates) -> Table {
        let s = t.series
        var title = "\(s.label) · \(s.key.region.isEmpty ? "—" : s.key.region) · \(s.key.metric) · \(s.key.unit)"
        if let c = t.cagr, let a = t.cagrFrom, let b = t.cagrTo { title += " · CAGR \(a)–\(b) \(percent(c))" }
        let converts = s.key.unit != "CNY" && rates.cny(1, unit: s.key.unit) != nil
        let rows = t.rows.map { r -> [String] in
            let o = r.observation
            var row = [period(o.period), value(o, unit: s.key.unit, counter: s.counter)]
            if converts {
                row.append(value(rates.cny(o.value, unit: s.key.unit)!, o.valueMax.flatMap { rates.cny($0, unit: s.key.unit) },
                                 bound: o.bound, unit: "CNY", counter: nil) + "*")
            }
            return row + [o.modality.rawValue + (r.conflicted ? " (conflict)" : ""), percent(r.yoy), sources(o.sources, full: full)]
        }
        var columns: [Table.Column] = [.init("period"), .init("value", alignment: .right)]
        if converts { columns.append(.init("in CNY", alignment: .right)) }
        columns += [.init("modality"), .init("yoy", alignment: .right), .init("sources", maxWidth: 40)]
        return Table(title: title, columns: columns, rows: rows)
    }

    /// The note that explains the * of converted values.
    static func conversionNote(_ units: Set<String>, rates: CurrencyRates) -> String? {
        let used = units.filter { $0 != "CNY" && rates.cny(1, unit: $0) != nil }.sorted()
        guard !used.isEmpty else { return nil }
        let list = used.map { "1 \($0) = \(Amount.trimmed(rates.cnyPer[$0]!, digits: 4)) CNY" }.joined(separator: ", ")
        return "* converted to CNY at \(list) (\(rates.origin) rates; override with --rates FILE)."
    }

    /// Every observation of every series in one flat table (for CSV and JSON).
    static func flatSeries(_ trends: [Trend], rates: CurrencyRates) -> Table {
        var rows: [[String]] = []
        for t in trends {
            for r in t.rows {
                let o = r.observation
                rows.append([t.series.key.id, t.series.label, t.series.key.metric, t.series.key.region, t.series.key.unit,
                             o.period, ClaimIOFormat.number(o.value), o.valueMax.map(ClaimIOFormat.number) ?? "", o.bound.rawValue,
                             o.modality.rawValue, r.conflicted ? "yes" : "", r.yoy.map { String(format: "%.4f", $0) } ?? "",
                             t.series.key.unit == "CNY" ? "" : rates.cny(o.value, unit: t.series.key.unit).map(ClaimIOFormat.number) ?? "",
                             sources(o.sources, full: true)])
            }
        }
        return Table(title: "Series", columns: [
            .init("series"), .init("subject"), .init("metric"), .init("region"), .init("unit"), .init("period"),
            .init("value", alignment: .right), .init("value_max", alignment: .right), .init("bound"), .init("modality"),
            .init("conflict"), .init("yoy_percent", alignment: .right), .init("value_cny_converted", alignment: .right), .init("sources"),
        ], rows: rows)
    }

    /// Series with a single observation, one line each.
    static func singletons(_ trends: [Trend], full: Bool) -> Table {
        let rows = trends.map { t -> [String] in
            let o = t.rows[0].observation
            return [t.series.label, t.series.key.region, t.series.key.metric, period(o.period),
                    value(o, unit: t.series.key.unit, counter: t.series.counter), o.modality.rawValue, sources(o.sources, full: full)]
        }
        return Table(title: "Single figures", columns: [
            .init("subject", maxWidth: 28), .init("region"), .init("metric"), .init("period"), .init("value", alignment: .right),
            .init("modality"), .init("sources", maxWidth: 40),
        ], rows: rows)
    }

    // MARK: conflicts

    static func conflicts(_ cs: [Conflict], full: Bool) -> Table {
        let rows = cs.map { c -> [String] in
            [c.label, c.key.region, period(c.period), value(c.first, unit: c.key.unit, counter: nil), sources(c.first.sources, full: full),
             value(c.second, unit: c.key.unit, counter: nil), sources(c.second.sources, full: full),
             NumberFormat.percent(c.relativeDifference * 100, fractionDigits: 1)]
        }
        return Table(title: "Cross-article conflicts", columns: [
            .init("subject", maxWidth: 24), .init("region"), .init("period"), .init("value A", alignment: .right), .init("source A", maxWidth: 32),
            .init("value B", alignment: .right), .init("source B", maxWidth: 32), .init("difference", alignment: .right),
        ], rows: rows)
    }

    // MARK: comparison

    static func comparison(_ c: Comparison, full: Bool) -> Table {
        let rows = c.rows.map { r -> [String] in
            var v = value(r.observation, unit: r.unit, counter: r.counter)
            if r.converted { v += " (" + NumberFormat.compact(r.comparableValue, unit: "CNY") + "*)" }
            return [String(r.rank), r.region.isEmpty ? "—" : r.region, r.subject, v, r.observation.bound.rawValue,
                    period(r.observation.period), NumberFormat.percent(r.share * 100, fractionDigits: 1), sources(r.observation.sources, full: full)]
        }
        let totalText = (c.totalIsLowerBound ? "≥" : "") + NumberFormat.compact(c.total, unit: c.unit)
        return Table(title: "\(c.metric) by entity (\(c.level.rawValue) level) · total \(totalText)", columns: [
            .init("rank", alignment: .right), .init("region"), .init("subject", maxWidth: 30), .init("value", alignment: .right),
            .init("bound"), .init("period"), .init("share", alignment: .right), .init("sources", maxWidth: 40),
        ], rows: rows)
    }

    static func comparisonNotes(_ c: Comparison) -> [String] {
        var notes: [String] = []
        if c.totalIsLowerBound { notes.append("Bounded values (≥, >) are ranked and summed at the stated figure; the total is a lower bound.") }
        if let note = conversionNote(Set(c.rows.filter(\.converted).map(\.unit)), rates: c.rates) { notes.append(note) }
        for r in c.rows where !r.alsoCalled.isEmpty {
            notes.append("\(r.region) \(r.subject): same value and bound also stated as " + r.alsoCalled.map { "“\($0)”" }.joined(separator: ", ") + "; counted once")
        }
        for e in c.excluded { notes.append("not ranked: \(e.label) — \(e.reason)") }
        return notes
    }

    // MARK: growth checks

    static func checks(_ cs: [GrowthCheck], full: Bool) -> Table {
        let rows = cs.map { r -> [String] in
            let stated = r.claim.text.replacingOccurrences(of: "\n", with: "")
            let implied = r.impliedPoint.map { percent($0) } ?? ""
            return [r.verdict.rawValue, r.seriesLabel ?? r.claim.subject, r.series?.region ?? Canonical.region(r.claim.region),
                    period(r.period) + (r.basePeriod.map { " vs \($0)" } ?? ""), stated, implied,
                    r.explanation + (r.flags.isEmpty ? "" : " [" + r.flags.joined(separator: "; ") + "]"), sources(r.sources, full: full),
                    levelSources(r, full: full)]
        }
        return Table(title: "Growth claims checked against stated levels", columns: [
            .init("verdict"), .init("subject", maxWidth: 20), .init("region"), .init("period"), .init("stated"),
            .init("implied", alignment: .right), .init("why", maxWidth: 60), .init("sources", maxWidth: 40),
            .init("level sources", maxWidth: 46),
        ], rows: rows)
    }

    /// Where the levels a check used come from: "2021: file:span", one line per source.
    static func levelSources(_ r: GrowthCheck, full: Bool) -> String {
        var parts: [String] = []
        for o in [r.baseLevel, r.level].compactMap({ $0 }) {
            for src in o.sources { parts.append(o.period + ": " + sources([src], full: full)) }
        }
        return parts.joined(separator: full ? "; " : "\n")
    }

    // MARK: forecasts

    static func forecast(_ f: SeriesForecast, full: Bool) -> Table {
        let s = f.series, unit = s.key.unit, counter = s.counter
        var rows: [[String]] = f.history.map { h in
            [String(h.year), value(h.observation, unit: unit, counter: counter), "", "", "actual", sources(h.observation.sources, full: full)]
        }
        for p in f.result.points {
            let y = Int(p.time.rounded())
            let fmt = { (v: Double) in NumberFormat.compact(v, unit: unit, counter: counter) }
            let i80 = f.result.hasIntervals ? "\(fmt(p.lower80)) – \(fmt(p.upper80))" : "—"
            let i95 = f.result.hasIntervals ? "\(fmt(p.lower95)) – \(fmt(p.upper95))" : "—"
            var note = "projection (\(f.result.method.rawValue))"
            for g in f.goals where g.year == y {
                note += "; stated \(g.observation.modality.rawValue) \(value(g.observation, unit: unit, counter: counter))"
                if g.regionAssumed { note += " (no region stated)" }
                if let a = g.assessment {
                    note += ": needs \(percent(a.requiredRate))/yr vs historical \(percent(a.historicalRate))/yr"
                        + " (\(a.onTrack ? "met" : "missed") at the historical rate)"
                }
                let target = g.observation.value
                if f.result.hasIntervals {
                    let where95 = p.upper95 < target ? "above" : (p.lower95 > target ? "below" : "within")
                    note += "; the figure lies \(where95) the 95% interval of the \(f.result.method.rawValue) path (\(fmt(p.value)))"
                } else {
                    note += "; the \(f.result.method.rawValue) path reaches \(fmt(p.value)) (\(p.value >= target ? "at or above" : "below") it)"
                }
                note += " [" + sources(g.observation.sources, full: full).replacingOccurrences(of: "\n", with: "; ") + "]"
            }
            rows.append([String(y), fmt(p.value), i80, i95, note, ""])
        }
        let params = f.result.parameters.filter { !$0.key.hasPrefix("initial") && $0.key != "sigma2" }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.4g", $0.value))" }.joined(separator: " ")
        return Table(title: "\(s.label) · \(s.key.region.isEmpty ? "—" : s.key.region) · \(f.result.method.rawValue) \(params)", columns: [
            .init("year"), .init("value", alignment: .right), .init("80% interval", alignment: .right), .init("95% interval", alignment: .right),
            .init("note", maxWidth: 60), .init("sources", maxWidth: 40),
        ], rows: rows)
    }
}

/// Plain numbers for CSV/JSON cells, as in claims files.
enum ClaimIOFormat {
    static func number(_ v: Double) -> String {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }
}
