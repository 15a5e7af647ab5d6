import Foundation
import TrendlineExtraction

/// Where a figure was stated: the article and the span of the quote.
public struct SourceRef: Hashable, Sendable, Codable, Comparable {
    public var doc: String
    public var start: Int
    public var end: Int
    /// The quote as it stands in the article ("超1.2万亿元").
    public var text: String

    public init(doc: String, start: Int, end: Int, text: String) {
        self.doc = doc; self.start = start; self.end = end; self.text = text
    }
    public init(_ c: Claim) { self.init(doc: c.doc, start: c.start, end: c.end, text: c.text) }

    public static func < (a: SourceRef, b: SourceRef) -> Bool { (a.doc, a.start, a.end) < (b.doc, b.start, b.end) }

    /// "doc:start-end".
    public var location: String { "\(doc):\(start)-\(end)" }
}

/// What a series measures: metric, canonical subject, canonical region, unit.
public struct SeriesKey: Hashable, Sendable, Comparable, Codable {
    public var metric: String
    public var subject: String
    public var region: String
    public var unit: String

    public init(metric: String, subject: String, region: String, unit: String) {
        self.metric = metric; self.subject = subject; self.region = region; self.unit = unit
    }

    /// The key of the series a claim belongs to.
    public init(claim c: Claim) {
        let region = Canonical.region(c.region)
        self.init(metric: c.metric, subject: Canonical.subject(c.subject, region: region, metric: c.metric),
                  region: region, unit: c.unit)
    }

    /// "metric/region/subject/unit", the form `--series` accepts.
    public var id: String { "\(metric)/\(region.isEmpty ? "-" : region)/\(subject)/\(unit)" }

    public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
        (a.metric, a.region, a.subject, a.unit) < (b.metric, b.region, b.subject, b.unit)
    }
}

/// One dated value of a series, with every article that states it.
public struct Observation: Hashable, Sendable {
    /// Canonical period spec ("2025", "2025-01..2025-08", "..2026-03", "" when unknown).
    public var period: String
    /// The representative figure: the most precise one stated (exact before approximate before bounds).
    public var value: Double
    public var valueMax: Double?
    public var bound: Bound
    public var modality: Modality
    /// The values every merged statement allows (rounding and bounds included).
    public var interval: ValueInterval
    public var counter: String?
    /// Every statement of this fact, in document order.
    public var sources: [SourceRef]

    public init(period: String, value: Double, valueMax: Double? = nil, bound: Bound, modality: Modality,
                interval: ValueInterval, counter: String? = nil, sources: [SourceRef]) {
        self.period = period; self.value = value; self.valueMax = valueMax; self.bound = bound
        self.modality = modality; self.interval = interval; self.counter = counter; self.sources = sources
    }

    public var parsedPeriod: Period? { Period(spec: period) }

    /// The calendar year when the period is exactly one whole year.
    public var year: Int? {
        guard let p = parsedPeriod, let s = p.start, let e = p.end, s == e, s.month == nil else { return nil }
        return s.year
    }

    /// True for a part of a year (2025-01..2025-08, 2025-03) or a cumulative stock (..2026-03).
    public var isPartialPeriod: Bool {
        guard let p = parsedPeriod, !p.isUnknown else { return false }
        return year == nil && !(p.start.map { $0.month == nil } ?? false && p.end.map { $0.month == nil } ?? false)
    }
}

/// Two different values stated for the same series, period and modality.
public struct Conflict: Hashable, Sendable {
    public var key: SeriesKey
    public var label: String
    public var period: String
    public var modality: Modality
    public var first: Observation
    public var second: Observation
    /// |a − b| / min(|a|, |b|) of the two representative values.
    public var relativeDifference: Double
}

/// A metric for one subject and region over time.
public struct Series: Hashable, Sendable {
    public var key: SeriesKey
    /// The subject as the articles write it (the most frequent spelling).
    public var label: String
    /// The counter of a count series (台, 家), the most frequent one.
    public var counter: String?
    /// Observations ordered by period, then modality (actual, forecast, target).
    public var observations: [Observation]

    public init(key: SeriesKey, label: String, counter: String?, observations: [Observation]) {
        self.key = key; self.label = label; self.counter = counter; self.observations = observations
    }

    /// Whether another observation of the same period and modality disagrees with `o` (growth rates
    /// never conflict: `check` tests each against the levels).
    public func isConflicted(_ o: Observation) -> Bool {
        guard key.metric != "growth_rate" else { return false }
        return observations.contains {
            $0 != o && $0.period == o.period && $0.modality == o.modality && !SeriesSet.sideBySide($0.sources, o.sources)
        }
    }
}

/// All series built from a set of claims, with the conflicts found while merging.
public struct SeriesSet: Sendable {
    public let series: [Series]
    public let conflicts: [Conflict]
    public let claimCount: Int
    private let position: [SeriesKey: Int]

    public init(series: [Series], conflicts: [Conflict], claimCount: Int) {
        self.series = series; self.conflicts = conflicts; self.claimCount = claimCount
        var position: [SeriesKey: Int] = [:]
        for (i, s) in series.enumerated() where position[s.key] == nil { position[s.key] = i }
        self.position = position
    }

    public func series(_ key: SeriesKey) -> Series? { position[key].map { series[$0] } }

    /// Series whose id (`metric/region/subject/unit`) equals `query`, or that contain it.
    public func find(_ query: String) -> [Series] {
        if let exact = series.first(where: { $0.key.id == query }) { return [exact] }
        let q = Canonical.spelling(query)
        return series.filter { Canonical.spelling($0.key.id).contains(q) || Canonical.spelling($0.label).contains(q) }
    }

    /// Groups claims into series: one observation per distinct fact (key, period, modality, and
    /// values that agree), all its sources kept; disagreeing values become conflicts (except between
    /// growth rates, which `check` tests against the levels instead).
    public static func build(_ claims: [Claim]) -> SeriesSet {
        let sorted = claims.sorted { ($0.doc, $0.start, $0.end) < ($1.doc, $1.start, $1.end) }
        var order: [SeriesKey] = []
        var byKey: [SeriesKey: [Claim]] = [:]
        for c in sorted {
            let k = SeriesKey(claim: c)
            if byKey[k] == nil { order.append(k) }
            byKey[k, default: []].append(c)
        }
        var all: [Series] = []
        var conflicts: [Conflict] = []
        for key in order.sorted() {
            let group = byKey[key] ?? []
            var observations: [Observation] = []
            var seen = Set<SourceRef>()
            for c in group {
                let src = SourceRef(c)
                if seen.contains(src) { continue }
                seen.insert(src)
                let period = Canonical.period(c.period)
                let iv = ValueInterval.of(value: c.value, valueMax: c.valueMax, bound: c.bound, text: c.text)
                if let i = observations.firstIndex(where: { $0.period == period && $0.modality == c.modality && $0.interval.overlaps(iv) }) {
                    var o = observations[i]
                    o.interval = o.interval.intersection(iv) ?? o.interval
                    o.sources.append(src)
                    if precision(c.bound, c.valueMax) < precision(o.bound, o.valueMax) {
                        o.value = c.value; o.valueMax = c.valueMax; o.bound = c.bound
                    }
                    if o.counter == nil { o.counter = c.counter }
                    observations[i] = o
                } else {
                    observations.append(Observation(period: period, value: c.value, valueMax: c.valueMax, bound: c.bound,
                                                    modality: c.modality, interval: iv, counter: c.counter, sources: [src]))
                }
            }
            // an undated statement that agrees with exactly one dated fact is that fact restated
            // (headlines and summaries drop the date)
            for o in observations where o.period.isEmpty {
                let matches = observations.indices.filter {
                    !observations[$0].period.isEmpty && observations[$0].modality == o.modality && observations[$0].interval.overlaps(o.interval)
                }
                guard matches.count == 1, let undated = observations.firstIndex(of: o) else { continue }
                let i = matches[0]
                observations[i].sources = (observations[i].sources + o.sources).sorted()
                observations[i].interval = observations[i].interval.intersection(o.interval) ?? observations[i].interval
                observations.remove(at: undated)
            }
            observations.sort(by: observationOrder)
            // shown to people: the subject as the articles wrote it (spaces and case kept), the most common one
            let label = mostFrequent(group.map { $0.subject.trimmingCharacters(in: .whitespacesAndNewlines) }) ?? key.subject
            let counter = mostFrequent(group.compactMap(\.counter))
            let s = Series(key: key, label: label.isEmpty ? key.subject : label, counter: counter, observations: observations)
            all.append(s)
            // growth rates are tested against levels by the growth check, not against each other
            for (i, a) in observations.enumerated() where key.metric != "growth_rate" {
                for b in observations[(i + 1)...] where a.period == b.period && a.modality == b.modality {
                    // two figures a few words apart in one article (25项…，其中11项为…) are a whole and its
                    // part, or two measures the subject did not tell apart: no disagreement between sources
                    if sideBySide(a.sources, b.sources) { continue }
                    let d = min(abs(a.value), abs(b.value))
                    let rel = d > 0 ? abs(a.value - b.value) / d : .infinity
                    conflicts.append(Conflict(key: key, label: s.label, period: a.period, modality: a.modality,
                                              first: a, second: b, relativeDifference: rel))
                }
            }
        }
        return SeriesSet(series: all, conflicts: conflicts, claimCount: claims.count)
    }

    /// Whether every source of one observation stands within 80 characters of a source of the other in
    /// the same document.
    static func sideBySide(_ a: [SourceRef], _ b: [SourceRef]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.allSatisfy { x in b.contains { y in x.doc == y.doc && abs(x.start - y.start) <= 80 } }
    }

    static func precision(_ b: Bound, _ valueMax: Double?) -> Int {
        if valueMax != nil { return 2 }
        switch b {
        case .exact: return 0
        case .approx: return 1
        default: return 3
        }
    }

    static func observationOrder(_ a: Observation, _ b: Observation) -> Bool {
        let pa = a.parsedPeriod, pb = b.parsedPeriod
        let ka = periodSortKey(pa), kb = periodSortKey(pb)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        if a.modality != b.modality { return modalityRank(a.modality) < modalityRank(b.modality) }
        return (a.sources.first ?? SourceRef(doc: "", start: 0, end: 0, text: "")) < (b.sources.first ?? SourceRef(doc: "", start: 0, end: 0, text: ""))
    }

    /// Unknown periods last; otherwise by end point, then by start point.
    static func periodSortKey(_ p: Period?) -> [Int] {
        guard let p, !p.isUnknown else { return [Int.max] }
        func k(_ d: DatePoint?) -> [Int] { d.map { [$0.year, $0.month ?? 13, $0.day ?? 32] } ?? [0, 0, 0] }
        return k(p.end ?? p.start) + k(p.start)
    }

    static func modalityRank(_ m: Modality) -> Int {
        switch m { case .actual: 0; case .forecast: 1; case .target: 2 }
    }

    static func mostFrequent(_ xs: [String]) -> String? {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for (i, x) in xs.enumerated() where !x.isEmpty {
            counts[x, default: 0] += 1
            if first[x] == nil { first[x] = i }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : first[a.key]! > first[b.key]! }?.key
    }
}
