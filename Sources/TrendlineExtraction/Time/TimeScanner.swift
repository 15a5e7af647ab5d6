import Foundation

/// One left-to-right pass over normalised scalars that recognises time expressions.
///
/// Grammar (whitespace of up to four scalars, at most one line break, may sit between any two parts,
/// because PDF-extracted text breaks lines inside expressions):
///
///     mention    := "截至" (present | date)            -> cumulative ..END
///                 | ("到" | "至") date                  -> horizon (period: the year, or the month if written)
///                 | date ["以来" | "前" | "以前" | "之前"]
///     date       := core [dash core']                  -> span; core' may omit the year, or be a bare day
///     core       := year [season | 底/末/初 | month [day]]
///                 | relativeYear [season | 底/末/初 | month [day]]
///                 | relativeFiscalYear | relativeMonth | plan | season | month [day]
///
/// Year-less months and days take the year of the nearest preceding year in the same sentence, else the
/// document date's year (minus one when that would put them more than a month after the document date).
struct TimeScanner {
    let s: [Unicode.Scalar]
    let n: Int
    let docDate: DatePoint?
    /// Year of the last mention in the current sentence (reset at 。！？ and blank lines).
    var sentenceYear: Int?
    /// Year of the last explicitly written year anywhere before (for 当年 / 同年).
    var lastExplicitYear: Int?
    /// Year of the last year spoken of anywhere before, written (2024年) or relative (今年): for 全年 alone.
    var lastYear: Int?

    init(_ text: NormalizedText, docDate: DatePoint?) {
        s = TimeScanner.timeFold(text.scalars); n = s.count; self.docDate = docDate
    }

    /// Traditional forms of the characters time expressions use, beyond what NormalizedText already folds
    /// (以來, 財年, 當年, 時期, 期間, 前後, 內 …); one-to-one, so offsets are unchanged.
    /// The Traditional forms time expressions use (以來, 財年, 當年 …) are folded by NormalizedText.
    @inline(__always)
    static func timeFold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] { scalars }

    // MARK: - Intermediate result

    /// A parsed core date: start and end parts; a nil year means "unknown" (needs a document date).
    struct Core {
        var end: Int
        var y1: Int?, m1: Int?, d1: Int?
        var y2: Int?, m2: Int?, d2: Int?
        /// Some year was resolved against the document date (今年, 上个财年, 本月).
        var relative = false
        /// A year was written out (2025年, 二〇二五年).
        var explicitYear = false
        /// The expression is 今年 / 年内 alone (the current year as a whole).
        var currentYearOnly = false
        var plan = false
        /// A month was written out (not only implied by 底/末/初 or a season).
        var explicitMonth = false
        /// An unresolvable part: year needed but unknown.
        var unknown = false
        /// The year was taken from the document date (a year-less month or season, no year in the sentence).
        var yearFromDoc = false

        var startPoint: DatePoint? { y1.map { DatePoint(year: $0, month: m1, day: m1 == nil ? nil : d1) } }
        var endPoint: DatePoint? { y2.map { DatePoint(year: $0, month: m2, day: m2 == nil ? nil : d2) } }
        var isSpan: Bool { y1 != y2 || m1 != m2 || d1 != d2 }
    }

    // MARK: - Main loop

    mutating func scan() -> [TimeMention] {
        var out: [TimeMention] = []
        var i = 0
        // (the statics read once per document, not per position: each read is a swift_once call)
        let stops = TimeScanner.loopStops, second = TimeScanner.secondAfterStart, timeStart = CharSets.timeStart
        let englishStarts = TimeScanner.englishMentionStarts, englishPairs = TimeScanner.englishMentionPairs
        while i < n {
            // most scalars (ideographs other than the few below) take part in nothing here: skipped in a
            // tight loop with one bit test each
            i = stops.next(in: s, from: i)
            guard i < n else { break }
            let c = s[i]
            if c == "。" || c == "！" || c == "？" || c == "!" || c == "?"
                || (c == "." && i > 0 && isLetter(s[i - 1]) && (i + 1 == n || s[i + 1] == " " || s[i + 1] == "\n")) {
                sentenceYear = nil; i += 1; continue
            }
            if c == "\n" {
                var j = i + 1
                while j < n, s[j] == " " || s[j] == "\t" || s[j] == "\r" { j += 1 }
                if j < n, s[j] == "\n" { sentenceYear = nil }
                i += 1; continue
            }
            // inside a number (a digit after a digit, a letter, a point …) no Chinese expression starts: every
            // form that starts with a digit (year, month, day, quarter) refuses such a digit first
            // (debug builds check it)
            if isDigit(c) && precededByNumberish(i) {
                assert({ var probe = self; return probe.mention(at: i) == nil }(), "a mention starts inside a number")
            } else if isDigit(c) ? !mayStartDigits(i) : timeStart.contains(c) && !mayStartChinese(i, second) {
                assert({ var probe = self; return probe.mention(at: i) == nil }(), "mayStartChinese/Digits misses a mention")
            } else if TimeScanner.mayStart(c), let m = mention(at: i) {
                out.append(m)
                i = max(m.end, i + 1)
                continue
            }
            let latinDigits = isDigit(c) && digitsRunIntoLatin(i)
            if isLetter(c) && (!englishStarts.contains(c) || !mayStartEnglish(i, englishPairs))
                || latinDigits && !mayStartEnglishDigits(i) {
                assert({ var probe = self; return probe.englishMention(at: i) == nil }(), "an English mention is missed")
            } else if isLetter(c) || latinDigits, i == 0 || !isLetter(s[i - 1]), let m = englishMention(at: i) {
                out.append(m)
                i = max(m.end, i + 1)
                continue
            }
            if isLetter(c) {  // skip the rest of an English word
                while i < n, isLetter(s[i]) { i += 1 }
                continue
            }
            i += 1
        }
        return out
    }

    /// English date forms that start with digits ("2025 sales", "29 March") continue in Latin text; digits
    /// followed by a Chinese character start none (a cheap test before trying them).
    @inline(__always)
    func digitsRunIntoLatin(_ i: Int) -> Bool {
        var j = i
        while j < n, isDigit(s[j]) || s[j] == "," || s[j] == "." { j += 1 }
        return j >= n || !(s[j].value >= 0x3000)
    }

    /// Whether an English mention can start at the digit s[i]: a year (four digits, 1900–2100) or a day
    /// (one or two digits before a word: 29 March, 1st May). Most figures followed by %, a comma or a space
    /// are neither. (Debug builds check it against `englishMention(at:)`.)
    @inline(__always)
    func mayStartEnglishDigits(_ i: Int) -> Bool {
        let (v, count, e) = digits(i)
        if count == 4 { return (1900...2100).contains(v) }
        guard count <= 2, e < n else { return false }
        if isLetter(s[e]) { return true }
        let k = ws(e)
        return k < n && isLetter(s[k])
    }

    /// The scalars the main loop does anything at: sentence ends, line breaks, digits, ASCII letters and
    /// the scalars a Chinese time expression starts with.
    static let loopStops = CharSet("。！？!?.\n0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                   + CharSets.timeStartScalars)

    /// Every scalar that can follow the first of a Chinese time expression starting with neither a digit
    /// nor 截/到/至/年 (see `mayStartChinese`).
    static let secondAfterStart = CharSet("年〇○零一二三四五六七八九个财前月十半两1234季")

    /// Whether a time expression can start at the Chinese (non-digit) scalar s[i], judged from it and the
    /// next: a necessary condition of every form `mention(at:)` reads (most 上, 同, 本, 一 … start none,
    /// and trying the forms one by one costs more). Derived from the grammar:
    /// 截至/截止; 到/至 + (digit, Chinese digit, 年, ?年, 上本新这当今); 年内/年底/年末/年初; 全年; otherwise the second
    /// scalar is 年 (今年, 上年 …), a Chinese digit (二〇二五年), 个/一/财/前/年 (上个财年, 当前财年), 月/个
    /// (本月, 这个月), 十 (“十四五”), 一…六 (十四五), 半 (上半年), 三/两/二 (前三季度), 一二三四1234 (第一季度)
    /// or 季 (一季度). (Debug builds check it against `mention(at:)`.)
    @inline(__always)
    func mayStartChinese(_ i: Int, _ second: CharSet) -> Bool {
        let c = s[i]
        if c == "到" || c == "至" {
            let j = ws(i + 1)
            guard j < n else { return false }
            let d = s[j]
            return isDigit(d) || TimeScanner.zhDigit(d) != nil || d == "年" || (j + 1 < n && s[j + 1] == "年")
                || CharSets.c14.contains(d)
        }
        guard i + 1 < n else { return false }
        let d = s[i + 1]
        if c == "截" { return d == "至" || d == "止" }
        if c == "年" { return d == "内" || d == "底" || d == "末" || d == "初" }
        return second.contains(d)
    }

    /// Whether a Chinese time expression can start at the digit s[i] (not inside a number): a year has four
    /// digits, a month one or two before 月 or a dash (1—10月), a quarter one before 季 (1季度). Other figures
    /// (300亿, 1.5%, 12,000) start none, and trying every form at them costs more.
    @inline(__always)
    func mayStartDigits(_ i: Int) -> Bool {
        var e = i
        while e < n, isDigit(s[e]) { e += 1 }
        let count = e - i
        if count == 4 { return true }
        guard count <= 2, e < n else { return false }
        if count == 1, s[e] == "季" { return true }
        let j = ws(e)
        return j < n && (s[j] == "月" || isDash(s[j]))
    }

    @inline(__always)
    static func mayStart(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30 && c.value <= 0x39) || CharSets.timeStart.contains(c)
    }

    // MARK: - Mentions

    mutating func mention(at i: Int) -> TimeMention? {
        // 截至 … : a cumulative span ending at a date
        if s[i] == "截", let p = word(i, Self.w0) {
            let j = ws(p)
            if let q = word(j, Self.w1) {
                return TimeMention(start: i, end: q, kind: .cumulative,
                                   period: docDate.map { Period(start: nil, end: $0) } ?? .unknown)
            }
            if let c = date(at: j) {
                note(c)
                // 截至2025年6月30日止六个月: the N months that end then (a results period), not a stock
                if !c.unknown, let e = c.endPoint, let em = e.month, let (months, end) = monthsEnding(after: c.end), months <= 12 * 5 {
                    let first = e.year * 12 + (em - 1) - (months - 1)
                    return TimeMention(start: i, end: end, kind: .span,
                                       period: Period(start: DatePoint(year: first / 12, month: first % 12 + 1),
                                                      end: DatePoint(year: e.year, month: em)))
                }
                let endPoint: DatePoint? = c.currentYearOnly ? docDate : c.endPoint
                let period = (c.unknown || endPoint == nil) ? Period.unknown : Period(start: nil, end: endPoint)
                return TimeMention(start: i, end: c.end, kind: .cumulative, period: period)
            }
            return nil
        }
        // 到 2030年 / 至2027年 : the horizon of a target or forecast
        if s[i] == "到" || s[i] == "至" {
            let j = ws(i + 1)
            guard j < n, !isDash(s[j]), var c = core(at: j), c.explicitYear || c.relative else { return nil }
            // 到2030年底前
            var end = c.end
            let k = ws(end)
            if let q = word(k, Self.w2), !isBeforeSeason(q) { end = q }
            c.end = end
            note(c)
            return TimeMention(start: i, end: end, kind: .horizon, period: horizonPeriod(c))
        }
        guard var c = date(at: i) else { return nil }
        note(c)
        let k = ws(c.end)
        if let q = word(k, Self.w3) {
            // 2025年以来 -> 2025-01..DOCDATE
            guard let a = c.startPoint, !c.unknown else {
                return TimeMention(start: i, end: q, kind: .span, period: .unknown)
            }
            let start = a.month == nil ? DatePoint(year: a.year, month: 1) : a
            return TimeMention(start: i, end: q, kind: .span, period: Period(start: start, end: docDate))
        }
        if !c.plan, !c.explicitMonth, c.y1 == c.y2, c.explicitYear || c.relative, c.m1 == nil || c.m1 == 12,
           let q = word(k, Self.w2), !isBeforeSeason(q) {
            c.end = q
            return TimeMention(start: i, end: q, kind: .horizon, period: horizonPeriod(c))
        }
        let kind: TimeMention.Kind = c.plan ? .plan : c.relative ? .relative : c.isSpan ? .span : .point
        let period = c.unknown ? Period.unknown : Period(start: c.startPoint, end: c.endPoint)
        return TimeMention(start: i, end: c.end, kind: kind, period: period)
    }

    /// 止六个月 / 止12个月 (止 then N months) after a 截至 date: N and where the phrase ends.
    func monthsEnding(after i: Int) -> (Int, Int)? {
        var k = ws(i)
        guard k < n, s[k] == "止" else { return nil }
        k = ws(k + 1)
        guard k < n else { return nil }
        var v = 0
        if isDigit(s[k]) {
            let (d, count, e) = digits(k)
            guard count <= 2 else { return nil }
            v = d; k = e
        } else if s[k] == "十" {
            v = 10; k += 1
            if k < n, let d = TimeScanner.zhDigit(s[k]), d > 0 { v += d; k += 1 }
        } else if let d = TimeScanner.zhDigit(s[k]), d > 0 {
            v = d; k += 1
            if k < n, s[k] == "十" { v *= 10; k += 1; if k < n, let d2 = TimeScanner.zhDigit(s[k]), d2 > 0 { v += d2; k += 1 } }
        } else { return nil }
        if k < n, s[k] == "个" { k += 1 }
        guard v > 0, k < n, s[k] == "月" else { return nil }
        return (v, k + 1)
    }

    /// "前" that begins 前后 / 前夕 / 前三季度 is not "before".
    func isBeforeSeason(_ afterQian: Int) -> Bool {
        guard afterQian < n else { return false }
        let c = s[afterQian]
        // 前后, 前夕, 前三季度, 前列, 前景, 前瞻, 前沿, 前进, 前期, 前端, 前往, 前身, 前提, 前面, 前几, 前十 …
        return isDigit(c) || TimeScanner.zhDigit(c) != nil
            || CharSets.c9.contains(c)
    }

    func horizonPeriod(_ c: Core) -> Period {
        guard !c.unknown, let y = c.y2 else { return .unknown }
        if c.explicitMonth, let e = c.endPoint { return Period(e) }
        return Period(DatePoint(year: y))
    }

    mutating func note(_ c: Core) {
        if let y = c.y2 ?? c.y1 { sentenceYear = y }
        if c.explicitYear, let y = c.y2 ?? c.y1 { lastExplicitYear = y }
        if c.explicitYear || c.relative, let y = c.y2 ?? c.y1 { lastYear = y }
    }

    /// A core date, optionally followed by a dash and a second core (a span).
    mutating func date(at i: Int) -> Core? {
        guard var a = core(at: i) else { return nil }
        if a.plan { return a }
        let j = ws(a.end)
        guard j < n, let afterDash = dash(j) else { return a }
        let k = ws(afterDash)
        guard k < n else { return a }
        // 3月25日至29日
        if a.d2 != nil, let d = day(at: k) {
            if d.d1 >= (a.d2 ?? 0) {
                a.d2 = d.d2; a.end = d.end
                return a
            }
            return a
        }
        let saved = sentenceYear
        if let y = a.y2 { sentenceYear = y }
        guard let b = core(at: k), !b.plan, !b.currentYearOnly || b.relative else { sentenceYear = saved; return a }
        sentenceYear = saved
        // Same granularity expected: a month span needs months on both sides etc. Inherit what B omits.
        var y2 = b.y2, m2 = b.m2, d2 = b.d2
        if !b.explicitYear && !b.relative, let ay = a.y2 { y2 = ay }
        if b.m2 == nil, a.m2 != nil, b.explicitYear == false, !b.relative { m2 = a.m2 }
        if d2 != nil && m2 == nil { return a }
        // If B without a written year falls before A, it is in the next year (12月至次年1月).
        if let ya = a.y1, let yb = y2,
           (yb, m2 ?? 0, d2 ?? 0) < (ya, a.m1 ?? 0, a.d1 ?? 0) {
            if b.explicitYear || b.relative { return a }
            y2 = yb + 1
        }
        a.y2 = y2; a.m2 = m2; a.d2 = d2
        // 1月-11月 read in March 2026: a year-less span that would end after the document date is last year's
        if a.yearFromDoc, !b.explicitYear, !b.relative, let d = docDate, let dm = d.month, let ya = a.y1, let yb = y2,
           let mb = m2, yb * 12 + mb > d.year * 12 + dm + 1 {
            a.y1 = ya - 1; a.y2 = yb - 1
        }
        a.end = b.end
        a.relative = a.relative || b.relative
        a.explicitYear = a.explicitYear || b.explicitYear
        a.explicitMonth = a.explicitMonth || b.explicitMonth
        a.unknown = a.unknown || b.unknown
        a.currentYearOnly = false
        return a
    }

    // MARK: - Cores

    mutating func core(at i: Int) -> Core? {
        guard i < n else { return nil }
        if let y = year(at: i) {
            var c = Core(end: y.end, y1: y.y1, m1: y.m1, d1: y.d, y2: y.y2, m2: y.m2, d2: y.d)
            c.explicitYear = true
            if y.d != nil { c.explicitMonth = true; return c }
            if y.fiscal, y.y2 == y.y1 + 1, y.m1 == 4, let p = fiscalPart(at: y.end) {
                applyFiscalPart(&c, p, startYear: y.y1)
                c.end = p.end
                return c
            }
            if y.y1 != y.y2 || y.fiscal { return c }
            extendAfterYear(&c, chinese: y.chinese)
            return c
        }
        if let r = relativeYear(at: i) {
            var c = Core(end: r.end, y1: r.year, y2: r.year)
            c.relative = true
            c.unknown = r.year == nil
            if r.standalone { c.currentYearOnly = r.current; return c }
            let before = c.end
            extendAfterYear(&c, chinese: false)
            if c.end == before { c.currentYearOnly = r.current }
            return c
        }
        if let f = relativeFiscal(at: i) { return f }
        if let m = relativeMonth(at: i) { return m }
        if let p = plan(at: i) { return p }
        // 年底 / 年末 / 年初 alone: the end or start of the sentence's year, else the document's
        if s[i] == "年", let q = word(i, Self.w4), !(i > 0 && yearlessBlocked(s[i - 1])) {
            let m = s[i + 1] == "初" ? 1 : 12
            let y = sentenceYear ?? docDate?.year
            var c = Core(end: q, y1: y, m1: m, y2: y, m2: m)
            c.relative = sentenceYear == nil
            c.unknown = y == nil
            return c
        }
        // 全年 alone in a sentence that names no year (2024年，…。…全年中标项目超过1500个): the whole of the year
        // last spoken of, kept within the document's year and the one before (a base year named last,
        // 2023年这一数字为…, is not the one reported on); a sentence that names its year keeps it
        // (not while the document's date is being inferred: it says nothing of when the article was written;
        // not 上个财年全年, the whole of the year just named)
        if s[i] == "全", sentenceYear == nil, let d = docDate?.year, !(i > 0 && s[i - 1] == "年"),
           let q = word(i, Self.w14) {
            let y = min(d, max(d - 1, lastYear ?? d))
            var c = Core(end: q, y1: y, y2: y)
            c.relative = lastYear == nil
            return c
        }
        if let se = season(at: i, afterYear: false) {
            let y = contextYear(month: se.m1)
            var c = Core(end: se.end, y1: y, m1: se.m1, y2: y, m2: se.m2)
            c.unknown = y == nil
            return c
        }
        if let m = month(at: i, chinese: false) {
            var c = Core(end: m.end, y1: nil, m1: m.m1, y2: nil, m2: m.m2)
            c.explicitMonth = true
            let j = ws(m.end)
            if m.m1 == m.m2, let d = day(at: j) { c.d1 = d.d1; c.d2 = d.d2; c.end = d.end }
            let y = contextYear(month: m.m2)
            c.y1 = y; c.y2 = y; c.unknown = y == nil
            c.yearFromDoc = sentenceYear == nil
            return c
        }
        return nil
    }

    /// After a year: season, 底/末/初, or month [day].
    func extendAfterYear(_ c: inout Core, chinese: Bool) {
        let j = ws(c.end)
        guard j < n else { return }
        if let se = season(at: j, afterYear: true) {
            c.end = se.end
            if !se.wholeYear { c.m1 = se.m1; c.m2 = se.m2 }
            return
        }
        if let q = word(j, Self.w5) { c.m1 = 12; c.m2 = 12; c.end = q; return }
        if let q = word(j, Self.w6) { c.m1 = 1; c.m2 = 1; c.end = q; return }
        if let m = month(at: j, chinese: chinese) {
            c.m1 = m.m1; c.m2 = m.m2; c.end = m.end; c.explicitMonth = true
            let k = ws(m.end)
            if m.m1 == m.m2, let d = day(at: k, chinese: chinese) { c.d1 = d.d1; c.d2 = d.d2; c.end = d.end }
        }
    }

    /// The year for a year-less month: the sentence's year, else the document's (previous year if the
    /// month would fall more than a month after the document date).
    func contextYear(month: Int?) -> Int? {
        if let y = sentenceYear { return y }
        guard let d = docDate else { return nil }
        if let m = month, let dm = d.month, (d.year * 12 + m) > (d.year * 12 + dm + 1) { return d.year - 1 }
        return d.year
    }

    // MARK: - Atoms

    struct YearAtom {
        var y1: Int; var y2: Int; var m1: Int?; var m2: Int?; var d: Int?
        var end: Int; var fiscal: Bool; var chinese: Bool
    }

    /// "-03-29" after a year: month and day with the same separator, not followed by another digit.
    func numericDate(_ i: Int, sep: Unicode.Scalar) -> (m: Int, d: Int, end: Int)? {
        let (m, cm, e1) = digits(i + 1)
        guard (1...2).contains(cm), (1...12).contains(m), e1 < n, s[e1] == sep else { return nil }
        let (d, cd, e2) = digits(e1 + 1)
        guard (1...2).contains(cd), (1...31).contains(d) else { return nil }
        if e2 < n, s[e2] == sep || s[e2] == "." || isLetter(s[e2]) { return nil }
        return (m, d, e2)
    }

    func year(at i: Int) -> YearAtom? {
        if isDigit(s[i]) {
            guard !precededByNumberish(i) else { return nil }
            let (v, cnt, e) = digits(i)
            guard cnt == 4, (1900...2100).contains(v) else { return nil }
            let j = ws(e)
            guard j < n else { return nil }
            // 2026-03-29, 2026/3/29, 2026.03.29 (a full numeric date; no spaces inside)
            if e < n, s[e] == "-" || s[e] == "/" || s[e] == ".", let d = numericDate(e, sep: s[e]) {
                return YearAtom(y1: v, y2: v, m1: d.m, m2: d.m, d: d.d, end: d.end, fiscal: false, chinese: false)
            }
            if s[j] == "年" {
                var end = j + 1
                if end < n, s[end] == "度" { end += 1 }
                return YearAtom(y1: v, y2: v, end: end, fiscal: false, chinese: false)
            }
            if let q = word(j, Self.w7) {
                return YearAtom(y1: v, y2: v, end: q, fiscal: true, chinese: false)
            }
            // 2024/25财年, 2024/2025财年
            if s[j] == "/" {
                let (v2, c2, e2) = digits(j + 1)
                let next = c2 == 2 ? (v / 100) * 100 + v2 : v2
                if (c2 == 2 || c2 == 4), next == v + 1, let q = word(ws(e2), Self.w8) {
                    return YearAtom(y1: v, y2: v + 1, m1: 4, m2: 3, end: q, fiscal: true, chinese: false)
                }
                return nil
            }
            // 2024、2025年 / 2023和2024年: the first years of an enumeration ending in 年
            if enumerationEndsInYear(after: j) {
                return YearAtom(y1: v, y2: v, end: e, fiscal: false, chinese: false)
            }
            // 2021-2025年, 2023至2025年
            if let ad = dash(j) {
                let k = ws(ad)
                guard k < n, isDigit(s[k]) else { return nil }
                let (v2, c2, e2) = digits(k)
                let l = ws(e2)
                if c2 == 4, v2 > v, v2 <= 2100, l < n, s[l] == "年" {
                    return YearAtom(y1: v, y2: v2, end: l + 1, fiscal: false, chinese: false)
                }
            }
            return nil
        }
        // 二〇二五年
        guard TimeScanner.zhDigit(s[i]) != nil else { return nil }
        if i > 0, TimeScanner.zhDigit(s[i - 1]) != nil || s[i - 1] == "十" { return nil }
        var v = 0
        var k = 0
        while k < 4, i + k < n, let d = TimeScanner.zhDigit(s[i + k]) { v = v * 10 + d; k += 1 }
        guard i + k < n, s[i + k] == "年" else { return nil }
        if k == 4, (1900...2100).contains(v) { return YearAtom(y1: v, y2: v, end: i + 5, fiscal: false, chinese: true) }
        // 一一四年: a year of the Republic of China calendar, written digit by digit as Taiwan's statistics
        // offices write it (114 + 1911 = 2025); mainland text never writes a year so
        if k == 3, s[i] == "一", (100...199).contains(v) {
            return YearAtom(y1: v + 1911, y2: v + 1911, end: i + 4, fiscal: false, chinese: true)
        }
        return nil
    }

    /// At a separator (、 和 与 及 或) followed by more four-digit years, the last of which carries 年.
    func enumerationEndsInYear(after j: Int) -> Bool {
        var k = j
        for _ in 0..<8 {
            guard k < n, s[k] == "、" || s[k] == "和" || s[k] == "与" || s[k] == "及" || s[k] == "或" else { return false }
            let a = ws(k + 1)
            guard a < n, isDigit(s[a]) else { return false }
            let (v, cnt, e) = digits(a)
            guard cnt == 4, (1900...2100).contains(v) else { return false }
            let b = ws(e)
            if b < n, s[b] == "年" { return true }
            k = b
        }
        return false
    }

    static func zhDigit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "○", "零": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// 1..12 月[份], or 1—10月[份]; with 底/末/初/上旬/中旬/下旬 consumed.
    func month(at i: Int, chinese: Bool) -> (m1: Int, m2: Int, end: Int)? {
        guard i < n else { return nil }
        var m1 = 0, m2 = 0, e = 0
        if isDigit(s[i]) {
            guard !precededByNumberish(i) else { return nil }
            if i >= 1, s[i - 1] == "每" || (i >= 2 && s[i - 2] == "每" && s[i - 1] == "年") { return nil }  // 每年3月
            let (v, cnt, e1) = digits(i)
            guard cnt <= 2, (1...12).contains(v) else { return nil }
            let j = ws(e1)
            guard j < n else { return nil }
            if s[j] == "月" {
                m1 = v; m2 = v; e = j + 1
            } else if let ad = dash(j) {
                let k = ws(ad)
                guard k < n, isDigit(s[k]) else { return nil }
                let (v2, c2, e2) = digits(k)
                let l = ws(e2)
                guard c2 <= 2, (1...12).contains(v2), v2 > v, l < n, s[l] == "月" else { return nil }
                m1 = v; m2 = v2; e = l + 1
            } else { return nil }
        } else if chinese, let (v, e1) = zhSmall(i), (1...12).contains(v), e1 < n, s[e1] == "月" {
            m1 = v; m2 = v; e = e1 + 1
        } else { return nil }
        if e < n, s[e] == "份" { e += 1 }
        if let q = word(e, Self.w9) { e = q }
        return (m1, m2, e)
    }

    /// 1..31 日/号, or 25-29日.
    func day(at i: Int, chinese: Bool = false) -> (d1: Int, d2: Int, end: Int)? {
        guard i < n else { return nil }
        if chinese, let (v, e1) = zhSmall(i), (1...31).contains(v), e1 < n, s[e1] == "日" || s[e1] == "号" {
            return (v, v, e1 + 1)
        }
        guard isDigit(s[i]), !precededByNumberish(i) else { return nil }
        let (v, cnt, e1) = digits(i)
        guard cnt <= 2, (1...31).contains(v) else { return nil }
        let j = ws(e1)
        guard j < n else { return nil }
        if s[j] == "日" || s[j] == "号" {
            // 号 followed by 线/楼/院 is an address or line number
            if s[j] == "号", j + 1 < n, CharSets.c10.contains(s[j + 1]) { return nil }
            return (v, v, j + 1)
        }
        if let ad = dash(j) {
            let k = ws(ad)
            guard k < n, isDigit(s[k]) else { return nil }
            let (v2, c2, e2) = digits(k)
            let l = ws(e2)
            guard c2 <= 2, (1...31).contains(v2), v2 > v, l < n, s[l] == "日" || s[l] == "号" else { return nil }
            return (v, v2, l + 1)
        }
        return nil
    }

    /// 十二, 三, 二十一 … (1..31) written in Chinese numerals.
    func zhSmall(_ i: Int) -> (Int, Int)? {
        guard i < n else { return nil }
        var k = i, v = 0
        if s[k] == "十" {
            v = 10; k += 1
            if k < n, let d = TimeScanner.zhDigit(s[k]), d > 0 { v += d; k += 1 }
            return (v, k)
        }
        guard let d = TimeScanner.zhDigit(s[k]), d > 0 else { return nil }
        k += 1
        if k < n, s[k] == "十" {
            v = d * 10; k += 1
            if k < n, let d2 = TimeScanner.zhDigit(s[k]), d2 > 0 { v += d2; k += 1 }
            return (v, k)
        }
        return (d, k)
    }

    /// 上半年, 下半年, (前)(第)N季度, Q1, 全年, 前N个月.
    func season(at i: Int, afterYear: Bool) -> (m1: Int, m2: Int, end: Int, wholeYear: Bool)? {
        guard let se = seasonSpan(at: i, afterYear: afterYear) else { return nil }
        // 一季度末, 上半年末: the last month of the season
        if !se.wholeYear, se.end < n, s[se.end] == "末" || s[se.end] == "底" {
            return (se.m2, se.m2, se.end + 1, false)
        }
        return se
    }

    func seasonSpan(at i: Int, afterYear: Bool) -> (m1: Int, m2: Int, end: Int, wholeYear: Bool)? {
        guard i < n, CharSets.c11.contains(s[i]) else { return nil }
        if let q = word(i, Self.w10) { return (1, 6, q, false) }
        if let q = word(i, Self.w11) { return (7, 12, q, false) }
        if let q = word(i, Self.w12) { return (1, 9, q, false) }
        if let q = word(i, Self.w13) { return (1, 6, q, false) }
        if afterYear, let q = word(i, Self.w14) { return (1, 12, q, true) }
        var k = i
        if s[k] == "第" { k += 1 }
        if k < n {
            var qn: Int? = nil
            switch s[k] {
            case "一", "1": qn = 1
            case "二", "2": qn = 2
            case "三", "3": qn = 3
            case "四", "4": qn = 4
            default: break
            }
            if let q = qn {
                // a digit quarter must not be the tail of a longer number
                if isDigit(s[k]), k == i, precededByNumberish(i) { return nil }
                if let e = word(k + 1, k > i ? Self.quarterWords : Self.quarterWord) {
                    return ((q - 1) * 3 + 1, q * 3, e, false)
                }
            }
        }
        if afterYear {
            if (s[i] == "Q" || s[i] == "q"), i + 1 < n, let d = digitValue(s[i + 1]), (1...4).contains(d),
               !(i + 2 < n && (isDigit(s[i + 2]) || isLetter(s[i + 2]))) {
                return ((d - 1) * 3 + 1, d * 3, i + 2, false)
            }
            if s[i] == "H", i + 1 < n, let d = digitValue(s[i + 1]), (1...2).contains(d),
               !(i + 2 < n && (isDigit(s[i + 2]) || isLetter(s[i + 2]))) {
                return d == 1 ? (1, 6, i + 2, false) : (7, 12, i + 2, false)
            }
            // 前8个月, 前三个月
            if s[i] == "前", i + 1 < n {
                var v: Int? = nil, e = i + 1
                if isDigit(s[i + 1]) {
                    let (d, cnt, e1) = digits(i + 1)
                    if cnt <= 2 { v = d; e = e1 }
                } else if let (d, e1) = zhSmall(i + 1) { v = d; e = e1 }
                if let v, (1...11).contains(v), let q = word(e, Self.w15) { return (1, v, q, false) }
            }
        }
        return nil
    }

    /// 今年, 去年, 前年, 明年, 本年, 当年, 同年, 年内 (and 今年度 …).
    func relativeYear(at i: Int) -> (year: Int?, end: Int, current: Bool, standalone: Bool)? {
        guard i + 1 < n, s[i + 1] == "年" || s[i] == "年" else { return nil }
        let dy = docDate?.year
        if let q = word(i, Self.w16) {
            // not the tail of 2025年内… (handled by year) nor 年内容
            if q < n, s[q] == "容" { return nil }
            if i > 0, isDigit(s[i - 1]) || TimeScanner.zhDigit(s[i - 1]) != nil
                || CharSets.c12.contains(s[i - 1]) { return nil }  // 三年内 is a duration
            return (dy, q, true, true)
        }
        if let q = word(i, Self.w17) {
            if i > 0, s[i - 1] == "至" || s[i - 1] == "迄", q < n, s[q] == "均" { return nil }  // 至今 年均增长
            var e = q
            if e < n, s[e] == "度" { e += 1 }
            return (dy, e, true, false)
        }
        if let q = word(i, Self.w18) {
            let off: Int
            switch s[i] { case "去": off = -1; case "前": off = -2; case "明": off = 1; default: off = 2 }
            if s[i] == "前", i > 0, isDigit(s[i - 1]) || s[i - 1] == "年" { return nil }
            var e = q
            if let r = word(e, Self.w19) { e = r }
            return (dy.map { $0 + off }, e, false, false)
        }
        if s[i] == "上", s[i + 1] == "年" {
            // 上年, 上年末, 上年同期: the year before the one the text speaks of
            if i > 0, s[i - 1] == "马" || s[i - 1] == "以" { return nil }   // 马上年底, 以上年份
            var e = i + 2
            if let r = word(e, Self.w19) { e = r }
            return ((lastExplicitYear ?? dy).map { $0 - 1 }, e, false, false)
        }
        if let q = word(i, Self.w20) {
            if q < n, s[q] == "度" || s[q] == "份" { return nil }
            let y = lastExplicitYear ?? dy
            return (y, q, false, false)
        }
        return nil
    }

    /// A scalar before 年底/年初 that makes it part of something else (每年年底, 三年初, 当年年底).
    func yearlessBlocked(_ p: Unicode.Scalar) -> Bool {
        isDigit(p) || TimeScanner.zhDigit(p) != nil || CharSets.c13.contains(p)
    }

    /// 上个财年, 上一财年, 本财年, 新财年 — fiscal years assumed to run April to March.
    func relativeFiscal(at i: Int) -> Core? {
        guard CharSets.c14.contains(s[i]) else { return nil }
        var back = 0
        var q: Int
        if let r = word(i, Self.w21) {
            back = 1; q = r
        } else if let r = word(i, Self.w22) {
            q = r
        } else { return nil }
        if q < n, s[q] == "度" { q += 1 }
        var c = Core(end: q)
        c.relative = true
        let part = fiscalPart(at: q)
        if let p = part { c.end = p.end }
        guard let d = docDate else { c.unknown = true; return c }
        let startYear = ((d.month ?? 12) >= 4 ? d.year : d.year - 1) - back
        c.y1 = startYear; c.m1 = 4; c.y2 = startYear + 1; c.m2 = 3
        if let p = part { applyFiscalPart(&c, p, startYear: startYear) }
        return c
    }

    /// A quarter or half of a fiscal year right after it: 首个季度, 第二季度, 一季度, 上半年, 第三财季.
    /// Returns the 1-based first and last quarter.
    func fiscalPart(at i: Int) -> (q1: Int, q2: Int, end: Int)? {
        var k = ws(i)
        if k < n, s[k] == "的" { k += 1 }
        if let e = word(k, Self.w23) { return (1, 2, e) }
        if let e = word(k, Self.w24) { return (3, 4, e) }
        if let e = word(k, Self.w12) { return (1, 3, e) }
        if let e = word(k, Self.w25) { return (1, 1, e) }
        var j = k
        if j < n, s[j] == "第" { j += 1 }
        guard j < n else { return nil }
        let qn: Int
        switch s[j] {
        case "一", "1": qn = 1
        case "二", "2": qn = 2
        case "三", "3": qn = 3
        case "四", "4": qn = 4
        default: return nil
        }
        if let e = word(j + 1, j > k ? Self.quarterWordsLong : Self.quarterWordsShort) { return (qn, qn, e) }
        return nil
    }

    /// Narrows a fiscal year starting in April of `startYear` to the given quarters.
    func applyFiscalPart(_ c: inout Core, _ p: (q1: Int, q2: Int, end: Int), startYear: Int) {
        let a = 4 + 3 * (p.q1 - 1), b = 6 + 3 * (p.q2 - 1)
        c.y1 = startYear + (a > 12 ? 1 : 0); c.m1 = a > 12 ? a - 12 : a
        c.y2 = startYear + (b > 12 ? 1 : 0); c.m2 = b > 12 ? b - 12 : b
    }

    /// 本月, 上月, 上个月, 本月份.
    func relativeMonth(at i: Int) -> Core? {
        guard s[i] == "本" || s[i] == "这" || s[i] == "上" else { return nil }
        var back = 0
        var q: Int
        if let r = word(i, Self.w26) { q = r } else if let r = word(i, Self.w27) { back = 1; q = r } else { return nil }
        if q < n, s[q] == "份" { q += 1 }
        var c = Core(end: q)
        c.relative = true
        guard let d = docDate, let dm = d.month else { c.unknown = true; return c }
        var y = d.year, m = dm - back
        if m < 1 { m += 12; y -= 1 }
        c.y1 = y; c.y2 = y; c.m1 = m; c.m2 = m
        return c
    }

    /// 十二五 … 十六五, optionally quoted, optionally followed by 时期/期间/末/初.
    func plan(at i: Int) -> Core? {
        var k = i
        if s[k] == "“" || s[k] == "\"" || s[k] == "「" || s[k] == "‘" { k += 1 }
        guard k + 2 < n, s[k] == "十", s[k + 2] == "五" else { return nil }
        if k > 0, s[k - 1] == "第" || TimeScanner.zhDigit(s[k - 1]) != nil || s[k - 1] == "十" { return nil }
        let startYear: Int
        switch s[k + 1] {
        case "一": startYear = 2006
        case "二": startYear = 2011
        case "三": startYear = 2016
        case "四": startYear = 2021
        case "五": startYear = 2026
        case "六": startYear = 2031
        default: return nil
        }
        var e = k + 3
        if e < n, s[e] == "五" || s[e] == "年" { return nil }  // 十五五五, 十五年
        if k > i {
            guard e < n, s[e] == "”" || s[e] == "\"" || s[e] == "」" || s[e] == "’" else { return nil }
            e += 1
        }
        var c = Core(end: e, y1: startYear, y2: startYear + 4)
        c.plan = true
        if let q = word(e, Self.w28) { c.end = q } else if let q = word(e, Self.w29) {
            c.end = q; c.y1 = startYear + 4
        } else if let q = word(e, Self.w30) { c.end = q; c.y2 = startYear }
        return c
    }

    // MARK: - Scalar helpers

    @inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always) func digitValue(_ c: Unicode.Scalar) -> Int? { isDigit(c) ? Int(c.value - 0x30) : nil }
    @inline(__always) func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// The scalar before `i` makes a number at `i` the tail of something else (12025, 1.5, V3, GLM-5).
    func precededByNumberish(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = s[i - 1]
        if isDigit(p) || isLetter(p) || p == "." || p == "_" { return true }
        if p == "-" || p == "/", i > 1, isLetter(s[i - 2]) || isDigit(s[i - 2]) { return true }
        return false
    }

    /// Value, digit count, end of the ASCII digit run at i (count capped reading at 6).
    func digits(_ i: Int) -> (Int, Int, Int) {
        var v = 0, k = i
        while k < n, isDigit(s[k]) {
            if k - i < 6 { v = v * 10 + Int(s[k].value - 0x30) }
            k += 1
        }
        return (v, k - i, k)
    }

    /// Skips up to four whitespace scalars containing at most one line break.
    func ws(_ i: Int) -> Int {
        var k = i, breaks = 0
        while k < n, k - i < 4 {
            let c = s[k]
            if c == "\n" || c == "\r" {
                if c == "\n" { breaks += 1 }
                if breaks > 1 { return i }
            } else if c != " " && c != "\t" { break }
            k += 1
        }
        if k < n, s[k] == " " || s[k] == "\n" { return i }  // a longer gap is not inside an expression
        return k
    }

    func isDash(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "—", "–", "-", "~", "―", "−", "‐", "〜", "至", "到": return true
        default: return false
        }
    }

    /// End of a dash (—, ——, -, ~, 至, 到 …) at i, or nil.
    func dash(_ i: Int) -> Int? {
        guard i < n, isDash(s[i]) else { return nil }
        if s[i] == "—", i + 1 < n, s[i + 1] == "—" { return i + 2 }
        return i + 1
    }

    /// Word lists, built once.
    static let quarterWords: [[Unicode.Scalar]] = ["季度", "个季度"].map { Array($0.unicodeScalars) }
    static let quarterWord: [[Unicode.Scalar]] = ["季度"].map { Array($0.unicodeScalars) }
    static let quarterWordsLong: [[Unicode.Scalar]] = ["季度", "个季度", "财季", "财政季度"].map { Array($0.unicodeScalars) }
    static let quarterWordsShort: [[Unicode.Scalar]] = ["季度", "财季"].map { Array($0.unicodeScalars) }
    static let w0: [[Unicode.Scalar]] = ["截至到", "截止到", "截至", "截止"].map { Array($0.unicodeScalars) }
    static let w1: [[Unicode.Scalar]] = ["目前", "当前", "今日", "今天", "现在", "发稿", "日前", "本报告", "当下"].map { Array($0.unicodeScalars) }
    static let w2: [[Unicode.Scalar]] = ["以前", "之前", "前"].map { Array($0.unicodeScalars) }
    static let w3: [[Unicode.Scalar]] = ["以来", "至今", "迄今"].map { Array($0.unicodeScalars) }
    static let w4: [[Unicode.Scalar]] = ["年底", "年末", "年初"].map { Array($0.unicodeScalars) }
    static let w5: [[Unicode.Scalar]] = ["年底", "年末", "底", "末"].map { Array($0.unicodeScalars) }
    static let w6: [[Unicode.Scalar]] = ["年初", "初"].map { Array($0.unicodeScalars) }
    static let w7: [[Unicode.Scalar]] = ["财年", "财政年度"].map { Array($0.unicodeScalars) }
    static let w8: [[Unicode.Scalar]] = ["财年", "财政年度", "年度"].map { Array($0.unicodeScalars) }
    static let w9: [[Unicode.Scalar]] = ["底", "末", "初", "上旬", "中旬", "下旬"].map { Array($0.unicodeScalars) }
    static let w10: [[Unicode.Scalar]] = ["上半年", "上半年度"].map { Array($0.unicodeScalars) }
    static let w11: [[Unicode.Scalar]] = ["下半年", "下半年度"].map { Array($0.unicodeScalars) }
    static let w12: [[Unicode.Scalar]] = ["前三季度", "前三个季度"].map { Array($0.unicodeScalars) }
    static let w13: [[Unicode.Scalar]] = ["前两季度", "前二季度", "前两个季度"].map { Array($0.unicodeScalars) }
    static let w14: [[Unicode.Scalar]] = ["全年", "全年度"].map { Array($0.unicodeScalars) }
    static let w15: [[Unicode.Scalar]] = ["个月", "月"].map { Array($0.unicodeScalars) }
    static let w16: [[Unicode.Scalar]] = ["年内"].map { Array($0.unicodeScalars) }
    static let w17: [[Unicode.Scalar]] = ["今年", "本年"].map { Array($0.unicodeScalars) }
    static let w18: [[Unicode.Scalar]] = ["去年", "前年", "明年", "后年"].map { Array($0.unicodeScalars) }
    static let w19: [[Unicode.Scalar]] = ["同期"].map { Array($0.unicodeScalars) }
    static let w20: [[Unicode.Scalar]] = ["当年", "同年"].map { Array($0.unicodeScalars) }
    static let w21: [[Unicode.Scalar]] = ["上个财年", "上一财年", "上一个财年", "上财年", "上一财政年度", "上个财政年度"].map { Array($0.unicodeScalars) }
    static let w22: [[Unicode.Scalar]] = ["本财年", "新财年", "这个财年", "当前财年", "本财政年度", "今年财年"].map { Array($0.unicodeScalars) }
    static let w23: [[Unicode.Scalar]] = ["上半年", "上半财年"].map { Array($0.unicodeScalars) }
    static let w24: [[Unicode.Scalar]] = ["下半年", "下半财年"].map { Array($0.unicodeScalars) }
    static let w25: [[Unicode.Scalar]] = ["首个季度", "首季度", "首个财季", "首财季"].map { Array($0.unicodeScalars) }
    static let w26: [[Unicode.Scalar]] = ["本月", "这个月"].map { Array($0.unicodeScalars) }
    static let w27: [[Unicode.Scalar]] = ["上个月", "上月"].map { Array($0.unicodeScalars) }
    static let w28: [[Unicode.Scalar]] = ["时期", "期间", "规划期"].map { Array($0.unicodeScalars) }
    static let w29: [[Unicode.Scalar]] = ["期末", "末"].map { Array($0.unicodeScalars) }
    static let w30: [[Unicode.Scalar]] = ["期初", "初", "开局之年"].map { Array($0.unicodeScalars) }

    /// End of the first of `words` found at i.
    @inline(__always)
    func word(_ i: Int, _ words: [[Unicode.Scalar]]) -> Int? {
        guard i < n else { return nil }
        let c = s[i]
        for w in words where w[0] == c {
            var k = i
            var ok = true
            for u in w {
                guard k < n, s[k] == u else { ok = false; break }
                k += 1
            }
            if ok { return k }
        }
        return nil
    }
}
