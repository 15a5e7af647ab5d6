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

    /// The time-folded text of [a, b).
    func folded(_ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        if a < b { v.append(contentsOf: s[max(0, a)..<min(b, s.count)]) }
        return String(v)
    }

    func infer() -> DocumentDate? {
        let first = TimeExpressions.scan(text, docDate: nil)
        var year: Int? = nil
        var yearWhy = ""
        func raise(_ y: Int, _ why: String) {
            if year == nil || y > year! { year = y; yearWhy = why }
        }
        for m in first where m.kind != .horizon && m.kind != .plan && !m.period.isUnknown {
            guard !forecastContext(m) else { continue }
            let q = "“" + text.text(m.start, m.end) + "”"
            let y = (m.period.end ?? m.period.start)!.year
            raise(y, q)
            if m.kind == .point, let p = m.period.start, p.month == nil, reportedAsPast(m) {
                raise(y + 1, "figures for \(y) reported as past (" + q + ")")
            }
        }
        for (y, start, end) in eventYears() {
            raise(y, "event “" + text.text(start, end) + "”")
        }
        guard let docYear = year else { return nil }

        // Second pass with a provisional date at the end of that year: year-less dates resolve into it.
        // A mention whose period changes with the provisional month (截至目前, 今年以来, 本月) only echoes
        // the guess: scan twice and keep what both agree on.
        let provisional = DatePoint(year: docYear, month: 12)
        var other: [Int: Period] = [:]
        for m in TimeExpressions.scan(text, docDate: DatePoint(year: docYear, month: 11)) { other[m.start] = m.period }
        var best: (month: Int, day: Int, quote: String)? = nil
        for m in TimeExpressions.scan(text, docDate: provisional) {
            guard m.kind == .point || m.kind == .span || m.kind == .cumulative || m.kind == .relative
            else { continue }
            guard other[m.start] == m.period else { continue }
            guard let e = m.period.end, e.year == docYear, let month = e.month else { continue }
            guard !forecastContext(m) else { continue }
            let day = e.day ?? 0
            if best == nil || (month, day) > (best!.month, best!.day) {
                best = (month, day, text.text(m.start, m.end))
            }
        }
        if let b = best {
            let why = "latest date “\(b.quote)” in \(docYear)" + (yearWhy.contains(b.quote) ? "" : "; year from \(yearWhy)")
            return DocumentDate(point: DatePoint(year: docYear, month: b.month), source: .inferred, evidence: why)
        }
        return DocumentDate(point: DatePoint(year: docYear), source: .inferred, evidence: "year from \(yearWhy)")
    }

    // MARK: - Context tests

    static let forecastBefore: [String] = ["预计", "预测", "有望", "力争", "目标", "计划", "预期", "展望", "争取", "将于", "将在", "拟", "定于", "届时", "即将"]
    static let forecastAfter: [String] = ["预计", "预测", "有望", "将", "力争", "目标", "计划", "预期", "争取", "拟", "或"]
    static let pastVerbs: [String] = ["实现", "突破", "达到", "达", "完成", "增长", "同比", "累计", "发生", "共计", "总计",
                                      "超过", "超", "为", "新增", "下降", "回落"]

    static let englishForecast: [String] = ["expect", "forecast", "project", "will ", "could ", "may ", "might ",
                                            "estimate", "target", "aim", "plan", "set to", "by ", "outlook", "predict"]
    static let englishPast: [String] = ["reached", "rose", "grew", "raised", "produced", "hit ", "totaled", "totalled",
                                        " was ", " were ", "fell", "increased", "sold", "shipped", "recorded", "posted",
                                        "generated", "earned", "invested"]

    /// English words just before the mention: the English rules apply.
    func isEnglishContext(_ m: TimeMention) -> Bool {
        var k = m.start - 1, letters = 0
        while k >= 0, m.start - k <= 12 {
            let v = s[k].value
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { letters += 1 }
            k -= 1
        }
        return letters >= 2
    }

    /// The sentence before the mention, lower-cased (back to . ! ? ; or a line break, at most 120 scalars).
    func sentenceBefore(_ i: Int) -> String {
        var k = i - 1
        while k >= 0, i - k <= 120 {
            let c = s[k]
            if c == "\n" || c == "!" || c == "?" || c == ";" || c == "。" { break }
            if c == ".", k + 1 < s.count, s[k + 1] == " " || s[k + 1] == "\n" { break }
            k -= 1
        }
        return folded(k + 1, i).lowercased()
    }

    /// A forecast or target word shortly before the mention (same clause) or in the rest of its clause.
    func forecastContext(_ m: TimeMention) -> Bool {
        if isEnglishContext(m) {
            let before = sentenceBefore(m.start)
            if DocumentDateInference.englishForecast.contains(where: { before.contains($0) }) { return true }
            let after = clause(after: m.end).lowercased()
            return ["will", "expected", "forecast", "projected"].contains(where: { after.contains($0) })
        }
        var k = m.start - 1, seen = 0
        while k >= 0, seen < 8, !isClauseEnd(s[k]) { k -= 1; seen += 1 }
        let before = folded(k + 1, m.start)
        if DocumentDateInference.forecastBefore.contains(where: { before.contains($0) }) { return true }
        if before.hasSuffix("到") || before.hasSuffix("至") { return true }
        let after = clause(after: m.end)
        return DocumentDateInference.forecastAfter.contains(where: { after.contains($0) })
    }

    /// A year-only mention followed by figures and a verb of attainment (or 全年) with no forecast word.
    func reportedAsPast(_ m: TimeMention) -> Bool {
        if isEnglishContext(m) {
            // "… reached RMB 1 trillion in 2025": the figure and its verb come before the year
            let before = sentenceBefore(m.start)
            guard before.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else { return false }
            return DocumentDateInference.englishPast.contains(where: { before.contains($0) })
        }
        let own = folded(m.start, m.end)
        var after = clause(after: m.end)
        if after.count <= 1 { after = clause(after: nextClauseStart(m.end)) }
        if own.hasSuffix("全年") || own.hasSuffix("全年度") { return true }
        guard after.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else { return false }
        return DocumentDateInference.pastVerbs.contains(where: { after.contains($0) })
    }

    func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "，", ",", "。", "；", ";", "！", "？", "!", "?", "：", ":": return true
        default: return false
        }
    }

    /// The rest of the clause from `i` (up to 40 scalars).
    func clause(after i: Int) -> String {
        var k = i
        while k < s.count, k - i < 40, !isClauseEnd(s[k]) {
            if s[k] == "\n", k + 1 < s.count, s[k + 1] == "\n" { break }
            k += 1
        }
        return folded(i, k)
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
            let v = Int(folded(i, k))!
            guard (1990...2100).contains(v), !"年月日亿万千百元个家台项人名只件次多余款型届期号".unicodeScalars.contains(s[k])
            else { continue }
            // an event noun within the run of ideographs that follows
            var e = k
            while e < n, e - k < 14, isIdeograph(s[e]) { e += 1 }
            let name = folded(k, e)
            if ["会", "论坛", "峰会", "展", "赛", "节", "博览"].contains(where: { name.contains($0) }) {
                out.append((v, i, e))
            }
        }
        return out
    }

    func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    func isIdeograph(_ c: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(c.value) }
}
