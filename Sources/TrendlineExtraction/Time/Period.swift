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
        // written into a stack buffer (a spec is a small string: no allocation at all); the same text as
        // String(year) + "-" + (m < 10 ? "0" : "") + String(m) …
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 72) { buf in
            var n = DatePoint.write(year, to: buf, at: 0)
            if let m = month {
                buf[n] = 0x2D; n += 1
                if m < 10 { buf[n] = 0x30; n += 1 }
                n = DatePoint.write(m, to: buf, at: n)
                if let d = day {
                    buf[n] = 0x2D; n += 1
                    if d < 10 { buf[n] = 0x30; n += 1 }
                    n = DatePoint.write(d, to: buf, at: n)
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[..<n]), as: UTF8.self)
        }
    }

    /// Writes `String(v)` as ASCII at buf[n...] (at most 20 bytes) and returns the offset after it.
    private static func write(_ v: Int, to buf: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        var n = n
        if v < 0 { buf[n] = 0x2D; n += 1 }
        var m = v.magnitude
        var digits = 1
        var p: UInt = 10
        while digits < 20 && m >= p { digits += 1; if p > UInt.max / 10 { break }; p *= 10 }
        var k = n + digits
        repeat {
            k -= 1
            buf[k] = UInt8(truncatingIfNeeded: m % 10) + 0x30
            m /= 10
        } while k > n
        return n + digits
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
