import Foundation

/// Infers the publication month of an article from its own text.
///
/// 1. The year is the latest of: years written in non-forecast time expressions (截至2026年3月,
///    2023年7月, 2025年以来), years carried by event names (2026中关村论坛年会), and Y+1 for a year
///    whose figures are reported as past (2025年全年…, 2025年我国…产业突破1.2万亿元).
///    A time expression in a forecast or target context (预计, 有望, 将, 到2030年, 力争 …) is ignored.
/// 2. The month is the latest month among non-forecast dated expressions that fall in that year,
///    with year-less dates (3月29日, 8月 9日) read in that year unless their sentence names another.
struct DocumentDateInference {
    let text: NormalizedText
    let s: [Unicode.Scalar]

    init(_ text: NormalizedText) { self.text = text; s = TimeScanner.timeFold(text.scalars) }

    func infer() -> DocumentDate? {
        // 1. the page's own publication stamp, in its first or last lines
        let page = PublicationStamp(s)
        if let st = page.stamp {
            return DocumentDate(point: st.point, source: .stamp,
                                evidence: "publication stamp “\(text.text(st.start, st.end))” (\(st.kind))")
        }
        // a sidebar of other items' dates at the end of the page says nothing of this one
        let limit = page.sidebarStart ?? s.count

        let first = TimeExpressions.scan(text, docDate: nil)
        var year: Int? = nil
        var yearWhy = ""
        func raise(_ y: Int, _ why: String) {
            if year == nil || y > year! { year = y; yearWhy = why }
        }
        for m in first where m.kind != .plan && !m.period.isUnknown && m.start < limit {
            // 到2024年已达…: what has been reached by a year is a past fact, not a horizon
            if m.kind == .horizon {
                guard alreadyAfter(m), let y = (m.period.end ?? m.period.start)?.year else { continue }
                raise(y, "“" + text.text(m.start, m.end) + "” reached already")
                if reportedAsPast(m) { raise(y + 1, "figures for \(y) reached already (“" + text.text(m.start, m.end) + "”)") }
                continue
            }
            guard !forecastContext(m) else { continue }
            // the span of a plan named in a title (《…实施方案（2026—2028年）》) is not a date of the article
            guard !PeriodRules.insideTitle(text.scalars, m.start, m.end) else { continue }
            let y = (m.period.end ?? m.period.start)!.year
            if year == nil || y > year! { raise(y, "“" + text.text(m.start, m.end) + "”") }
            if m.kind == .point, let p = m.period.start, p.month == nil, year == nil || y + 1 > year!, reportedAsPast(m) {
                raise(y + 1, "figures for \(y) reported as past (“" + text.text(m.start, m.end) + "”)")
            }
            // a stock at the end of a year (2022年末, 截至2022年底) reported as past: published the year after
            if m.kind == .point || m.kind == .cumulative, let e = m.period.end, e.month == 12, e.day == nil || e.day == 31,
               s[m.end - 1] == "末" || s[m.end - 1] == "底", year == nil || e.year + 1 > year!, reportedAsPast(m) {
                raise(e.year + 1, "year-end figures for \(e.year) reported as past (“" + text.text(m.start, m.end) + "”)")
            }
        }
        for (y, start, end) in eventYears() where start < limit {
            raise(y, "event “" + text.text(start, end) + "”")
        }
        guard var docYear = year ?? page.dateline?.year else { return nil }

        // Second pass with a provisional date at the end of that year: year-less dates resolve into it.
        // A mention whose period changes with the provisional month (截至目前, 今年以来, 本月) only echoes
        // the guess: scan twice and keep what both agree on.
        let provisional = DatePoint(year: docYear, month: 12)
        var best: (month: Int, day: Int, quote: String, why: String)? = nil
        for m in TimeExpressions.scan(text, docDate: provisional) where m.start < limit {
            guard m.kind == .point || m.kind == .span || m.kind == .cumulative || m.kind == .relative
            else { continue }
            // a mention resolved through the provisional date itself (截至目前, 今年以来, 本月) only echoes
            // the guess: its end is the provisional month
            if m.kind != .point, let e = m.period.end, e.year == docYear, e.month == 12, e.day == nil { continue }
            if m.kind == .relative, m.period.start?.year == docYear, m.period.end?.year == docYear,
               m.period.start?.month == nil || m.period.end?.month == 12 { continue }
            guard let e = m.period.end, e.year == docYear, var month = e.month else { continue }
            guard !forecastContext(m) else { continue }
            var day = e.day ?? 0
            var why = "latest date “\(text.text(m.start, m.end))” in \(docYear)"
            // figures for a span of months (上半年, 前三季度, 1—10月) are published after it ends
            if m.kind == .span || m.kind == .relative, e.day == nil, month < 12, let b = m.period.start,
               b.year == docYear, let bm = b.month, bm != month, reportedAsPast(m) {
                month += 1; day = 0
                why = "figures for “\(text.text(m.start, m.end))” reported as past, so published after it"
            }
            if best == nil || (month, day) > (best!.month, best!.day) {
                best = (month, day, text.text(m.start, m.end), why)
            }
        }
        // 3. a dateline with month and day: its year as written, or the text's (the year after, when the text
        // already reports a later month of that year)
        if let dl = page.dateline {
            var why = "dateline “\(text.text(dl.start, dl.end))”"
            if let y = dl.year { docYear = y } else {
                if let b = best, b.month > dl.month { docYear += 1; why += "; year after \(b.quote)" }
                why += "; year from \(yearWhy)"
            }
            return DocumentDate(point: DatePoint(year: docYear, month: dl.month, day: dl.day), source: .dateline,
                                evidence: why)
        }
        // 4. the latest date or period the text reports
        if let b = best {
            let why = b.why + (yearWhy.contains(b.quote) ? "" : "; year from \(yearWhy)")
            return DocumentDate(point: DatePoint(year: docYear, month: b.month), source: .inferred, evidence: why)
        }
        return DocumentDate(point: DatePoint(year: docYear), source: .inferred, evidence: "year from \(yearWhy)")
    }

    // MARK: - Context tests (scalar searches over bounded windows: no Foundation string search)

    typealias Words = [[Unicode.Scalar]]
    static func words(_ w: [String]) -> Words { w.map { Array($0.unicodeScalars) } }

    static let forecastBefore = words(["预计", "预测", "有望", "力争", "目标", "计划", "预期", "展望", "争取", "将于", "将在", "拟",
                                       "定于", "届时", "即将", "預計", "預測", "預期", "可望", "將於", "將在", "屆時"])
    static let planStatements = words(ModalityRules.planStatements)
    static let forecastAfter = words(["预计", "预测", "有望", "将", "力争", "目标", "计划", "预期", "争取", "拟", "或",
                                      "預計", "預測", "將", "目標", "計劃", "預期", "爭取", "可望"])
    /// forecast words in the clause a year heads (2025年，规模有望达到…); no 或 (it is also "or")
    static let forecastInClause = words(["预计", "预测", "有望", "将", "力争", "目标", "计划", "预期", "争取", "拟",
                                         "預計", "預測", "將", "目標", "計劃", "預期", "爭取", "可望"])
    static let pastVerbs = words(["实现", "突破", "达到", "达", "完成", "增长", "同比", "累计", "发生", "共计", "总计",
                                  "超过", "超", "为", "新增", "下降", "回落",
                                  "實現", "達", "增長", "成長", "年增", "累計", "總計", "超過", "為", "下滑", "減少"])
    static let englishForecast = words(["expect", "forecast", "project", "will ", "could ", "may ", "might ",
                                        "estimate", "target", "aim", "plan", "set to", "by ", "outlook", "predict"])
    static let englishForecastAfter = words(["will", "expected", "forecast", "projected"])
    static let englishPast = words(["reached", "rose", "grew", "raised", "produced", "hit ", "totaled", "totalled",
                                    " was ", " were ", "fell", "increased", "sold", "shipped", "recorded", "posted",
                                    "generated", "earned", "invested"])
    static let annualReports = words(["统计公报", "統計公報", "年报", "年報", "年度报告", "年度報告"])
    static let eventNouns = words(["会", "论坛", "峰会", "展", "赛", "节", "博览"])

    @inline(__always) func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c
    }

    /// Whether any of `words` occurs inside [a, b) (ASCII case-insensitively).
    func contains(_ a: Int, _ b: Int, _ words: Words) -> Bool {
        let a = max(0, a), b = min(b, s.count)
        guard a < b else { return false }
        for w in words where w.count <= b - a {
            var i = a
            while i + w.count <= b {
                var j = 0
                while j < w.count, lower(s[i + j]) == w[j] { j += 1 }
                if j == w.count { return true }
                i += 1
            }
        }
        return false
    }

    func hasDigit(_ a: Int, _ b: Int) -> Bool {
        var i = max(0, a)
        while i < min(b, s.count) { if isDigit(s[i]) { return true }; i += 1 }
        return false
    }

    /// English words just before the mention: the English rules apply.
    func isEnglishContext(_ m: TimeMention) -> Bool {
        // (Latin letters before any Chinese character: "IDC预测，2027年" is Chinese)
        var k = m.start - 1, letters = 0
        while k >= 0, m.start - k <= 12 {
            let v = s[k].value
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { letters += 1 }
            else if isIdeograph(s[k]) || v == 0xFF0C || v == 0x3002 { break }
            k -= 1
        }
        return letters >= 2
    }

    /// Start of the sentence before i (back to . ! ? ; or a line break, at most 120 scalars).
    func sentenceStart(before i: Int) -> Int {
        var k = i - 1
        while k >= 0, i - k <= 120 {
            let c = s[k]
            if c == "\n" || c == "!" || c == "?" || c == ";" || c == "。" { break }
            if c == ".", k + 1 < s.count, s[k + 1] == " " || s[k + 1] == "\n" { break }
            k -= 1
        }
        return k + 1
    }

    /// A forecast or target word shortly before the mention (same clause) or in the rest of its clause.
    func forecastContext(_ m: TimeMention) -> Bool {
        let after = clauseEnd(from: m.end)
        if isEnglishContext(m) {
            if contains(sentenceStart(before: m.start), m.start, DocumentDateInference.englishForecast) { return true }
            return contains(m.end, after, DocumentDateInference.englishForecastAfter)
        }
        // what a plan sets out (方案还明确，2026年…): its years are targets
        if contains(sentenceStart(before: m.start), m.start, DocumentDateInference.planStatements) { return true }
        var k = m.start - 1, seen = 0
        while k >= 0, seen < 8, !isClauseEnd(s[k]) { k -= 1; seen += 1 }
        if contains(k + 1, m.start, DocumentDateInference.forecastBefore) { return true }
        var p = m.start - 1
        while p >= 0, s[p] == " " || s[p] == "\n" { p -= 1 }
        if p >= 0, s[p] == "到" || s[p] == "至" { return true }
        // a year heading its own clause (在2025年，规模有望…): the forecast is in the clause it heads
        if after - m.end <= 1 {
            let c = nextClauseStart(m.end)
            return contains(c, clauseEnd(from: c), DocumentDateInference.forecastInClause)
        }
        return contains(m.end, after, DocumentDateInference.forecastAfter)
    }

    /// A year-only mention followed by figures and a verb of attainment (or 全年) with no forecast word.
    func reportedAsPast(_ m: TimeMention) -> Bool {
        if isEnglishContext(m) {
            // "… reached RMB 1 trillion in 2025": the figure and its verb come before the year
            let a = sentenceStart(before: m.start)
            return hasDigit(a, m.start) && contains(a, m.start, DocumentDateInference.englishPast)
        }
        if m.end >= 2, s[m.end - 2] == "全", s[m.end - 1] == "年" { return true }
        if m.end >= 3, s[m.end - 3] == "全", s[m.end - 2] == "年", s[m.end - 1] == "度" { return true }
        var a = m.end, b = clauseEnd(from: m.end)
        // a year's statistical bulletin or annual report (2024年…统计公报) is published after that year
        if m.kind == .point, contains(a, b, DocumentDateInference.annualReports) { return true }
        if b - a <= 1 { a = nextClauseStart(m.end); b = clauseEnd(from: a) }
        guard hasDigit(a, b), !contains(a, b, DocumentDateInference.forecastInClause) else { return false }
        if contains(a, b, DocumentDateInference.pastVerbs) { return true }
        // a figure with no verb (2021年，全市某产业增加值4905亿元，同比增长11.5%): the verb of the clause after
        let c = nextClauseStart(b), d = clauseEnd(from: c)
        return c > b && !contains(c, d, DocumentDateInference.forecastInClause) && contains(c, d, DocumentDateInference.pastVerbs)
    }

    /// 已 / 已经 / 已經 right after the mention (spaces and a comma between allowed).
    func alreadyAfter(_ m: TimeMention) -> Bool {
        var k = m.end
        while k < s.count, k - m.end < 3, s[k] == " " || s[k] == "," || s[k] == "，" { k += 1 }
        return k < s.count && s[k] == "已"
    }

    func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "，", ",", "。", "；", ";", "！", "？", "!", "?", "：", ":": return true
        default: return false
        }
    }

    /// End of the clause that starts at `i` (at most 40 scalars on).
    func clauseEnd(from i: Int) -> Int {
        var k = i
        while k < s.count, k - i < 40, !isClauseEnd(s[k]) {
            if s[k] == "\n", k + 1 < s.count, s[k + 1] == "\n" { break }
            k += 1
        }
        return k
    }

    func nextClauseStart(_ i: Int) -> Int {
        var k = i
        while k < s.count, k - i < 40, !isClauseEnd(s[k]) { k += 1 }
        return min(k + 1, s.count)
    }

    /// Years written straight before an event name: 2026中关村论坛年会, 2025世界人工智能大会.
    func eventYears() -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        let n = s.count
        var i = 0
        while i + 4 < n {
            guard isDigit(s[i]), i == 0 || !(isDigit(s[i - 1]) || s[i - 1] == ".") else { i += 1; continue }
            var k = i
            while k < n, isDigit(s[k]) { k += 1 }
            defer { i = k }
            guard k - i == 4, k < n, isIdeograph(s[k]) else { continue }
            var v = 0
            for j in i..<k { v = v * 10 + Int(s[j].value - 0x30) }
            guard (1990...2100).contains(v), !CharSets.c8.contains(s[k])
            else { continue }
            // an event noun within the run of ideographs that follows (brackets and column breaks
            // inside it: 2026中国（深圳）低空经济博览\n会)
            var e = k
            while e < n, e - k < 20, isIdeograph(s[e]) || "（）()\n".unicodeScalars.contains(s[e]) { e += 1 }
            if contains(k, e, DocumentDateInference.eventNouns) {
                out.append((v, i, e))
            }
        }
        return out
    }

    func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    func isIdeograph(_ c: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(c.value) }
}
