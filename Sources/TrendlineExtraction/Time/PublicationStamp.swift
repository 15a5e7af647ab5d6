/// The page's own publication stamp and its news dateline, read from its first and last lines.
///
/// A stamp is a full date (year, month and day: 2025-04-26, 2025/4/26, 2025年4月26日, 30 Jun 2020,
/// June 30, 2020) on a head or tail line that is a stamp rather than prose: the date is followed by a clock
/// time (2025-04-26 20:20:39), or labelled (发布时间：, 時間:, 日期, date, Published), or the line is a
/// short byline with no sentence punctuation (2025-06-25某某网, 来源：某报 2025年4月26日,
/// Business | A. Writer 30 Jun 2020, （2026年1月26日）). The first such stamp of the head wins, then one
/// of the tail. Three or more dated lines at the end of a page are a sidebar (other items' dates):
/// no stamp is taken from them and `sidebarStart` says where they begin, so that the inference from the
/// content ignores them too.
///
/// A dateline is a story's filing line at the head of a paragraph: 新华社广州1月15日电, 央广网合肥11月17日消息,
/// 本报上海2025年11月4日电, 7月28日电, "BEIJING, March 5 (Reuters) —". It gives month and day, and the year
/// when written.
///
/// Only the first and last lines are read (a bounded prefix of each), so this is one short pass however
/// long the document.
struct PublicationStamp {
    struct Stamp {
        var point: DatePoint
        var start: Int, end: Int
        /// why the line is a stamp ("clock time", "label", "byline")
        var kind: String
    }
    struct Dateline {
        var year: Int?
        var month: Int, day: Int
        var start: Int, end: Int
    }

    private(set) var stamp: Stamp? = nil
    private(set) var dateline: Dateline? = nil
    /// Where a sidebar list of dated items at the end of the page begins.
    private(set) var sidebarStart: Int? = nil

    static let headLines = 8
    static let tailLines = 12
    /// Scalars of a line that are read (a long first line is a paragraph: only its opening matters).
    static let lineWindow = 160

    init(_ s: [Unicode.Scalar]) {
        let n = s.count
        // head: the first non-blank lines
        var heads: [(Int, Int)] = []
        var i = 0
        while i < n, heads.count < PublicationStamp.headLines {
            var e = i
            while e < n, s[e] != "\n" { e += 1 }
            if !PublicationStamp.blank(s, i, e) { heads.append((i, e)) }
            i = e + 1
        }
        let headEnd = heads.last?.1 ?? 0
        // tail: the last non-blank lines after the head, last first
        var tails: [(Int, Int)] = []
        var e = n
        while e > headEnd, tails.count < PublicationStamp.tailLines {
            var b = e
            while b > headEnd, s[b - 1] != "\n" { b -= 1 }
            if b >= headEnd, !PublicationStamp.blank(s, b, e) { tails.append((b, e)) }
            e = b - 1
        }
        // the lines read, in order, with their ordinals (a gap between head and tail unless they meet)
        let meet = e <= headEnd
        var lines: [(a: Int, b: Int, ord: Int)] = heads.enumerated().map { ($0.element.0, $0.element.1, $0.offset) }
        for (k, l) in tails.reversed().enumerated() { lines.append((l.0, l.1, heads.count + k + (meet ? 0 : 100))) }
        // lines with a full date; three or more of them close together are a list of other items (a sidebar)
        var dated: [Int] = []
        for (k, l) in lines.enumerated()
        where !PublicationStamp.fullDates(s, l.a, min(l.b, l.a + PublicationStamp.lineWindow)).isEmpty { dated.append(k) }
        var listed = Set<Int>()
        var c = 0
        while c < dated.count {
            var d = c
            while d + 1 < dated.count, lines[dated[d + 1]].ord - lines[dated[d]].ord <= 3 { d += 1 }
            if d - c + 1 >= 3 {
                for x in c...d { listed.insert(dated[x]) }
                if sidebarStart == nil, lines[dated[c]].a > n / 2 { sidebarStart = lines[dated[c]].a }
            }
            c = d + 1
        }
        for (k, l) in lines.enumerated() {
            if k < heads.count, dateline == nil, let d = PublicationStamp.datelineOnLine(s, l.a, l.b) { dateline = d }
            if stamp == nil, !listed.contains(k), let st = PublicationStamp.stampOnLine(s, l.a, l.b) { stamp = st }
        }
    }

    static func blank(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b { if !Scan.isSpace(s[k]) { return false }; k += 1 }
        return true
    }

    // MARK: - Full dates

    /// Every full date (year, month, day) starting in [a, b), in order: (point, start, end).
    static func fullDates(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [(DatePoint, Int, Int)] {
        var out: [(DatePoint, Int, Int)] = []
        var i = a
        while i < b {
            let c = s[i]
            if Scan.isDigit(c), i == 0 || !Scan.isDigit(s[i - 1]) {
                if let d = numericDate(s, i) ?? dayMonthYear(s, i) { out.append((d.0, i, d.1)); i = d.1; continue }
            } else if Scan.isASCIILetter(c), i == 0 || !Scan.isASCIILetter(s[i - 1]) {
                if let d = monthDayYear(s, i) { out.append((d.0, i, d.1)); i = d.1; continue }
            }
            i += 1
        }
        return out
    }

    /// Digits at i: (value, end), at most `max` of them.
    static func number(_ s: [Unicode.Scalar], _ i: Int, max: Int) -> (Int, Int)? {
        var k = i, v = 0
        while k < s.count, k - i < max + 1, Scan.isDigit(s[k]) { v = v * 10 + Int(s[k].value - 48); k += 1 }
        guard k > i, k - i <= max else { return nil }
        return (v, k)
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> DatePoint? {
        guard (1990...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return DatePoint(year: y, month: m, day: d)
    }

    /// 2025-04-26, 2025/4/26, 2025.04.26, 2025年4月26日 (spaces allowed around 年月日).
    static func numericDate(_ s: [Unicode.Scalar], _ i: Int) -> (DatePoint, Int)? {
        guard let (y, k) = number(s, i, max: 4), k - i == 4, k < s.count else { return nil }
        let sep = s[k]
        if sep == "-" || sep == "/" || sep == "." {
            guard let (m, k2) = number(s, k + 1, max: 2), k2 < s.count, s[k2] == sep,
                  let (d, k3) = number(s, k2 + 1, max: 2) else { return nil }
            if k3 < s.count, s[k3] == sep || s[k3] == "%" { return nil }
            return valid(y, m, d).map { ($0, k3) }
        }
        var j = Scan.skipSpace(s, k)
        guard j < s.count, s[j] == "年" else { return nil }
        j = Scan.skipSpace(s, j + 1)
        guard let (m, k2) = number(s, j, max: 2) else { return nil }
        j = Scan.skipSpace(s, k2)
        guard j < s.count, s[j] == "月" else { return nil }
        j = Scan.skipSpace(s, j + 1)
        guard let (d, k3) = number(s, j, max: 2) else { return nil }
        j = Scan.skipSpace(s, k3)
        guard j < s.count, s[j] == "日" || s[j] == "号" else { return nil }
        return valid(y, m, d).map { ($0, j + 1) }
    }

    /// A month word at i (Jun, June, Sept.): (month, end).
    static func monthWord(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        var w = i
        while w < s.count, w - i < 10, Scan.isASCIILetter(s[w]) { w += 1 }
        guard w - i >= 3, w >= s.count || !Scan.isASCIILetter(s[w]), Datelines.months.contains(s, i..<w, lowercased: true)
        else { return nil }
        func low(_ c: Unicode.Scalar) -> UInt32 { c.value | 0x20 }
        let key = (low(s[i]) << 16) | (low(s[i + 1]) << 8) | low(s[i + 2])
        let names: [UInt32: Int] = [0x6A616E: 1, 0x666562: 2, 0x6D6172: 3, 0x617072: 4, 0x6D6179: 5, 0x6A756E: 6,
                                    0x6A756C: 7, 0x617567: 8, 0x736570: 9, 0x6F6374: 10, 0x6E6F76: 11, 0x646563: 12]
        guard let m = names[key] else { return nil }
        return (m, w < s.count && s[w] == "." ? w + 1 : w)
    }

    /// 30 Jun 2020, 30 June, 2020.
    static func dayMonthYear(_ s: [Unicode.Scalar], _ i: Int) -> (DatePoint, Int)? {
        guard let (d, k) = number(s, i, max: 2), k < s.count, s[k] == " " else { return nil }
        guard let (m, k2) = monthWord(s, k + 1) else { return nil }
        var j = k2
        if j < s.count, s[j] == "," { j += 1 }
        guard j < s.count, s[j] == " ", let (y, k3) = number(s, j + 1, max: 4), k3 - j - 1 == 4 else { return nil }
        return valid(y, m, d).map { ($0, k3) }
    }

    /// June 30, 2020 / Jun. 30 2020.
    static func monthDayYear(_ s: [Unicode.Scalar], _ i: Int) -> (DatePoint, Int)? {
        guard let (m, k) = monthWord(s, i), k < s.count, s[k] == " ",
              let (d, k2) = number(s, k + 1, max: 2) else { return nil }
        var j = k2
        if j < s.count, s[j] == "," { j += 1 }
        guard j < s.count, s[j] == " ", let (y, k3) = number(s, j + 1, max: 4), k3 - j - 1 == 4 else { return nil }
        return valid(y, m, d).map { ($0, k3) }
    }

    // MARK: - Stamp lines

    /// A clock time right after i (spaces allowed, or none): 20:20, 09:35:07. Its end, or nil.
    static func clock(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        while j < s.count, j - i < 3, s[j] == " " || s[j] == "\u{A0}" || s[j] == "T" { j += 1 }
        guard let (h, k) = number(s, j, max: 2), h < 24, k < s.count, s[k] == ":",
              let (mi, k2) = number(s, k + 1, max: 2), k2 - k - 1 == 2, mi < 60 else { return nil }
        if k2 < s.count, s[k2] == ":", let (_, k3) = number(s, k2 + 1, max: 2) { return k3 }
        return k2
    }

    static let chineseLabels: [[Unicode.Scalar]] = ["时间", "時間", "日期", "发布", "發布", "發佈", "发表", "發表",
                                                    "更新", "时间", "發稿", "发稿"].map { Array($0.unicodeScalars) }
    static let englishLabels: [[Unicode.Scalar]] = ["date", "published", "posted", "updated", "published on",
                                                    "posted on", "updated on"].map { Array($0.unicodeScalars) }

    /// A label right before the date at i: 发布时间：, 時(shí)間:, date, Published: (pinyin glosses skipped).
    static func labelled(_ s: [Unicode.Scalar], before i: Int, lineStart a: Int) -> Bool {
        var k = i
        while k > a, s[k - 1] == " " || s[k - 1] == ":" || s[k - 1] == "：" || s[k - 1] == "\u{A0}" { k -= 1 }
        // the ideographs before, with (pinyin) glosses between them skipped
        var han: [Unicode.Scalar] = []
        var j = k
        while j > a, han.count < 2 {
            let c = s[j - 1]
            if Scan.isHan(c) { han.insert(c, at: 0); j -= 1; continue }
            if c == ")" {
                var p = j - 1
                while p > a, j - p < 10, s[p - 1] != "(" { p -= 1 }
                if p > a, s[p - 1] == "(" { j = p - 1; continue }
            }
            break
        }
        if han.count == 2, chineseLabels.contains(han) { return true }
        // English: the word(s) before
        var w = k
        while w > a, k - w < 14, Scan.isASCIILetter(s[w - 1]) || s[w - 1] == " " { w -= 1 }
        while w < k, s[w] == " " { w += 1 }
        let word = s[w..<k].map { Unicode.Scalar($0.value | (Scan.isASCIILetter($0) ? 0x20 : 0))! }
        return englishLabels.contains { word.count >= $0.count && Array(word.suffix($0.count)) == $0
            && (word.count == $0.count || word[word.count - $0.count - 1] == " ") }
    }

    /// Whether the line reads as a byline: no sentence punctuation and few words besides its dates and times.
    static func bylineLike(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, skipping spans: [(Int, Int)]) -> Bool {
        guard b - a <= 80 else { return false }
        var units = 0, k = a, sp = 0
        while k < b {
            if sp < spans.count, k >= spans[sp].0 { k = spans[sp].1; sp += 1; continue }
            let c = s[k]
            switch c {
            // (an English byline has commas: "By A. Writer, June 30, 2020")
            case "。", "，", "！", "？", "；", "!", "?", ";": return false
            case ".": if k + 1 >= b || s[k + 1] == " " { return false }
            default: break
            }
            if Scan.isHan(c) { units += 1 }
            else if Scan.isASCIILetter(c), k == a || !Scan.isASCIILetter(s[k - 1]) { units += 1 }
            k += 1
        }
        return units <= 14
    }

    static func stampOnLine(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Stamp? {
        let dates = fullDates(s, a, min(b, a + lineWindow))
        guard !dates.isEmpty else { return nil }
        var spans: [(Int, Int)] = []
        var timed: [Int?] = []
        for (_, st, en) in dates {
            let c = clock(s, en)
            timed.append(c)
            spans.append((st, c ?? en))
        }
        let byline = bylineLike(s, a, b, skipping: spans)
        for (k, (p, st, en)) in dates.enumerated() {
            if let c = timed[k] { return Stamp(point: p, start: st, end: c, kind: "with a clock time") }
            if labelled(s, before: st, lineStart: a) { return Stamp(point: p, start: st, end: en, kind: "labelled") }
            if byline { return Stamp(point: p, start: st, end: en, kind: "on a byline") }
        }
        return nil
    }

    // MARK: - Datelines

    /// Month and day of a dateline at the start of the line (or just inside an opening bracket).
    static func datelineOnLine(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Dateline? {
        var i = a
        while i < b, s[i] == " " || s[i] == "\u{A0}" || s[i] == "\t" { i += 1 }
        guard i < b else { return nil }
        if s[i] == "(" || s[i] == "（" { i += 1 }
        if Scan.isASCIILetter(s[i]) { return englishDateline(s, i, b) }
        // agency and place (ideographs, ·, spaces), then [YYYY年]M月D日 and 电/電/讯/訊/消息/报道/報導
        var j = i
        let limit = min(b, i + 24)
        while j < limit, Scan.isHan(s[j]) || s[j] == "·" || s[j] == " " || s[j] == "\u{A0}" { j += 1 }
        guard j < limit, Scan.isDigit(s[j]) else { return nil }
        var year: Int? = nil, month: Int, k: Int
        if let (y, k0) = number(s, j, max: 4), k0 - j == 4, k0 < b, s[k0] == "年" {
            year = y
            guard let (m, k1) = number(s, k0 + 1, max: 2) else { return nil }
            month = m; k = k1
        } else {
            guard let (m, k1) = number(s, j, max: 2) else { return nil }
            month = m; k = k1
        }
        guard k < b, s[k] == "月", let (d, k2) = number(s, k + 1, max: 2), k2 < b, s[k2] == "日" else { return nil }
        let t = k2 + 1
        guard t < b else { return nil }
        let c = s[t]
        let filed = c == "电" || c == "電" || c == "讯" || c == "訊"
            || (t + 1 < b && ((c == "消" && s[t + 1] == "息") || (c == "报" && s[t + 1] == "道") || (c == "報" && s[t + 1] == "導")))
        guard filed, (1...12).contains(month), (1...31).contains(d), year.map({ (1990...2100).contains($0) }) ?? true
        else { return nil }
        let oneChar = c == "电" || c == "電" || c == "讯" || c == "訊"
        return Dateline(year: year, month: month, day: d, start: j, end: t + (oneChar ? 1 : 2))
    }

    /// PLACE, Month D[, YYYY] [(Agency)] — : an English dateline ("BEIJING, March 5 (Reuters) -",
    /// "SHENZHEN, Aug. 14, 2021 —"): its month, day and year when written.
    static func englishDateline(_ s: [Unicode.Scalar], _ i: Int, _ b: Int) -> Dateline? {
        // the place: capitals (and spaces, dots) up to a comma
        var j = i
        while j < b, j - i < 40, (s[j].value >= 65 && s[j].value <= 90) || s[j] == " " || s[j] == "." || s[j] == "'" {
            j += 1
        }
        guard j > i + 1, j < b, s[j] == "," else { return nil }
        let k = Scan.skipSpace(s, j + 1)
        guard let (m, k1) = monthWord(s, k) else { return nil }
        let k2 = Scan.skipSpace(s, k1)
        guard let (d, k3) = number(s, k2, max: 2), (1...31).contains(d) else { return nil }
        var e = k3, year: Int? = nil
        if e + 1 < b, s[e] == ",", let (y, ky) = number(s, Scan.skipSpace(s, e + 1), max: 4), (1990...2100).contains(y) {
            year = y; e = ky
        }
        // then (Agency) and/or a dash
        var c = Scan.skipSpace(s, e)
        if c < b, s[c] == "(" {
            var q = c + 1
            while q < b, q - c < 30, s[q] != ")" { q += 1 }
            guard q < b, s[q] == ")" else { return nil }
            c = Scan.skipSpace(s, q + 1)
        }
        guard c < b, s[c] == "—" || s[c] == "–" || s[c] == "-" else { return nil }
        return Dateline(year: year, month: m, day: d, start: k, end: e)
    }
}
