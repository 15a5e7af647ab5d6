/// The period a figure refers to, from the time expressions of its sentence.
enum PeriodRules {
    struct Timing {
        var period: String
        /// The base period of a comparison (比“十三五”时期 → "2016..2020").
        var base: String?
        /// The period came from a horizon (到2030年): the figure is a target or forecast.
        var horizon: Bool
        /// The figure is the level reached in 从A增至B (its period is the span's last year).
        var reached = false
        /// The name of the rule that decided the period (`why.period`).
        var rule = ""
    }

    /// Words that make a figure a stock as of the document date (已有, 累计, 目前 …).
    static let stockCues: [[Unicode.Scalar]] = ["已", "累计", "目前", "现有", "拥有", "以来", "至今", "汇聚", "共有", "现已",
                                                "当前", "如今", "迄今"].map { Array($0.unicodeScalars) }

    /// Words just before a time expression that make it the base of a comparison.
    static let comparisonMarkers: [[Unicode.Scalar]] = ["比", "较", "相比", "相较", "同比", "与", "对比", "超过", "相当于"].map { Array($0.unicodeScalars) }

    /// Words that make a year a base only when 的 and the figure follow it: 是2018年的1.7倍, 为上年的2倍.
    static let multipleOfMarkers: [[Unicode.Scalar]] = ["是", "为", "达"].map { Array($0.unicodeScalars) }

    /// Words that place a sentence at an event the article reports (论坛现场, 开幕式上): an undated figure
    /// there belongs to the event's dates.
    static let eventCues: [[Unicode.Scalar]] = ["论坛", "年会", "大会", "开幕式", "闭幕式", "现场", "期间", "峰会", "博览会",
                                                "展会", "发布会", "几天来", "展示", "亮相", "比赛", "大赛"]
        .map { Array($0.unicodeScalars) }

    /// Words that set an undated figure in the past, not in the present (以往需要5名工人).
    static let pastCues: [[Unicode.Scalar]] = ["以往", "原本", "过去", "此前", "曾经", "当时", "最初"].map { Array($0.unicodeScalars) }

    /// Context the resolver may fall back on when a sentence states no time.
    struct Context {
        /// The period the previous sentence resolved to, when this one continues it (其中, 具体来看 …).
        var previousSentencePeriod: String?
        /// The latest day-precision date or day span mentioned before this sentence (an event's dates).
        var latestEventPeriod: Period?
        /// Where the sentence starts when a column break (a blank line mid-sentence) cut it.
        var joinedSentenceStart: Int?
        /// The document's month ("2026-03"), for 近日 and 日前.
        var docMonth: String?
        /// The month of the latest dated statement earlier in the paragraph (a policy issued 8月21日 …).
        var paragraphMonth: String?
        /// `asOfDocument(docDate)`, when the caller has it (it is the same for every figure of a document).
        var asOfDoc: String? = nil
        /// The period of the time phrase that last opened a sentence or heading before this one (`TimeScopes`).
        var scope: Period? = nil
    }

    static let sameTime = Array("同期".unicodeScalars)
    static let yearEarlierWords: [[Unicode.Scalar]] = ["a year earlier", "a year ago", "a year before", "the previous year",
                                                       "the year before", "in the same period last year"].map { Array($0.unicodeScalars) }

    /// Whether an English "a year earlier" follows the figure directly (a space or two between).
    static func yearEarlier(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        yearEarlierSet.starts(s, at: Scan.skipSpace(s, i))
    }
    static let yoy = Array("同比".unicodeScalars)
    static let eventVerbs: [[Unicode.Scalar]] = ["签约", "揭牌", "签署", "举行", "召开", "亮相", "发布"].map { Array($0.unicodeScalars) }
    static let sameDayCues: [[Unicode.Scalar]] = ["同日", "当日", "当天", "同一天"].map { Array($0.unicodeScalars) }
    /// Words of an amount over a period (a flow), not a level at a date.
    static let flowCues: [[Unicode.Scalar]] = ["增长", "下降", "总额", "增加值", "产值", "营收", "收入", "销售额", "成交额", "出货量", "产量", "销量",
                                               "融资", "募资", "募集", "净利", "利润", "亏损", "出口", "进口", "营业额", "承销", "盈利"]
        .map { Array($0.unicodeScalars) }

    /// Whether the sentence starting at `i` is the first of its paragraph.
    static func opensParagraph(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        // from the sentence's first letter back over the whitespace before it: a line break there opens a paragraph
        var j = Scan.skipSpace(s, i) - 1
        while j >= 0 && Scan.isSpace(s[j]) {
            if s[j] == "\n" { return true }
            j -= 1
        }
        return j < 0
    }

    static let constantUnits: Set<String> = ["km", "m", "km2", "m2", "mm", "cm", "nm", "inch", "ha", "mu"]

    /// `constantUnits.contains(unit)`, comparing the short strings in place (no hashing, no global).
    static func isConstantUnit(_ unit: String) -> Bool {
        ShortStrings.bytes(unit) { b in
            ShortStrings.equal(b, "km") || ShortStrings.equal(b, "m") || ShortStrings.equal(b, "km2") || ShortStrings.equal(b, "m2")
                || ShortStrings.equal(b, "mm") || ShortStrings.equal(b, "cm") || ShortStrings.equal(b, "nm")
                || ShortStrings.equal(b, "inch") || ShortStrings.equal(b, "ha") || ShortStrings.equal(b, "mu")
        }
    }

    static let recentCues: [[Unicode.Scalar]] = ["近日", "日前", "近期", "前不久", "不久前", "本月", "这个月", "recently", "this month"]
        .map { Array($0.unicodeScalars) }

    static let continuationCues: [[Unicode.Scalar]] = ["具体来看", "其中", "具体而言", "分领域看", "从结构看", "从领域看"]
        .map { Array($0.unicodeScalars) }

    /// What `resolve` needs of a sentence's time mentions that does not depend on the figure, worked out
    /// once for all the figures of the sentence: the mentions outside titles, which of them are the base
    /// of a comparison, their specs, and whether the sentence has a bracket at all.
    struct SentenceTimes {
        var mentions: [TimeMention] = []
        var comparisonBase: [Bool] = []
        var specs: [String] = []
        var anyBase = false
        var hasBracket = false
        /// Where the figure a mention is attached to by 的 starts (上年的37.1%, 2015年的389.7亿元), or -1.
        var attached: [Int] = []
        var anyAttached = false

        init() {}

        init(_ s: [Unicode.Scalar], sentence: Range<Int>, mentions all: [TimeMention]) {
            if !all.isEmpty {
                // (arrays sized once; the mentions themselves shared with `all` when none is left out)
                comparisonBase.reserveCapacity(all.count)
                attached.reserveCapacity(all.count)
                specs.reserveCapacity(all.count)
                var titled = false
                for m in all {
                    // a year inside a document's title (《…研究报告（2025年）》) dates the document, not the figure
                    if insideTitle(s, m.start, m.end) { titled = true; continue }
                    let isBase = isComparisonBase(s, m, sentenceStart: sentence.lowerBound)
                    comparisonBase.append(isBase)
                    let a = attachedFigure(s, m.end, limit: sentence.upperBound)
                    attached.append(a)
                    if a >= 0 { anyAttached = true }
                    specs.append(m.period.spec)
                    if isBase { anyBase = true }
                }
                mentions = titled ? all.filter { !insideTitle(s, $0.start, $0.end) } : all
            }
            // ( ) （ ） are 0x28 0x29 0xFF08 0xFF09: one masked compare each, counted without branches
            let lo = sentence.lowerBound, hi = min(sentence.upperBound, s.count)
            hasBracket = s.withUnsafeBufferPointer { b in
                var n: UInt32 = 0
                for i in lo..<hi {
                    let v = b[i].value & ~1
                    n |= (v == 0x28 ? 1 : 0) | (v == 0xFF08 ? 1 : 0)
                }
                return n != 0
            }
        }
    }

    static func resolve(_ q: Quantity, _ s: [Unicode.Scalar], sentence: Range<Int>, clauseStart: Int, clauseEnd: Int,
                        mentions: [TimeMention], docDate: DatePoint?, context: Context = Context()) -> Timing {
        resolve(q, s, sentence: sentence, clauseStart: clauseStart, clauseEnd: clauseEnd, docDate: docDate, context: context,
                times: SentenceTimes(s, sentence: sentence, mentions: mentions))
    }

    /// `resolve` with the sentence's time record made beforehand (once for all its figures).
    /// (`times` is borrowed, not wrapped in an optional: that copied it, retaining its arrays, per figure)
    static func resolve(_ q: Quantity, _ s: [Unicode.Scalar], sentence: Range<Int>, clauseStart: Int, clauseEnd: Int,
                        docDate: DatePoint?, context: Context, times: borrowing SentenceTimes) -> Timing {
        var base: String? = nil
        // (shared with the sentence's record unless a comparison base before the figure is left out)
        var usable = times.mentions
        var usableSpecs = times.specs
        // 由上年的37.1%提升至37.3%: a time attached to a figure by 的 dates that figure alone
        // (a rate attached to a base, 是2018年的1.7倍, is of the later time: the base rule below decides)
        if times.anyAttached, let k = times.attached.firstIndex(where: { $0 >= q.start && $0 < q.end }),
           !(times.comparisonBase[k] && (q.unit == "percent" || q.unit == "pp" || q.unit == "multiple")) {
            let m = times.mentions[k]
            // 较去年同期之港幣54億元: the same months a year before the period the sentence spoke of
            if Scan.ends(s, sameTime, at: m.end), let y = m.period.start?.year,
               let e = times.mentions[..<k].last(where: { $0.kind != .relative })?.period, let a = e.start, let b = e.end,
               a.month != nil, a.year == b.year {
                return Timing(period: e.shifted(years: y - a.year).spec, base: base, horizon: false, rule: "period.same-months-attached")
            }
            return Timing(period: times.specs[k], base: base, horizon: m.kind == .horizon, rule: "period.attached")
        }
        if times.anyBase || times.anyAttached {
            usable = []
            usableSpecs = []
            for k in times.mentions.indices {
                if times.comparisonBase[k], times.mentions[k].end <= q.start {
                    base = times.specs[k]
                } else if times.attached[k] >= 0 {
                    continue
                } else {
                    usable.append(times.mentions[k])
                    usableSpecs.append(times.specs[k])
                }
            }
        }
        let asOfDoc = context.asOfDoc ?? asOfDocument(docDate)
        // an aside in brackets that states a present state (…制砂机（已获4项发明专利）): as of the document
        // date, whatever year the sentence around it names
        // (a sentence without brackets has no aside)
        if times.hasBracket || q.start > sentence.upperBound, let open = asideStart(s, q.start, floor: sentence.lowerBound),
           stockCueSet.starts(s, at: Scan.skipSpace(s, open + 1)),
           !usable.contains(where: { $0.start > open && $0.end <= q.start }) {
            return Timing(period: asOfDoc, base: base, horizon: false, rule: "period.stock-aside")
        }
        // 每股盈利為港幣0.63元（二零二四年：港幣1.12元）: a year in a bracket is the comparison's, for the figures in
        // that bracket alone; in it, with the sentence before about a run of months, the same months of that year
        if times.hasBracket {
            let open = asideStart(s, q.start, floor: sentence.lowerBound)
            if let o = open, let m = usable.last(where: { $0.start > o && $0.end <= q.start }), m.kind == .point,
               let y = m.period.start?.year, m.period.start?.month == nil,
               let prev = context.previousSentencePeriod.flatMap({ Period(spec: $0) }), let a = prev.start, let b = prev.end,
               a.month != nil, a.year == b.year, a.year != y {
                return Timing(period: prev.shifted(years: y - a.year).spec, base: base, horizon: false, rule: "period.bracket-comparison")
            }
            let inOtherBracket = usable.indices.filter { k in
                let m = usable[k]
                guard let mo = asideStart(s, m.start, floor: sentence.lowerBound) else { return false }
                return mo != open && m.end <= q.start + 60
            }
            if !inOtherBracket.isEmpty {
                for k in inOtherBracket.reversed() { usable.remove(at: k); usableSpecs.remove(at: k) }
            }
        }
        // (the chosen mention by its index in `usable`, which also gives its spec)
        var chosenIndex: Int? = usable.lastIndex(where: { $0.end <= q.start })
        // a horizon right after the figure in its clause ("more than 100 models by 2027") is its period,
        // and so is a date that directly follows it ("up from US$600 billion in 2024")
        if let h = usable.firstIndex(where: { $0.kind == .horizon && $0.start >= q.end && $0.start < clauseEnd }) { chosenIndex = h }
        else if let f = usable.firstIndex(where: { $0.start >= q.end && $0.start < clauseEnd }), usable[f].start - q.end <= 4,
                usable[f].kind == .point || usable[f].kind == .span { chosenIndex = f }
        if chosenIndex == nil {
            chosenIndex = usable.firstIndex(where: { $0.start >= q.end && $0.start < clauseEnd })
        }
        let chosen = chosenIndex.map { usable[$0] }
        let stockFrom = chosen.map { $0.end <= q.start ? $0.end : sentence.lowerBound } ?? sentence.lowerBound
        let isStock = stockCueSet.occurs(in: s, from: stockFrom, to: q.start)
        // 未来两年将…力争…破万亿元: the horizon is the last year of the coming N (counting this one)
        if chosen == nil, let d = docDate, let n = comingYears(s, from: sentence.lowerBound, to: q.start) {
            return Timing(period: String(d.year + n - 1), base: base, horizon: true, rule: "period.coming-years")
        }
        guard let m = chosen, !m.period.isUnknown else {
            let u = undated(q, s, sentence: sentence, isStock: isStock, asOfDoc: asOfDoc, docDate: docDate, context: context)
            return Timing(period: u.period, base: base, horizon: false, rule: u.rule)
        }
        // a disclosure date (3月29日，…披露，…已投资了超过700家; 8月份发布的报告提出，…已突破200家) dates the
        // statement: the stock is as of that month
        if isStock && m.kind == .point, let p = m.period.end, let month = p.month, m.end <= q.start {
            return Timing(period: Period(start: nil, end: DatePoint(year: p.year, month: month)).spec, base: base, horizon: false, rule: "period.stock-as-of-disclosure")
        }
        // 前三季度…，去年同期亏损7.2亿元: the same months of that year
        if Scan.ends(s, sameTime, at: m.end), let y = m.period.start?.year {
            let earlier = usable.last(where: { $0.end <= m.start && $0.kind != .relative })?.period
                ?? context.previousSentencePeriod.flatMap { Period(spec: $0) }
            if let e = earlier, let a = e.start, let b = e.end, a.month != nil, a.year == b.year, a != b || a.day == nil {
                return Timing(period: e.shifted(years: y - a.year).spec, base: base, horizon: false, rule: "period.same-months-last-year")
            }
        }
        // 截至8月27日，年内…: from the start of that year to the cut-off date
        let cutoff = m.kind == .cumulative ? m : usable.last(where: { $0.kind == .cumulative && $0.end <= q.start })
        if let c = cutoff, let end = c.period.end, m.kind == .cumulative || m.kind == .relative,
           usable.contains(where: { $0.kind == .relative && $0.end <= q.start && isWholeYear($0.period, end.year) }) {
            return Timing(period: Period(start: DatePoint(year: end.year, month: 1, day: 1), end: end).spec, base: base, horizon: false, rule: "period.year-to-cutoff")
        }
        // "compared with 2.9 trillion yuan a year earlier": the same months of the year before
        if q.unit != "percent" && q.unit != "pp", yearEarlier(s, after: q.end), m.period.start != nil, m.period.end != nil {
            return Timing(period: m.period.shifted(years: -1).spec, base: base, horizon: false, rule: "period.year-earlier")
        }
        // 2023年末，铁路运营里程达1.46万公里: a year's end is the date a stock is stated at (SPEC: ..2023-12),
        // unless something was set up or signed then (去年底设立…基金: that month)
        if m.kind == .point || m.kind == .relative, m.end > m.start, s[m.end - 1] == "底" || s[m.end - 1] == "末",
           let e = m.period.end, e.month == 12, e.day == nil, m.period.start == e,
           !setUpCueSet.occurs(in: s, from: sentence.lowerBound, to: sentence.upperBound) {
            return Timing(period: Period(start: nil, end: e).spec, base: base, horizon: false, rule: "period.stock-at-year-end")
        }
        // 2015—2022年，市场规模从389.7亿元增至4836.2亿元: the level after 从 is of the span's first year, the one
        // reached (至, 到) of its last
        if let a = m.period.start, let b = m.period.end, a.year < b.year, q.unit != "percent", q.unit != "pp", q.unit != "multiple",
           let end = levelEnd(s, q, clauseStart: clauseStart) {
            return Timing(period: String(end ? b.year : a.year), base: base, horizon: false, reached: end, rule: "period.from-to-level")
        }
        return Timing(period: usableSpecs[chosenIndex!], base: base, horizon: m.kind == .horizon, rule: "period.time-in-sentence")
    }

    static let fromMark = Array("从".unicodeScalars)

    /// For a level in a 从A增至B clause: true when it is the level reached (after 至/到 with 从 before it in the
    /// clause), false when it is the level started from (right after 从), nil otherwise.
    static func levelEnd(_ s: [Unicode.Scalar], _ q: Quantity, clauseStart: Int) -> Bool? {
        var j = Scan.skipSpaceBackward(s, q.start)
        if let w = QualifierRules.before.matchBackward(s, endingAt: j), w.start >= clauseStart { j = Scan.skipSpaceBackward(s, w.start) }
        guard j > clauseStart else { return nil }
        if s[j - 1] == "从" { return false }
        if s[j - 1] == "至" || s[j - 1] == "到", Scan.contains(s, fromMark, from: clauseStart, to: j - 1) { return true }
        return nil
    }

    /// "As of the document date" ("..2026-03"), or "" without a date.
    static func asOfDocument(_ docDate: DatePoint?) -> String {
        docDate.map { Period(start: nil, end: DatePoint(year: $0.year, month: $0.month)).spec } ?? ""
    }

    /// Whether a sentence opens with a breakdown of what came before: 分产业看，/ 分地区来看，/ 从行业看，.
    static func opensWithBreakdown(_ s: [Unicode.Scalar], _ head: Int, _ end: Int) -> Bool {
        guard head < end, s[head] == "分" || s[head] == "从" else { return false }
        var j = head + 1
        while j < end && j - head <= 7 && Scan.isHan(s[j]) {
            if s[j] == "看", j + 1 < end, Scan.isClauseBreak(s[j + 1]) { return true }
            j += 1
        }
        return false
    }

    /// A figure whose sentence states no time: a continuation takes the previous sentence's period; a figure
    /// at a reported event takes the event's dates; a present-tense state is "as of the document date";
    /// an undated amount of money or a past state stays unknown.
    static func undated(_ q: Quantity, _ s: [Unicode.Scalar], sentence: Range<Int>, isStock: Bool, asOfDoc: String,
                        docDate: DatePoint? = nil, context: Context) -> (period: String, rule: String) {
        // 近日 / 日前 / 近期: an event of the last few weeks, dated to the document's month
        if let d = context.docMonth, recentCueSet.occurs(in: s, from: sentence.lowerBound, to: q.start) {
            return (d, "period.recent")
        }
        // 生猪存栏40.2万头 in a 2024 bulletin: a stock of things is stated at the end of the reporting period
        if let scope = context.scope, let e = scope.end, stockNounSet.occurs(in: s, from: sentence.lowerBound, to: q.start) {
            return (Period(start: nil, end: DatePoint(year: e.year, month: e.month ?? 12)).spec, "period.stock-at-scope-end")
        }
        let head = Scan.skipSpace(s, sentence.lowerBound)
        if let prev = context.previousSentencePeriod, !prev.isEmpty,
           continuationCues.contains(where: { Scan.has(s, $0, at: head) }) || opensWithBreakdown(s, head, sentence.upperBound) {
            return (prev, "period.continues-sentence-before")
        }
        // 同比增长7.2% with no time of its own continues the reporting period of the sentence before
        // (上半年…增长5.6%。规模以上工业增加值同比增长7.2%。) when that was a closed span
        // and so does a flow (零售总额9876.4亿元，增长4.3%) in a sentence that goes on the same paragraph
        // (a reported period, over by the document date: not a target year such as 到2030年)
        if !isStock, let prev = context.previousSentencePeriod, let p = Period(spec: prev), let ps = p.start, let pe = p.end,
           ps != pe || ps.day == nil, let d = docDate, pe.year < d.year || (pe.year == d.year && (pe.month ?? 12) <= (d.month ?? 12)),
           Scan.contains(s, yoy, from: sentence.lowerBound, to: q.start)
            || (!opensParagraph(s, sentence.lowerBound) && flowCueSet.occurs(in: s, from: sentence.lowerBound, to: min(sentence.upperBound, q.end + 4))) {
            return (prev, "period.flow-continues-sentence-before")
        }
        // 同日/当天: the day of the event just told
        if let event = context.latestEventPeriod, sameDayCueSet.occurs(in: s, from: sentence.lowerBound, to: q.start) {
            return (event.spec, "period.same-day")
        }
        if isStock { return (asOfDoc, "period.stock-as-of-doc-date") }
        if pastCueSet.occurs(in: s, from: sentence.lowerBound, to: q.start) { return ("", "period.past-undated") }
        if let event = context.latestEventPeriod,
           eventCueSet.occurs(in: s, from: context.joinedSentenceStart ?? sentence.lowerBound, to: sentence.upperBound) {
            return (event.spec, "period.event-dates")
        }
        // the period a sentence or heading before opened with (上半年，… then 全市夏粮产量36.0万吨): a flow, a rate or
        // a share there is of that period; so is a count of events (起, 次, 笔), not one of things that exist
        // (a share under a whole year's scope may be a state as of now: 在京院士占全国一半 after 2025年，…; under
        // a run of months, 上半年 or 2023年第四季度, it is of those months)
        // (an area sown, planted or farmed, 粮食播种面积36.9万亩, is of its year like a flow)
        let annualArea = isConstantUnit(q.unit) && annualAreaCueSet.occurs(in: s, from: sentence.lowerBound, to: q.start)
        if let scope = context.scope, !isConstantUnit(q.unit) || annualArea,
           q.unit == "pp" || q.unit == "multiple"
            || (q.unit == "count" && eventCounters.contains(q.counter ?? ""))
            || (q.unit == "percent" && scope.start?.month != nil && closedBefore(scope, docDate))
            || annualArea
            || (q.unit != "count" && (flowCueSet.occurs(in: s, from: sentence.lowerBound, to: q.start)
                                      || MetricRules.nearestBefore(MetricRules.shipmentLexicon, s, from: sentence.lowerBound, to: q.start) != nil)) {
            return (scope.spec, "period.scope")
        }
        if Currency.isMoney(q.unit) { return (context.paragraphMonth ?? "", "period.money-paragraph-month") }
        // a count of those who took part in a one-off act the article reports (…6家机构集中签约) is dated to
        // the document's month, not a stock as of it
        if q.unit == "count", let d = context.docMonth,
           eventVerbSet.occurs(in: s, from: q.end, to: Scan.clauseEnd(s, q.end, ceiling: sentence.upperBound)) {
            return (d, "period.event-count-doc-month")
        }
        // a length or an area (全长约9公里) is an attribute, not a state as of a date
        if isConstantUnit(q.unit) { return ("", "period.attribute-undated") }
        return (asOfDoc, "period.as-of-doc-date")
    }

    /// Whether `p` ended before the document's month (2023年第四季度 in March 2024; not 今年以来, which runs up to it).
    static func closedBefore(_ p: Period, _ docDate: DatePoint?) -> Bool {
        guard let e = p.end, let d = docDate else { return false }
        return e.year * 12 + (e.month ?? 12) < d.year * 12 + (d.month ?? 12)
    }

    /// Counters of things that happen (a count of them is a flow over a period), not of things that exist.
    static let eventCounters: Set<String> = ["起", "次", "笔", "宗", "场", "轮", "例"]

    static let comingWords: [[Unicode.Scalar]] = ["未来", "今后"].map { Array($0.unicodeScalars) }

    /// N in 未来N年 / 今后N年 (Arabic or Chinese N up to 十) before `to` in the sentence.
    static func comingYears(_ s: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        var i = from
        // (read once: each read of a global in the loop would call swift_once)
        let comingWordSet = Self.comingWordSet
        while i + 3 < to {
            if comingWordSet.starts(s, at: i) {
                let j = i + 2
                var n: Int? = nil
                var k = j
                if Scan.isDigit(s[j]) {
                    var v = 0
                    while k < to && Scan.isDigit(s[k]) && v < 100 { v = v * 10 + Int(s[k].value - 48); k += 1 }
                    n = v
                } else if let d = ChineseDigits.digit(s[j]) {
                    n = d; k = j + 1
                } else if s[j] == "十" {
                    n = 10; k = j + 1
                }
                if let n, n > 0, n <= 30, k < to, s[k] == "年" { return n }
            }
            i += 1
        }
        return nil
    }

    static func isWholeYear(_ p: Period, _ year: Int) -> Bool {
        guard let a = p.start, let b = p.end, a.year == year, b.year == year else { return false }
        return (a.month ?? 1) == 1 && (b.month ?? 12) == 12
    }

    /// Where the bracket that the figure at `i` sits in opens, if it is inside an open ( or （ of its sentence.
    static func asideStart(_ s: [Unicode.Scalar], _ i: Int, floor: Int) -> Int? {
        var j = i - 1
        while j >= floor && i - j <= 40 {
            if s[j] == ")" || s[j] == "）" { return nil }
            if s[j] == "(" || s[j] == "（" { return j }
            j -= 1
        }
        return nil
    }

    /// Whether s[a..<b] sits between 《 and 》 (a title).
    static func insideTitle(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var i = a - 1, n = 0
        var open = false
        while i >= 0 && n < 60 {
            if s[i] == "》" { return false }
            if s[i] == "《" { open = true; break }
            i -= 1; n += 1
        }
        guard open else { return false }
        var j = b
        n = 0
        while j < s.count && n < 60 {
            if s[j] == "《" { return false }
            if s[j] == "》" { return true }
            j += 1; n += 1
        }
        return false
    }

    /// Where the figure starts that the time ending at `end` is attached to by 的 (上年的37.1%, 2015年的 389.7
    /// 亿元), or -1: 的 right after the time, then a digit or a Chinese numeral.
    static func attachedFigure(_ s: [Unicode.Scalar], _ end: Int, limit: Int) -> Int {
        let j = Scan.skipSpace(s, end)
        guard j < limit, s[j] == "的" || s[j] == "之" else { return -1 }
        var k = Scan.skipSpace(s, j + 1)
        // (a currency word may stand before the number: 去年同期之港幣54億元)
        if k < limit, let c = MoneyRules.prefixes.match(s, at: k, skippingSpace: false), Scan.isHan(s[k]) { k = Scan.skipSpace(s, c.end) }
        guard k < limit, Scan.isDigit(s[k]) || ChineseDigits.isNumeralChar(s[k]) else { return -1 }
        return k
    }

    static func isComparisonBase(_ s: [Unicode.Scalar], _ m: TimeMention, sentenceStart: Int) -> Bool {
        var j = Scan.skipSpaceBackward(s, m.start)
        if j > 0, s[j - 1] == "“" || s[j - 1] == "\"" { j -= 1 }
        if comparisonMarkers.contains(where: { w in j - w.count >= sentenceStart && Scan.ends(s, w, at: j) }) { return true }
        // 是2018年的1.7倍: the year of the base a multiple is of
        let after = Scan.skipSpace(s, m.end)
        return after < s.count && s[after] == "的" && multipleOfMarkers.contains { w in
            j - w.count >= sentenceStart && Scan.ends(s, w, at: j)
        }
    }
}

extension PeriodRules {
    /// The cue lists above as word sets (each searched in one pass).
    static let stockCueSet = WordSet(stockCues)
    static let recentCueSet = WordSet(recentCues)
    static let pastCueSet = WordSet(pastCues)
    static let eventCueSet = WordSet(eventCues)
    static let comingWordSet = WordSet(comingWords)
    static let yearEarlierSet = WordSet(yearEarlierWords)
    static let flowCueSet = WordSet(flowCues)
    static let sameDayCueSet = WordSet(sameDayCues)
    static let eventVerbSet = WordSet(eventVerbs)
    /// Stocks of things, stated at the end of a reporting period (存栏, 保有量, 余额).
    static let stockNounSet = WordSet(["存栏", "保有量", "余额", "存量", "年末"].map { Array($0.unicodeScalars) })
    /// What makes an area a yearly figure (播种面积, 种植面积, 养殖面积, 造林).
    static let annualAreaCueSet = WordSet(["播种", "种植", "养殖", "造林"].map { Array($0.unicodeScalars) })
    static let setUpCueSet = WordSet(eventVerbs + ["设立", "成立", "发起", "组建"].map { Array($0.unicodeScalars) })
}
