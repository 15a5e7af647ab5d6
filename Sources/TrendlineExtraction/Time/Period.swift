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
        // specs made of ASCII digits, '-' and '.' (all the engine writes) are read from their bytes
        var bytes = spec
        if let fast = bytes.withUTF8({ DatePoint.parse($0) }) {
            guard let p = fast else { return nil }
            self = p
            return
        }
        let parts = spec.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let y = parts[0] else { return nil }
        year = y
        month = parts.count > 1 ? parts[1] : nil
        day = parts.count > 2 ? parts[2] : nil
        if let m = month, !(1...12).contains(m) { return nil }
        if let d = day, !(1...31).contains(d) { return nil }
    }

    /// `DatePoint(spec:)` of ASCII bytes when they are all digits, '-' or '.': .some(nil) for an invalid
    /// spec, nil when other bytes are present (the caller then reads the spec as a string). Same results:
    /// parts split at '-' (empty ones kept), each a decimal Int (a '.' or an overflow makes it none),
    /// one to three parts, month 1–12, day 1–31.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> DatePoint?? {
        for c in b where !((c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E) { return nil }
        var values = (0, 0, 0)
        var part = 0, digits = 0, v = 0
        var valid = true
        func close() {
            if digits == 0 { valid = false }
            switch part {
            case 0: values.0 = v
            case 1: values.1 = v
            case 2: values.2 = v
            default: valid = false
            }
            part += 1; digits = 0; v = 0
        }
        for c in b {
            if c == 0x2D { close(); continue }
            if c == 0x2E { valid = false; continue }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(c - 0x30))
            if o1 || o2 { valid = false }
            v = a
            digits += 1
        }
        close()
        guard valid, part <= 3 else { return .some(nil) }
        let month: Int? = part > 1 ? values.1 : nil
        let day: Int? = part > 2 ? values.2 : nil
        if let m = month, !(1...12).contains(m) { return .some(nil) }
        if let d = day, !(1...31).contains(d) { return .some(nil) }
        return .some(DatePoint(year: values.0, month: month, day: day))
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

    /// The same months and days moved `years` on (negative: back), or placed in `year`.
    func shifted(years: Int) -> Period {
        func move(_ p: DatePoint?) -> DatePoint? { p.map { DatePoint(year: $0.year + years, month: $0.month, day: $0.day) } }
        return Period(start: move(start), end: move(end))
    }

    public var isUnknown: Bool { start == nil && end == nil }

    /// `Period(spec:)` of a non-empty spec of ASCII digits, '-' and '.' read from its bytes (.some(nil) when
    /// invalid); nil when other bytes are present. Cut at the first "..", each side read as a DatePoint.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Period?? {
        for c in b where !((c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E) { return nil }
        var cut = -1
        if b.count >= 2 { for i in 0..<(b.count - 1) where b[i] == 0x2E && b[i + 1] == 0x2E { cut = i; break } }
        guard cut >= 0 else {
            guard let p = DatePoint.parse(b)! else { return .some(nil) }
            return .some(Period(p))
        }
        let a = UnsafeBufferPointer(rebasing: b[..<cut]), e = UnsafeBufferPointer(rebasing: b[(cut + 2)...])
        let start = a.isEmpty ? nil : DatePoint.parse(a)!, end = e.isEmpty ? nil : DatePoint.parse(e)!
        if (!a.isEmpty && start == nil) || (!e.isEmpty && end == nil) || (start == nil && end == nil) { return .some(nil) }
        return .some(Period(start: start, end: end))
    }

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
        var bytes = spec
        if let fast = bytes.withUTF8({ Period.parse($0) }) {
            guard let p = fast else { return nil }
            self = p
            return
        }
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
        /// the page's own publication stamp (2025-04-26 20:20:39, 发布时间：2025-08-21, a byline's date)
        case stamp
        /// a news dateline with month and day (新华社广州1月15日电), its year from the text
        case dateline
        /// inferred from the text (the latest date or period it reports as past, an event's year)
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
