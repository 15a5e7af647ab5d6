import Foundation
import TrendlineExtraction
import TrendlineSeries

/// One growth claim tested against the levels stated anywhere in the articles.
public struct GrowthCheck: Sendable {
    public enum Verdict: String, Sendable, Codable {
        case consistent, inconsistent, unverifiable
    }

    /// One way of reading the stated figure: a percentage, or 增长N倍 as ×(N+1) or ×N.
    public struct Reading: Sendable {
        /// "+40%", "×(N+1) = ×2.5", "×N = ×1.5"
        public var name: String
        /// The growth this reading states, in percent (per year for a CAGR), rounding and bounds included.
        public var stated: ValueInterval
        public var consistent: Bool
        /// Distance in percentage points between the stated and the implied interval; 0 when they overlap
        /// (positive = overstated).
        public var gap: Double
        /// The stated figure minus the growth the two stated levels imply, in percentage points.
        public var difference: Double = 0
    }

    public var claim: Claim
    /// Every statement of the same growth figure (headline and body, several articles).
    public var sources: [SourceRef]
    public var verdict: Verdict
    /// The level series the claim was tested against.
    public var series: SeriesKey?
    public var seriesLabel: String?
    public var period: String
    public var basePeriod: String?
    public var level: Observation?
    public var baseLevel: Observation?
    /// Growth the two levels imply, percent (per year for a CAGR claim).
    public var implied: ValueInterval?
    public var impliedPoint: Double?
    public var readings: [Reading]
    /// Partial periods, conflicting levels and other caveats.
    public var flags: [String]
    /// One sentence saying why the verdict was reached.
    public var explanation: String
}

/// Finds the level series each growth claim is about and tests the claim against it.
public enum GrowthChecker {
    static let growthSuffixes = ["同比增长率", "同比增速", "同比增长", "年均增长率", "复合增长率", "增长率", "增速", "增幅", "增长", "涨幅"]

    public static func isGrowthClaim(_ c: Claim) -> Bool {
        c.metric == "growth_rate" && (c.unit == "percent" || c.unit == "multiple")
    }

    /// Checks every growth claim in `claims` against the levels in `set`.
    public static func check(_ claims: [Claim], against set: SeriesSet) -> [GrowthCheck] {
        let sorted = claims.sorted { ($0.doc, $0.start, $0.end) < ($1.doc, $1.start, $1.end) }
        let byDoc = Dictionary(grouping: sorted, by: \.doc)
        let index = LevelIndex(set)
        var results: [GrowthCheck] = []
        var seen: [String: Int] = [:]
        for c in sorted where isGrowthClaim(c) {
            let r = checkOne(c, all: byDoc[c.doc] ?? [], index: index)
            // the same figure stated again (headline and body, another article): one row, all sources
            guard let key = r.series?.id else { results.append(r); continue }
            let fingerprint = [key, r.period, r.basePeriod ?? "", "\(r.claim.value)", r.claim.unit, r.claim.bound.rawValue,
                               r.claim.basis?.rawValue ?? "", r.verdict.rawValue, r.claim.modality.rawValue].joined(separator: "|")
            if let i = seen[fingerprint] {
                results[i].sources.append(contentsOf: r.sources)
            } else {
                seen[fingerprint] = results.count
                results.append(r)
            }
        }
        return results
    }

    /// The level claim stated in the same sentence as the growth claim: the nearest one before it,
    /// else the nearest after it.
    static func sentenceLevel(of c: Claim, in all: [Claim]) -> Claim? {
        let same = all.filter {
            $0.doc == c.doc && $0 != c && Trend.isLevel($0.unit) && $0.metric != "growth_rate"
                && (!c.sentence.isEmpty ? $0.sentence == c.sentence : abs($0.start - c.start) < 60)
        }
        if let before = same.filter({ $0.end <= c.start }).max(by: { $0.end < $1.end }) { return before }
        return same.filter { $0.start >= c.end }.min { $0.start < $1.start }
    }

    static func stem(_ subject: String, region: String) -> String {
        var s = Canonical.subject(subject, region: region, metric: "growth_rate")
        for suffix in growthSuffixes where s.hasSuffix(suffix) && s.count > suffix.count {
            s = String(s.dropLast(suffix.count)); break
        }
        for suffix in ["规模", "产值", "出货量", "销量", "产量", "收入", "营收"] where s.hasSuffix(suffix) && s.count > suffix.count {
            s = String(s.dropLast(suffix.count)); break
        }
        return s
    }

    /// A level series a growth claim may be about, and how it was found.
    struct Candidate {
        var series: Series
        var sentenceLevel: Claim?
        var note: String?
    }

    /// The series a growth claim may be about, most likely first: that of the level stated in the same
    /// sentence; series stating the same level (metric, region, unit, period, agreeing value) under
    /// another subject spelling; level series of the same region whose subject matches the claim's;
    /// when the claim names no region, matching series of any region.
    static func candidates(for c: Claim, all: [Claim], index: LevelIndex) -> [Candidate] {
        var out: [Candidate] = []
        func add(_ s: Series, _ lv: Claim?, _ note: String?) {
            if !out.contains(where: { $0.series.key == s.key }) { out.append(Candidate(series: s, sentenceLevel: lv, note: note)) }
        }
        if let lv = sentenceLevel(of: c, in: all), let s = index.set.series(SeriesKey(claim: lv)) {
            add(s, lv, nil)
            let key = s.key, period = Canonical.period(lv.period)
            let iv = ValueInterval.of(value: lv.value, valueMax: lv.valueMax, bound: lv.bound, text: lv.text)
            for other in index.sameMeasure(as: key) where other.key != key && !period.isEmpty
                && other.observations.contains(where: { $0.period == period && $0.modality == lv.modality && $0.interval.overlaps(iv) }) {
                add(other, lv, "level \(lv.text.replacingOccurrences(of: "\n", with: "")) matched by value to the series \(other.label)")
            }
        }
        let region = Canonical.region(c.region)
        let claimStem = stem(c.subject, region: region)
        guard !claimStem.isEmpty else { return out }
        func matches(_ entries: [LevelIndex.Entry]) -> [Series] {
            let exact = entries.filter { claimStem == $0.series.key.subject || claimStem == $0.stem }
            let stemBytes = Array(claimStem.utf8)
            let partial = claimStem.count < 2 ? [] : entries.filter {
                $0.subjectLength >= 2 && (contains($0.subjectBytes, stemBytes) || contains(stemBytes, $0.subjectBytes))
            }
            // within each group, the series with the most actual observations first
            func byHistory(_ xs: [LevelIndex.Entry]) -> [Series] {
                xs.sorted { a, b in a.actualCount != b.actualCount ? a.actualCount > b.actualCount : a.series.key < b.series.key }.map(\.series)
            }
            return byHistory(exact) + byHistory(partial)
        }
        for s in matches(index.levels(in: region)) { add(s, nil, nil) }
        if region.isEmpty {
            for s in matches(index.levelsWithRegion) { add(s, nil, "the claim states no region; tested against \(s.key.region)") }
        }
        return out
    }

    /// Whether `needle` occurs in `haystack` (UTF-8 bytes; UTF-8 never matches inside a character).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Lookups repeated for every growth claim, computed once per check.
    struct LevelIndex {
        struct Entry {
            let series: Series
            /// The subject as growth claims would name it (规模, 产量 … dropped).
            let stem: String
            let actualCount: Int
            let subjectBytes: [UInt8]
            let subjectLength: Int
        }
        let set: SeriesSet
        private let byRegion: [String: [Entry]]
        let levelsWithRegion: [Entry]
        private let byMeasure: [String: [Series]]

        init(_ set: SeriesSet) {
            self.set = set
            var byRegion: [String: [Entry]] = [:], byMeasure: [String: [Series]] = [:]
            for s in set.series where Trend.isLevel(s.key.unit) && s.key.metric != "growth_rate" {
                let entry = Entry(series: s, stem: GrowthChecker.stem(s.key.subject, region: s.key.region),
                                  actualCount: s.observations.filter { $0.modality == .actual }.count,
                                  subjectBytes: Array(s.key.subject.utf8), subjectLength: s.key.subject.count)
                byRegion[s.key.region, default: []].append(entry)
                byMeasure[LevelIndex.measure(s.key), default: []].append(s)
            }
            self.byRegion = byRegion
            self.byMeasure = byMeasure
            self.levelsWithRegion = byRegion.keys.sorted().filter { !$0.isEmpty }.flatMap { byRegion[$0] ?? [] }
        }

        static func measure(_ k: SeriesKey) -> String { "\(k.metric)|\(k.region)|\(k.unit)" }
        func levels(in region: String) -> [Entry] { byRegion[region] ?? [] }
        /// Level series of the same metric, region and unit.
        func sameMeasure(as key: SeriesKey) -> [Series] { byMeasure[LevelIndex.measure(key)] ?? [] }
    }

    /// - Parameter all: the claims of the growth claim's document.
    static func checkOne(_ c: Claim, all: [Claim], index: LevelIndex) -> GrowthCheck {
        let cands = candidates(for: c, all: all, index: index)
        guard !cands.isEmpty else {
            var r = blank(c)
            let what = c.subject.isEmpty ? "the claim names no subject" : "no article states a level of \(describeSubject(c.subject, c.region))"
            r.explanation = "\(what), so the growth cannot be tested"
            return r
        }
        // the first candidate whose levels settle the claim; else what the most likely one lacks
        var first: GrowthCheck?
        for candidate in cands {
            let r = evaluate(c, candidate: candidate)
            if r.verdict != .unverifiable { return r }
            if first == nil { first = r }
        }
        return first!
    }

    static func blank(_ c: Claim) -> GrowthCheck {
        var r = GrowthCheck(claim: c, sources: [SourceRef(c)], verdict: .unverifiable, series: nil, seriesLabel: nil,
                            period: Canonical.period(c.period), basePeriod: nil, level: nil, baseLevel: nil, implied: nil,
                            impliedPoint: nil, readings: [], flags: [], explanation: "")
        r.readings = statedReadings(c).map { GrowthCheck.Reading(name: $0.name, stated: $0.interval, consistent: false, gap: 0) }
        return r
    }

    static func evaluate(_ c: Claim, candidate: Candidate) -> GrowthCheck {
        var r = blank(c)
        let readings = statedReadings(c)
        let series = candidate.series, sentenceLevel = candidate.sentenceLevel
        if let note = candidate.note { r.flags.append(note) }
        r.series = series.key; r.seriesLabel = series.label
        if r.period.isEmpty, let lv = sentenceLevel { r.period = Canonical.period(lv.period) }
        guard !r.period.isEmpty, let period = Period(spec: r.period) else {
            r.explanation = "the claim states no period, so no base period can be found"
            return r
        }
        // the base period
        var years = 1.0
        let basis = c.basis ?? .unspecified
        var base: Period?
        if let bp = c.basePeriod, let p = Period(spec: Canonical.period(bp)) {
            base = p
        } else if basis == .cagr, let s = period.start, let e = period.end, s.year < e.year, s.month == nil {
            base = Period(DatePoint(year: s.year)); r.period = String(e.year)
        } else {
            base = Trend.shift(period, years: -1)
        }
        guard let basePeriod = base, let endPeriod = Period(spec: r.period) else {
            r.explanation = "the claim names no base period, and \(r.period) has no comparable period a year earlier"
            return r
        }
        r.basePeriod = basePeriod.spec
        if basis == .cagr, let b = basePeriod.end?.year, let e = endPeriod.end?.year, e > b { years = Double(e - b) }
        let levelModalities: [Modality] = c.modality == .actual ? [.actual] : [.actual, c.modality, .forecast]
        let levels = series.observations.filter { $0.period == r.period && levelModalities.contains($0.modality) }
        let bases = series.observations.filter { $0.period == basePeriod.spec && $0.modality == .actual }
        // partial periods: a part-year figure is not the year's level
        for (spec, found) in [(r.period, levels), (basePeriod.spec, bases)] where found.isEmpty {
            if let y = Period(spec: spec)?.start?.year, Period(spec: spec)?.start?.month == nil {
                let parts = series.observations.filter { $0.isPartialPeriod && $0.parsedPeriod?.end?.year == y }
                for p in parts {
                    r.flags.append("only a part-period level (\(p.period)) is stated for \(y); it is not the \(y) level")
                }
            }
        }
        if endPeriod.start?.month != nil || endPeriod.end?.month != nil {
            r.flags.append("partial period \(r.period): compared with the same months a year earlier")
        }
        let unitCounter = series.counter
        func amount(_ v: Double) -> String { Amount.describe(v, unit: series.key.unit, counter: unitCounter) }
        let subject = describeSubject(series.label, series.key.region)
        // the ratio each reading states (both for 增长N倍), for the level a missing period would need
        let ratios = readings.map { (name: $0.name, ratio: midRatio($0, years: years)) }.filter { $0.ratio > 0 }
        func implied(_ each: (Double) -> Double) -> String {
            ratios.map { amount(each($0.ratio)) + (ratios.count > 1 ? " (read as \($0.name))" : "") }.joined(separator: " or ")
        }
        guard let level = levels.first(where: { $0.modality == .actual }) ?? levels.first else {
            var text = "no article states the \(r.period) level of \(subject)"
            r.baseLevel = bases.first
            if let b = bases.first, b.value > 0, !ratios.isEmpty {
                text += "; from \(amount(b.value)) in \(basePeriod.spec) the claim implies a \(r.period) level of about "
                    + implied { b.value * $0 }
            }
            r.explanation = text
            return r
        }
        r.level = level
        guard let baseLevel = bases.first else {
            var text = "no article states the \(basePeriod.spec) level of \(subject)"
            if level.value > 0, !ratios.isEmpty {
                text += "; from \(amount(level.value)) in \(r.period) the claim implies a \(basePeriod.spec) level of about "
                    + implied { level.value / $0 }
            }
            r.explanation = text
            return r
        }
        r.baseLevel = baseLevel
        if levels.count > 1 || bases.count > 1 {
            r.flags.append("conflicting levels stated for \(levels.count > 1 ? r.period : basePeriod.spec); tested against the first")
        }
        guard baseLevel.interval.lower > 0 || baseLevel.value > 0, level.value > 0 else {
            r.explanation = "a level is zero or negative; growth is undefined"
            return r
        }
        // implied ratio interval from the two level intervals
        let bLo = max(baseLevel.interval.lower, 0), bHi = baseLevel.interval.upper
        let lLo = max(level.interval.lower, 0), lHi = level.interval.upper
        let ratioLo = bHi.isInfinite ? 0 : lLo / bHi
        let ratioHi = bLo > 0 ? lHi / bLo : .infinity
        func toGrowth(_ ratio: Double) -> Double {
            if ratio.isInfinite { return .infinity }
            return years == 1 ? (ratio - 1) * 100 : (pow(ratio, 1 / years) - 1) * 100
        }
        let implied = ValueInterval(lower: toGrowth(ratioLo), upper: toGrowth(ratioHi))
        r.implied = implied
        let impliedPoint = toGrowth(level.value / baseLevel.value)
        r.impliedPoint = impliedPoint
        var anyConsistent = false
        for i in r.readings.indices {
            let stated = r.readings[i].stated
            let ok = stated.overlaps(implied)
            r.readings[i].consistent = ok
            r.readings[i].gap = ok ? 0 : (stated.lower > implied.upper ? stated.lower - implied.upper : -(implied.lower - stated.upper))
            r.readings[i].difference = midGrowth(stated) - impliedPoint
            anyConsistent = anyConsistent || ok
        }
        let impliedText = "\(amount(baseLevel.value)) (\(basePeriod.spec)) → \(amount(level.value)) (\(r.period)) implies "
            + (years == 1 ? "" : "a CAGR of ") + signed(impliedPoint) + "%"
        if anyConsistent {
            r.verdict = .consistent
            if r.readings.count > 1 {
                let ok = r.readings.filter(\.consistent).map(\.name)
                let bad = r.readings.filter { !$0.consistent }
                r.explanation = impliedText + "; consistent read as " + ok.joined(separator: " or ")
                if let b = bad.first { r.explanation += ", not as \(b.name) (off by \(Amount.trimmed(abs(b.difference), digits: 1)) pp)" }
            } else {
                r.explanation = impliedText + "; the stated figure agrees within rounding"
            }
        } else {
            r.verdict = .inconsistent
            let best = r.readings.min { abs($0.gap) < abs($1.gap) }!
            let needed = baseLevel.value * midRatio((best.name, best.stated), years: years)
            let over = best.gap > 0 ? "overstated" : "understated"
            r.explanation = impliedText + "; the stated \(best.name) is \(over) by \(Amount.trimmed(abs(best.difference), digits: 1)) pp, beyond rounding"
                + " (it would need a \(r.period) level of \(amount(needed)), \(Amount.trimmed(abs(needed / level.value - 1) * 100, digits: 1))% \(needed > level.value ? "above" : "below") the stated \(amount(level.value)))"
        }
        return r
    }

    /// The growth a claim states, as percent intervals: one reading for a percentage, two for 增长N倍.
    static func statedReadings(_ c: Claim) -> [(name: String, interval: ValueInterval)] {
        let iv = ValueInterval.of(value: c.value, valueMax: c.valueMax, bound: c.bound, text: c.text)
        if c.unit == "multiple", let factors = c.growthFactors, !factors.isEmpty {
            // the readings the extractor gives (增长N倍: [N+1, N]), each with the figure's rounding
            let half = (iv.upper - iv.lower) / 2
            return factors.enumerated().map { i, f in
                let label = factors.count == 2 && abs(factors[0] - factors[1] - 1) < 1e-9 ? (i == 0 ? "×(N+1) = " : "×N = ") : ""
                return ("\(label)×\(Amount.trimmed(f, digits: 3))", ValueInterval(lower: (f - half - 1) * 100, upper: (f + half - 1) * 100))
            }
        }
        if c.unit == "multiple" {
            let plus = ValueInterval(lower: iv.lower * 100, upper: iv.upper * 100)
            let times = ValueInterval(lower: (iv.lower - 1) * 100, upper: (iv.upper - 1) * 100)
            let n = Amount.trimmed(c.value, digits: 3)
            return [("×(N+1) = ×\(Amount.trimmed(c.value + 1, digits: 3))", plus), ("×N = ×\(n)", times)]
        }
        return [((c.value >= 0 ? "+" : "") + Amount.trimmed(c.value, digits: 2) + "%", iv)]
    }

    /// The middle of a stated growth interval; its finite end for a one-sided bound.
    static func midGrowth(_ iv: ValueInterval) -> Double {
        iv.upper.isInfinite ? iv.lower : (iv.lower.isInfinite ? iv.upper : (iv.lower + iv.upper) / 2)
    }

    static func midRatio(_ reading: (name: String, interval: ValueInterval), years: Double) -> Double {
        let lo = reading.interval.lower, hi = reading.interval.upper
        let g = hi.isInfinite ? lo : (lo.isInfinite ? hi : (lo + hi) / 2)
        return pow(1 + g / 100, years)
    }

    static func signed(_ v: Double) -> String { (v >= 0 ? "+" : "") + Amount.trimmed(v, digits: 2) }

    static func describeSubject(_ subject: String, _ region: String) -> String {
        let r = Canonical.region(region)
        let short = r.hasSuffix("省") || r.hasSuffix("市") ? String(r.dropLast()) : r
        return r.isEmpty || subject.hasPrefix(short) ? subject : "\(r) \(subject)"
    }
}
