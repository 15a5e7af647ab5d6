/// A time expression found in text, with the span it resolves to.
public struct TimeMention: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// 2025年, 2025年3月, 3月29日
        case point
        /// 1—10月份, 2024年4月份—2025年3月份, 上半年, 前三季度, 3月25日至29日
        case span
        /// 截至2026年3月, 截至目前 (a cumulative span ending at a date)
        case cumulative
        /// 十四五 → 2021..2025
        case plan
        /// 今年, 去年, 年内 (resolved against the document date)
        case relative
        /// 到2030年, 2027年前 (the horizon of a target or forecast)
        case horizon
    }
    /// Unicode scalar offsets, end exclusive.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The resolved period; `.unknown` when it needs a document date that is not known.
    public var period: Period

    public init(start: Int, end: Int, kind: Kind, period: Period) {
        self.start = start; self.end = end; self.kind = kind; self.period = period
    }
}

/// Finds time expressions (the Time dimension).
///
/// Rules worth knowing:
/// - Years are 1900–2100 written with 年 (or 年度, 财年) after them, or as 2026-03-29; "30年" is a duration.
/// - Year-less months and days take the year of the nearest preceding year in the same sentence (。！？ or
///   a blank line ends a sentence), else the document date's year, minus one when the month would fall
///   more than a month after the document date.
/// - Fiscal years: "2024/25财年" runs 2024-04..2025-03; 上个财年 / 本财年 are resolved assuming an
///   April–March fiscal year (the common convention of Chinese-listed and Hong Kong companies that report
///   a split year); "2025财年" alone stays the year 2025 because the convention varies between companies.
/// - 截至目前 and 截至今年 end at the document date; "2025年以来" is 2025-01..DOCDATE.
/// - Horizons (到2030年, 至2027年, 2027年前, 到2030年底) have the year as their period.
public enum TimeExpressions {
    /// Every time expression in `text` (normalised scalars: ASCII digits), in document order, resolved
    /// against `docDate` where they are relative.
    public static func scan(_ text: NormalizedText, docDate: DatePoint?) -> [TimeMention] {
        var scanner = TimeScanner(text, docDate: docDate)
        return scanner.scan()
    }

    /// The most likely publication date judged from the text alone, or nil.
    public static func inferDocumentDate(_ text: NormalizedText) -> DocumentDate? {
        DocumentDateInference(text).infer()
    }

    /// Years written straight before an event's name (2026中关村论坛年会, 2025世界人工智能大会): the range covers the
    /// four digits only. They are part of a name, not quantities, and not time mentions of their own (the
    /// figures of the sentence keep the dates of the event).
    public static func eventNameYears(_ text: NormalizedText) -> [(year: Int, range: Range<Int>)] {
        DocumentDateInference(text).eventYears().map { (year: $0.0, range: $0.1..<($0.1 + 4)) }
    }

    /// The mention whose span contains `offset`, if any (`mentions` in document order, non-overlapping).
    public static func containing(_ mentions: [TimeMention], offset: Int) -> TimeMention? {
        guard let k = lastIndex(startingAtOrBefore: offset, in: mentions) else { return nil }
        return mentions[k].end > offset ? mentions[k] : nil
    }

    /// The last mention that ends at or before `offset` (the nearest time expression to the left).
    public static func preceding(_ mentions: [TimeMention], offset: Int) -> TimeMention? {
        guard var k = lastIndex(startingAtOrBefore: offset, in: mentions) else { return nil }
        if mentions[k].end > offset { k -= 1 }
        return k >= 0 ? mentions[k] : nil
    }

    /// The first mention that starts at or after `offset`.
    public static func following(_ mentions: [TimeMention], offset: Int) -> TimeMention? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < mentions.count ? mentions[lo] : nil
    }

    /// Binary search: index of the last mention with start <= offset.
    static func lastIndex(startingAtOrBefore offset: Int, in mentions: [TimeMention]) -> Int? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }
}
