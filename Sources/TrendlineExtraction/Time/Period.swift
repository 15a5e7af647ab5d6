import Foundation

/// A calendar point at year, month or day precision.
public struct DatePoint: Hashable, Sendable, Comparable, Codable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year; self.month = month; self.day = day
    }

    /// "2025", "2025-03", "2025-03-29".
    public var spec: String {
        var s = String(year)
        if let m = month {
            s += "-" + (m < 10 ? "0" : "") + String(m)
            if let d = day { s += "-" + (d < 10 ? "0" : "") + String(d) }
        }
        return s
    }

    /// Parses "2025", "2025-03", "2025-03-29"; nil for anything else.
    public init?(spec: String) {
        let parts = spec.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let y = parts[0] else { return nil }
        year = y
        month = parts.count > 1 ? parts[1] : nil
        day = parts.count > 2 ? parts[2] : nil
        if let m = month, !(1...12).contains(m) { return nil }
        if let d = day, !(1...31).contains(d) { return nil }
    }

    public static func < (a: DatePoint, b: DatePoint) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

/// The time a value refers to: a point ("2025"), a span ("2021..2025"), a cumulative span up to a date
/// ("..2026-03"), or unknown (""). Spellings follow SPEC.md.
public struct Period: Hashable, Sendable {
    public var start: DatePoint?
    public var end: DatePoint?

    public init(start: DatePoint?, end: DatePoint?) { self.start = start; self.end = end }
    public init(_ point: DatePoint) { self.start = point; self.end = point }
    public static let unknown = Period(start: nil, end: nil)

    public var isUnknown: Bool { start == nil && end == nil }

    /// "2025", "2021..2025", "..2026-03", "" (unknown).
    public var spec: String {
        switch (start, end) {
        case (nil, nil): return ""
        case let (s?, e?) where s == e: return s.spec
        case let (s, e): return (s?.spec ?? "") + ".." + (e?.spec ?? "")
        }
    }

    public init?(spec: String) {
        if spec.isEmpty { self = .unknown; return }
        if let r = spec.range(of: "..") {
            let a = String(spec[..<r.lowerBound]), b = String(spec[r.upperBound...])
            let s = a.isEmpty ? nil : DatePoint(spec: a), e = b.isEmpty ? nil : DatePoint(spec: b)
            if (!a.isEmpty && s == nil) || (!b.isEmpty && e == nil) || (s == nil && e == nil) { return nil }
            self.init(start: s, end: e)
        } else {
            guard let p = DatePoint(spec: spec) else { return nil }
            self.init(p)
        }
    }
}

/// The date an article was published, and how Trendline knows it.
public struct DocumentDate: Hashable, Sendable {
    public enum Source: String, Sendable, Codable {
        /// --doc-date on the command line
        case flag
        /// front matter or a JSONL field the input carried
        case metadata
        /// inferred from the text (latest full date, dateline, an event's year)
        case inferred
    }
    public var point: DatePoint
    public var source: Source
    /// A short human-readable reason ("latest full date 2026年3月29日").
    public var evidence: String

    public init(point: DatePoint, source: Source, evidence: String = "") {
        self.point = point; self.source = source; self.evidence = evidence
    }
}
