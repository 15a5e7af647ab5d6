import Foundation

/// English time expressions, for the English articles Trendline also reads:
///
///     in 2025 · during 2024 · between 2021 and 2025 · 2021-2025 (after a preposition)
///     March 2026 · March 29, 2026 · 29 March 2026 · March 29 (year from context) · Jan. 15
///     Q1 2025 · Q3 of 2025 · H1 2025 · the first quarter of 2025 · the second half of 2024
///     FY2025 · fiscal 2025 · fiscal year 2025 · FY2024/25 (April–March)
///     this year · last year · next year · this month · last month
///     by 2030 (horizon) · as of March 2026 / as of now / to date (cumulative) · since 2020 (span to the document date)
///
/// A bare four-digit number counts as a year only after a time preposition (in, by, since, during, of,
/// for, from, through, until, before, after, between, and, to, end, early, late, mid), so "2025 units"
/// stays a quantity.
extension TimeScanner {
    static let englishMonths: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("sept", 9), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    static let englishOrdinals: [(String, Int)] = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4)]
    static let ordinalSuffixes: [String] = ["st", "nd", "rd", "th"]
    /// The month names and ordinals as ASCII bytes, with whether a dot may follow (abbreviations).
    static let englishMonthWords: [(word: [UInt8], month: Int, dotted: Bool)] = englishMonths.map { name, m in
        (Array(name.utf8), m, name.count <= 4 && name != "june" && name != "july")
    }
    static let englishOrdinalWords: [(word: [UInt8], number: Int)] = englishOrdinals.map { (Array($0.0.utf8), $0.1) }
    static let ordinalSuffixWords: [[UInt8]] = ordinalSuffixes.map { Array($0.utf8) }
    static let yearPrepositions: Set<String> = [
        "in", "by", "since", "during", "of", "for", "from", "through", "until", "till", "before", "after",
        "between", "and", "to", "end", "early", "late", "mid", "year", "years", "fiscal", "as",
    ]

    static let englishCountWords: [(StaticString, Int)] = [("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
                                                           ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11)]

    /// A count of two to eleven at `i`, as a word (three) or digits (3), and where it ends.
    func englishCount(_ i: Int) -> (Int, Int)? {
        if i < n, isDigit(s[i]) {
            let (v, c, e) = digits(i)
            return c <= 2 && (2...12).contains(v) ? (v, e) : nil
        }
        for (w, v) in TimeScanner.englishCountWords { if let e = ciWord(i, w) { return (v, e) } }
        return nil
    }

    @inline(__always) func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c
    }

    /// End of the case-insensitive ASCII word `w` at i, if it is a whole word.
    @inline(__always)
    func ciWord(_ i: Int, _ w: StaticString) -> Int? {
        // the words are ASCII literals: compared byte by byte, straight from the literal
        ciWord(i, UnsafeBufferPointer(start: w.utf8Start, count: w.utf8CodeUnitCount))
    }

    /// `ciWord` for an ASCII word given as bytes.
    @inline(__always)
    func ciWord(_ i: Int, _ w: UnsafeBufferPointer<UInt8>) -> Int? {
        let m = w.count
        guard i + m <= n else { return nil }
        var k = 0
        while k < m {
            guard lower(s[i + k]).value == UInt32(w[k]) else { return nil }
            k += 1
        }
        if i + m < n, isLetter(s[i + m]) { return nil }
        return i + m
    }

    /// `ciWord` for an ASCII word held in an array.
    @inline(__always)
    func ciWord(_ i: Int, _ w: [UInt8]) -> Int? {
        w.withUnsafeBufferPointer { ciWord(i, $0) }
    }

    /// Spaces (no line breaks beyond one) between English words.
    func sp(_ i: Int) -> Int { ws(i) }

    /// The lower-cased ASCII word ending right before i (skipping spaces), or "".
    func previousWord(_ i: Int) -> String {
        var k = i - 1
        while k >= 0, s[k] == " " || s[k] == "-" { k -= 1 }
        let end = k + 1
        while k >= 0, end - k <= 9, isLetter(s[k]) { k -= 1 }
        guard end - (k + 1) <= 8 else { return "" }
        var out = String.UnicodeScalarView()
        for j in (k + 1)..<end { out.append(lower(s[j])) }
        return String(out)
    }

    /// A four-digit year 1900–2100 standing alone as a word (not 2,025 / 2025.5 / 2025% / $2025).
    func englishYearNumber(_ i: Int) -> (Int, Int)? {
        guard i < n, isDigit(s[i]) else { return nil }
        if i > 0 {
            let p = s[i - 1]
            if isDigit(p) || isLetter(p) || p == "." || p == "$" || p == "," || p == "¥" || p == "€" { return nil }
        }
        let (v, cnt, e) = digits(i)
        guard cnt == 4, (1900...2100).contains(v) else { return nil }
        if e < n {
            let c = s[e]
            if isLetter(c) || c == "%" { return nil }
            if (c == "." || c == ","), e + 1 < n, isDigit(s[e + 1]) { return nil }
        }
        return (v, e)
    }

    func englishMonth(_ i: Int) -> (Int, Int)? {
        guard i < n, isLetter(s[i]), i == 0 || !isLetter(s[i - 1]) else { return nil }
        // (s[i] is an ASCII letter: only names with its first letter can match)
        let first = UInt8(truncatingIfNeeded: lower(s[i]).value)
        for (word, m, dotted) in TimeScanner.englishMonthWords where word[0] == first {
            if var e = ciWord(i, word) {
                if dotted, e < n, s[e] == "." { e += 1 }
                return (m, e)
            }
        }
        return nil
    }

    /// Day number 1–31 with an optional ordinal suffix.
    func englishDay(_ i: Int) -> (Int, Int)? {
        guard i < n, isDigit(s[i]) else { return nil }
        let (v, cnt, e) = digits(i)
        guard cnt <= 2, (1...31).contains(v) else { return nil }
        var end = e
        for suf in TimeScanner.ordinalSuffixWords { if let q = ciWord(e, suf) { end = q; break } }
        if end == e, end < n, isLetter(s[end]) { return nil }
        return (v, end)
    }

    /// An English core date at i (letters or digits), with the year resolved.
    mutating func englishCore(at i: Int) -> Core? {
        guard i < n else { return nil }
        // yesterday / today / this week: days around a document date known to the day
        if let e = ciWord(i, "yesterday") ?? ciWord(i, "today") {
            var c = Core(end: e)
            c.relative = true
            guard let d = docDate, let day = TimeScanner.shiftDays(d, lower(s[i]) == "y" ? -1 : 0) else { c.unknown = true; return c }
            c.y1 = day.year; c.y2 = day.year; c.m1 = day.month; c.m2 = day.month; c.d1 = day.day; c.d2 = day.day
            return c
        }
        if let q = ciWord(i, "this"), let e = ciWord(sp(q), "week") {
            var c = Core(end: e)
            c.relative = true
            guard let d = docDate, let monday = TimeScanner.weekStart(d), let dm = d.month, let dd = d.day else { c.unknown = true; return c }
            c.y1 = monday.year; c.m1 = monday.month; c.d1 = monday.day; c.y2 = d.year; c.m2 = dm; c.d2 = dd
            return c
        }
        // month-name dates: March 29, 2026 · March 2026 · March 29 · May only with a day or year
        if let (m, e) = englishMonth(i) {
            var c = Core(end: e, m1: m, m2: m)
            c.explicitMonth = true
            var k = sp(e)
            if let (d, e2) = englishDay(k), !(e2 < n && isDigit(s[e2])) {
                // "March 2026" must not be read as day 20
                c.d1 = d; c.d2 = d; c.end = e2
                k = e2
                if k < n, s[k] == "," { k += 1 }
                k = sp(k)
            }
            if let (y, e3) = englishYearNumber(k) {
                c.y1 = y; c.y2 = y; c.end = e3; c.explicitYear = true
                return c
            }
            // a bare month name only after a time word (in March, since May): not the verb "may", not "Long March"
            if c.d1 == nil && !previousWordIsTimeLead(i) { return nil }
            let y = contextYear(month: m)
            c.y1 = y; c.y2 = y; c.unknown = y == nil
            return c
        }
        // 29 March 2026
        if isDigit(s[i]), !precededByNumberish(i), let (d, e) = englishDay(i), let (m, e2) = englishMonth(sp(e)) {
            var c = Core(end: e2, m1: m, d1: d, m2: m, d2: d)
            c.explicitMonth = true
            if let (y, e3) = englishYearNumber(sp(e2)) {
                c.y1 = y; c.y2 = y; c.end = e3; c.explicitYear = true
            } else {
                let y = contextYear(month: m)
                c.y1 = y; c.y2 = y; c.unknown = y == nil
            }
            return c
        }
        if isDigit(s[i]) { return englishBareYear(at: i) }
        // Q1 2025 · Q3 of 2025 · H1 2025
        if (s[i] == "Q" || s[i] == "H"), i == 0 || !isLetter(s[i - 1]), i + 1 < n, let d = digitValue(s[i + 1]),
           !(i + 2 < n && (isDigit(s[i + 2]) || isLetter(s[i + 2]))) {
            let quarters = s[i] == "Q"
            guard quarters ? (1...4).contains(d) : (1...2).contains(d) else { return nil }
            var k = sp(i + 2)
            if let q = ciWord(k, "of") { k = sp(q) }
            guard let (y, e) = englishYearNumber(k) else { return nil }
            let (m1, m2) = quarters ? ((d - 1) * 3 + 1, d * 3) : (d == 1 ? (1, 6) : (7, 12))
            var c = Core(end: e, y1: y, m1: m1, y2: y, m2: m2)
            c.explicitYear = true
            return c
        }
        // (the) first quarter of 2025 · second half of 2024
        var k = i
        if let q = ciWord(k, "the") { k = sp(q) }
        for (ord, num) in TimeScanner.englishOrdinalWords {
            guard let q = ciWord(k, ord) else { continue }
            let j = sp(q)
            var span: (Int, Int)? = nil
            var after = j
            if let r = ciWord(j, "quarter") { span = ((num - 1) * 3 + 1, num * 3); after = r }
            else if num <= 2, let r = ciWord(j, "half") { span = num == 1 ? (1, 6) : (7, 12); after = r }
            else if num == 1, let (count, r) = englishCount(j) {
                // the first three quarters (of 2026) · the first eight months
                if let e = ciWord(sp(r), "quarters"), count <= 4 { span = (1, count * 3); after = e }
                else if let e = ciWord(sp(r), "months"), count <= 12 { span = (1, count); after = e }
            }
            guard let (m1, m2) = span else { return nil }
            guard let o = ciWord(sp(after), "of") else {
                // no year: the year the text speaks of (in the first half, …)
                let y = contextYear(month: m2)
                var c = Core(end: after, y1: y, m1: m1, y2: y, m2: m2)
                c.unknown = y == nil
                c.yearFromDoc = true
                return c
            }
            var l = sp(o)
            if let t = ciWord(l, "fiscal") { l = sp(t) }
            guard let (y, e) = englishYearNumber(l) else { return nil }
            var c = Core(end: e, y1: y, m1: m1, y2: y, m2: m2)
            c.explicitYear = true
            return c
        }
        // FY2025 · FY 2025 · fiscal 2025 · fiscal year 2025 · FY2024/25
        if let q = ciWordPrefix(i, "fy") ?? ciWord(i, "fiscal").map({ e -> Int in
            let j = sp(e)
            return ciWord(j, "year").map { sp($0) } ?? j
        }) {
            let j = sp(q)
            guard let (y, e) = fyNumber(j) else { return nil }
            if e < n, s[e] == "/" {
                let (v2, c2, e2) = digits(e + 1)
                let next = c2 == 2 ? (y / 100) * 100 + v2 : v2
                if (c2 == 2 || c2 == 4), next == y + 1 {
                    var c = Core(end: e2, y1: y, m1: 4, y2: y + 1, m2: 3)
                    c.explicitYear = true
                    return c
                }
            }
            var c = Core(end: e, y1: y, y2: y)
            c.explicitYear = true
            return c
        }
        // this year / last year / next year / this month / last month
        if let q = ciWord(i, "this") ?? ciWord(i, "last") ?? ciWord(i, "next") {
            let which = lower(s[i])
            let j = sp(q)
            if let e = ciWord(j, "year") {
                var c = Core(end: e)
                c.relative = true
                let off = which == "t" ? 0 : which == "l" ? -1 : 1
                if let y = docDate?.year { c.y1 = y + off; c.y2 = y + off } else { c.unknown = true }
                c.currentYearOnly = off == 0
                return c
            }
            if which != "n", let e = ciWord(j, "month") {
                var c = Core(end: e)
                c.relative = true
                guard let d = docDate, let dm = d.month else { c.unknown = true; return c }
                var y = d.year, m = dm - (which == "l" ? 1 : 0)
                if m < 1 { m += 12; y -= 1 }
                c.y1 = y; c.y2 = y; c.m1 = m; c.m2 = m
                return c
            }
            return nil
        }
        return nil
    }

    /// A bare year after a time preposition; 2021-2025 / 2021 to 2025 make a span.
    func englishBareYear(at i: Int) -> Core? {
        if let (y, e) = englishYearNumber(i), TimeScanner.yearPrepositions.contains(previousWord(i)) {
            var c = Core(end: e, y1: y, y2: y)
            c.explicitYear = true
            var k = e
            var connector: Int? = nil
            if k < n, s[k] == "-" || s[k] == "–" || s[k] == "—" { connector = k + 1 }
            else {
                k = sp(k)
                // "2024 - 2030": a dash between spaces
                if k < n, s[k] == "-" || s[k] == "–" || s[k] == "—" { connector = k + 1 }
                else { connector = ciWord(k, "to") ?? ciWord(k, "and") ?? ciWord(k, "through") }
            }
            if let cn = connector, let (y2, e2) = englishYearNumber(cn == e + 1 ? cn : sp(cn)), y2 > y {
                c.y2 = y2; c.end = e2
            }
            return c
        }
        return nil
    }

    /// The year after FY / fiscal: 2025 or 25 (→ 2025).
    func fyNumber(_ i: Int) -> (Int, Int)? {
        guard i < n, isDigit(s[i]) else { return nil }
        let (v, cnt, e) = digits(i)
        guard !(e < n && (isLetter(s[e]) || s[e] == "%")) else { return nil }
        if cnt == 2 { return (2000 + v, e) }
        return cnt == 4 && (1900...2100).contains(v) ? (v, e) : nil
    }

    /// The Gregorian calendar in UTC, for day arithmetic on document dates.
    static let utcCalendar: Calendar = {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal
    }()

    /// `d` moved by `days` (d must have a day), or nil.
    static func shiftDays(_ d: DatePoint, _ days: Int) -> DatePoint? {
        guard let m = d.month, let day = d.day else { return nil }
        let cal = utcCalendar
        guard let date = cal.date(from: DateComponents(year: d.year, month: m, day: day)),
              let moved = cal.date(byAdding: .day, value: days, to: date) else { return nil }
        let c = cal.dateComponents([.year, .month, .day], from: moved)
        return DatePoint(year: c.year!, month: c.month!, day: c.day!)
    }

    /// The Monday of the week of `d` (d must have a day), or nil.
    static func weekStart(_ d: DatePoint) -> DatePoint? {
        guard let m = d.month, let day = d.day else { return nil }
        let cal = utcCalendar
        guard let date = cal.date(from: DateComponents(year: d.year, month: m, day: day)) else { return nil }
        let weekday = cal.component(.weekday, from: date)  // 1 = Sunday
        return shiftDays(d, -((weekday + 5) % 7))
    }

    /// "FY" glued to what follows (FY2025).
    func ciWordPrefix(_ i: Int, _ w: StaticString) -> Int? {
        guard i == 0 || !isLetter(s[i - 1]) else { return nil }
        return ciWord(i, w)
    }

    func previousWordIsTimeLead(_ i: Int) -> Bool {
        TimeScanner.yearPrepositions.contains(previousWord(i))
    }

    /// The letters an English mention can start with: the first letters of as (of), to (date), by, since,
    /// the month names, the, the ordinals, FY / fiscal, this / last / next (case-insensitive), and Q / H
    /// (upper case only, as in Q1 and H1). A word starting with any other letter starts no mention, and
    /// the scanner skips it without trying each form. A new form starting with a new letter must add it
    /// here (debug builds check that no skipped word would have started a mention).
    /// (derived from `englishMentionFirstWords`, in both cases: a new first word needs no other edit)
    static let englishMentionStarts = CharSet(englishMentionFirstWords.compactMap(\.first).map { String($0) + $0.uppercased() }.joined())

    /// The words (lower case) an English mention can start with, as its forms read them at a word start:
    /// as (of), to (date), by, since, the month names and abbreviations, the, the ordinals, fy, fiscal,
    /// this / last / next, and q / h (Q1, H1: the letter is a word of its own before the digit).
    static let englishMentionFirstWords: [String] = ["as", "to", "by", "since", "the", "fy", "fiscal", "this", "last", "next",
                                                    "q", "h", "yesterday", "today"] + englishMonths.map(\.0) + englishOrdinals.map(\.0)

    /// The (first letter, second letter or end of word) pairs of `englishMentionFirstWords`, lower case,
    /// indexed 27 × first + second (26 for the end of the word): a word at whose start no pair fits starts
    /// no mention, told by one lookup instead of trying every form (most English words).
    static let englishMentionPairs: [Bool] = {
        var table = [Bool](repeating: false, count: 27 * 27)
        for w in englishMentionFirstWords {
            let u = Array(w.utf8)
            let a = Int(u[0]) - 97, b = u.count > 1 ? Int(u[1]) - 97 : 26
            table[27 * a + b] = true
        }
        return table
    }()

    /// Whether an English mention can start at the word starting at i (s[i] an ASCII letter).
    @inline(__always)
    func mayStartEnglish(_ i: Int, _ pairs: [Bool]) -> Bool {
        let a = Int(lower(s[i]).value) - 97
        let b = i + 1 < n && isLetter(s[i + 1]) ? Int(lower(s[i + 1]).value) - 97 : 26
        return pairs[27 * a + b]
    }

    /// English mention at i: prefixes (as of, by, since, to date) around an English core.
    mutating func englishMention(at i: Int) -> TimeMention? {
        guard i == 0 || !isLetter(s[i - 1]) else { return nil }
        if let q = ciWord(i, "as"), let o = ciWord(sp(q), "of") {
            let j = sp(o)
            if let e = ciWord(j, "now") ?? ciWord(j, "today") ?? ciWord(j, "press") {
                var end = e
                if let t = ciWord(sp(e), "time") { end = t }
                return TimeMention(start: i, end: end, kind: .cumulative,
                                   period: docDate.map { Period(start: nil, end: $0) } ?? .unknown)
            }
            guard let c = englishCore(at: j) else { return nil }
            note(c)
            let endPoint = c.currentYearOnly ? docDate : c.endPoint
            return TimeMention(start: i, end: c.end, kind: .cumulative,
                               period: c.unknown || endPoint == nil ? .unknown : Period(start: nil, end: endPoint))
        }
        if let q = ciWord(i, "to"), let e = ciWord(sp(q), "date") {
            return TimeMention(start: i, end: e, kind: .cumulative,
                               period: docDate.map { Period(start: nil, end: $0) } ?? .unknown)
        }
        if let q = ciWord(i, "by") {
            let j = sp(q)
            var k = j
            if let t = ciWord(j, "the"), let en = ciWord(sp(t), "end"), let o = ciWord(sp(en), "of") { k = sp(o) }
            guard let c = englishCore(at: k), c.explicitYear || c.relative else { return nil }
            note(c)
            return TimeMention(start: i, end: c.end, kind: .horizon, period: horizonPeriod(c))
        }
        if let q = ciWord(i, "since") {
            guard let c = englishCore(at: sp(q)), !c.unknown, let a = c.startPoint else { return nil }
            note(c)
            let start = a.month == nil ? DatePoint(year: a.year, month: 1) : a
            return TimeMention(start: i, end: c.end, kind: .span, period: Period(start: start, end: docDate))
        }
        guard let c = englishCore(at: i) else { return nil }
        note(c)
        let kind: TimeMention.Kind = c.relative ? .relative : c.isSpan ? .span : .point
        return TimeMention(start: i, end: c.end, kind: kind,
                           period: c.unknown ? .unknown : Period(start: c.startPoint, end: c.endPoint))
    }
}
