/// Time that scopes (HeidelTime's reference time of a narrative): a time phrase that opens a sentence or a
/// heading line (上半年，全市… / 2024年上杭县…统计公报 / 前三季度，… / 12月27日，…) dates the figures after it that
/// state no time of their own, until another such phrase opens a sentence. Worked out once per document,
/// in one pass over its time mentions.
struct TimeScopes {
    /// The opening phrases, in document order: where each ends and the period it names.
    private var ends: [Int] = []
    private var periods: [Period] = []
    private let docDate: DatePoint?

    /// - Parameters:
    ///   - mentions: the document's time mentions, in order.
    ///   - docDate: a phrase naming a period that is not over by this date (2030年，… in a plan) opens no scope.
    init(_ s: [Unicode.Scalar], mentions: [TimeMention], segments: Segments, docDate: DatePoint?) {
        self.docDate = docDate
        var hint = 0
        for m in mentions {
            guard m.kind == .point || m.kind == .span || m.kind == .relative || m.kind == .plan, !m.period.isUnknown,
                  let start = m.period.start, let end = m.period.end else { continue }
            // a plan period opening a sentence (“十四五”期间，…) scopes a review of it once it has begun
            let plan = m.kind == .plan && docDate.map { start.year <= $0.year } ?? false
            if m.kind == .plan && !plan { continue }
            // a reporting period: a whole year or a run of months (上半年, 1—10月份, 前三季度), not a day or a
            // single month, which in news date an event rather than the figures after it
            if let month = start.month {
                guard start.year != end.year || month != end.month, start.day == nil || start.day == 1 else { continue }
            }
            // a relative phrase (上半年, 今年以来) is only as good as the document date it was resolved against
            if m.kind == .relative && docDate == nil { continue }
            if !plan, let d = docDate, end.year > d.year || (end.year == d.year && (end.month ?? 12) > (d.month ?? 12)) { continue }
            let si = segments.sentenceIndex(at: m.start, hint: hint)
            hint = si
            // (after a source, 数据显示，…, only a run of months: a year there is too often a passing mention)
            guard TimeScopes.opens(s, sentence: segments.sentences[si], at: m.start, afterSource: start.month != nil) else { continue }
            // what follows must not make it a base or a horizon (2024年以来 is a span of its own; 2023年相比…)
            guard !TimeScopes.followedByComparison(s, m.end) else { continue }
            ends.append(m.end)
            periods.append(m.period)
        }
    }

    /// The scope in force at `offset`: the period of the last opening phrase ending at or before it.
    func scope(at offset: Int) -> Period? {
        var lo = 0, hi = ends.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        if lo > 0 { return periods[lo - 1] }
        // before any phrase has opened a scope (an excerpt that starts mid-report, 從融資方式來看，IPO…): the first
        // one the text opens, when it is a run of months over by the document date (上半年, 一季度) — a reporting
        // period, not a year a story passes through
        guard let first = periods.first, let m = first.start?.month, let e = first.end, let em = e.month,
              m != em || first.start?.year != e.year, PeriodRules.closedBefore(first, docDate) else { return nil }
        return first
    }

    /// List enumerators a heading or an item may open with: 一、 （一） 1. 2、
    static let enumeratorEnds: Set<Unicode.Scalar> = ["、", ".", "．", ")", "）"]

    /// Whether the mention at `start` is the first thing in its sentence (after spaces, an enumerator, or 在),
    /// or, when `afterSource`, the first thing of the clause after one naming a source (数据显示，).
    static func opens(_ s: [Unicode.Scalar], sentence: Range<Int>, at start: Int, afterSource: Bool) -> Bool {
        var i = Scan.skipSpace(s, sentence.lowerBound)
        // an enumerator: up to three digits or numeral characters and its closing mark
        var j = i
        if j < start, s[j] == "(" || s[j] == "（" { j += 1 }
        let k = j
        while j < start && j - k < 3 && (Scan.isDigit(s[j]) || ChineseDigits.digit(s[j]) != nil || s[j] == "十") { j += 1 }
        if j > k, j < start, enumeratorEnds.contains(s[j]) { i = Scan.skipSpace(s, j + 1) }
        if i < start, s[i] == "在" { i += 1 }
        if i < start, s[i] == "“" || s[i] == "\"" || s[i] == "「" { i += 1 }  // “十四五”期间，…
        if i == start { return true }
        // at the start of a line (a sentence the segmenter ran on from a heading without a full stop)
        var l = start
        if l > sentence.lowerBound, s[l - 1] == "“" || s[l - 1] == "\"" || s[l - 1] == "「" { l -= 1 }
        while l > sentence.lowerBound, s[l - 1] == " " || s[l - 1] == "\t" { l -= 1 }
        if l > sentence.lowerBound, s[l - 1] == "\n" { return true }
        guard afterSource else { return false }
        // …发布的数据显示，2023年第四季度全球…: a period opening the clause after a statement of a source
        var b = Scan.skipSpaceBackward(s, start)
        guard b > sentence.lowerBound, Scan.isClauseBreak(s[b - 1]) else { return false }
        b = Scan.skipSpaceBackward(s, b - 1)
        return sourceVerbs.contains { w in b - w.count >= sentence.lowerBound && Scan.ends(s, w, at: b) }
    }

    /// Verbs that close a clause naming where figures come from (数据显示，…; 据统计，…).
    static let sourceVerbs: [[Unicode.Scalar]] = ["显示", "表明", "统计", "指出", "介绍", "称", "说"].map { Array($0.unicodeScalars) }

    static let comparisonWords = WordSet(["相比", "比较", "以来", "同期"].map { Array($0.unicodeScalars) })

    static func followedByComparison(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        comparisonWords.starts(s, at: Scan.skipSpace(s, end))
    }
}
