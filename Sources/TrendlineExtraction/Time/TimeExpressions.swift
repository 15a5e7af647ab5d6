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
public enum TimeExpressions {
    /// Every time expression in `text` (normalised scalars: ASCII digits), in document order, resolved
    /// against `docDate` where they are relative.
    public static func scan(_ text: NormalizedText, docDate: DatePoint?) -> [TimeMention] {
        []
    }

    /// The most likely publication date judged from the text alone, or nil.
    public static func inferDocumentDate(_ text: NormalizedText) -> DocumentDate? {
        nil
    }
}
