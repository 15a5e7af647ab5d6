/// What a figure measures, from the cue words around it (市场规模 → market_size, 同比增长 → growth_rate …).
/// The nearest cue before the figure in its clause wins; some cues also count just after it
/// ("600亿元国家人工智能产业投资基金" is a fund's size).
enum MetricRules {
    /// Cues for money amounts.
    static let moneyBefore: [(String, String)] = [
        ("市场规模", "market_size"), ("市场空间", "market_size"), ("市场容量", "market_size"), ("市场", "market_size"),
        ("产业规模", "industry_size"), ("产业", "industry_size"), ("经济规模", "industry_size"), ("行业规模", "industry_size"), ("产业集群", "industry_size"),
        ("总规模", "fund_size"), ("认缴规模", "fund_size"), ("管理规模", "fund_size"), ("基金规模", "fund_size"),
        ("募资规模", "fund_size"), ("资产管理规模", "fund_size"), ("基金", "fund_size"), ("首期规模", "fund_size"),
        ("出资", "investment"), ("投资", "investment"), ("投入", "investment"), ("总投资", "investment"),
        ("投资额", "investment"), ("资金", "investment"), ("统筹", "investment"), ("落地", "investment"),
        ("项目决策", "investment"), ("拨付", "investment"), ("安排", "investment"), ("补贴", "investment"),
        ("奖励", "investment"), ("支持", "investment"), ("资助", "investment"),
        ("撬动", "investment"), ("带动投资", "investment"), ("社会资本", "investment"),
        ("认缴出资额", "fund_size"), ("认缴出资", "fund_size"), ("目标规模", "fund_size"), ("管理资产规模", "fund_size"),
        ("资产规模", "other"), ("认缴", "investment"), ("认缴规模", "fund_size"), ("总认缴规模", "fund_size"),
        ("融资", "financing"), ("投融资", "financing"), ("融资金额", "financing"), ("融资额", "financing"),
        ("融资总额", "financing"), ("投资金额", "investment"), ("投资总额", "investment"), ("募资", "financing"), ("募集", "financing"), ("轮", "financing"),
        ("成交额", "transaction_value"), ("交易额", "transaction_value"), ("签约", "transaction_value"),
        ("合同", "transaction_value"), ("成交", "transaction_value"), ("交易", "transaction_value"), ("订单", "transaction_value"),
        ("营收", "revenue"), ("营业收入", "revenue"), ("收入", "revenue"), ("销售额", "revenue"), ("销售收入", "revenue"),
        ("营业额", "revenue"), ("销售", "revenue"),
        ("产值", "output_value"), ("生产总值", "output_value"), ("GDP", "output_value"), ("零售总额", "output_value"),
        ("增加值", "output_value"), ("总产出", "output_value"), ("经济总量", "output_value"),
        // trade values are not output (SPEC: 进出口总额, 出口额 → other)
        ("出口额", "other"), ("出口金额", "other"), ("进口额", "other"), ("进口金额", "other"), ("进出口", "other"),
        ("出口总额", "other"), ("贸易额", "other"),
        ("利润", "profit"), ("净利", "profit"), ("盈利", "profit"), ("亏损", "profit"),
        ("成本", "cost"), ("费用", "cost"), ("支出", "cost"),
        ("研发", "r_and_d"), ("R&D", "r_and_d"), ("研发投入", "r_and_d"), ("研发费用", "r_and_d"), ("研发经费", "r_and_d"),
        ("研发支出", "r_and_d"), ("研发资金", "r_and_d"), ("研发经费支出", "r_and_d"), ("经费投入", "r_and_d"),
        ("试验发展经费", "r_and_d"), ("R&D经费", "r_and_d"),
        ("承销", "transaction_value"), ("承销金额", "transaction_value"), ("募集金额", "financing"), ("募集资金", "financing"),
        ("融资规模", "financing"), ("募资总额", "financing"),
        ("效益", "other"), ("降本增效", "other"), ("年薪", "other"), ("估值", "other"), ("市值", "other"),
        ("market", "market_size"), ("industry", "industry_size"), ("fund", "fund_size"), ("invest", "investment"),
        ("raised", "financing"), ("spending", "investment"), ("capex", "investment"), ("financing", "financing"), ("funding", "financing"), ("revenue", "revenue"),
        ("sales", "revenue"), ("profit", "profit"), ("output", "output_value"), ("GDP", "output_value"),
        ("valuing", "other"), ("valuation", "other"), ("valued", "other"),
        ("Revenue", "revenue"), ("Sales", "revenue"), ("Profit", "profit"), ("exports", "other"), ("Exports", "other"),
        ("imports", "other"), ("Imports", "other"),
        ("IPO", "financing"), ("raise", "financing"), ("raising", "financing"), ("seeking", "financing"),
        ("funding round", "financing"), ("turnover", "transaction_value"), ("Investment", "investment"), ("Funding", "financing"),
    ]

    /// Cues right after a money figure: "600亿元国家人工智能产业投资基金", "超亿元销售收入".
    static let moneyAfter: [(String, String)] = [
        ("项目决策", "investment"), ("基金", "fund_size"), ("销售收入", "revenue"), ("专项资金", "investment"),
        ("资金", "investment"), ("补贴", "investment"), ("收入", "revenue"), ("营收", "revenue"),
        ("融资", "financing"), ("订单", "transaction_value"), ("投资", "investment"), ("经济效益", "other"),
        ("fund", "fund_size"),
        // English: "1 trillion yuan in revenue", "$2 billion of new funding"
        ("in revenue", "revenue"), ("of revenue", "revenue"), ("in sales", "revenue"), ("in profit", "profit"),
        ("in net profit", "profit"), ("in funding", "financing"), ("of funding", "financing"), ("in new funding", "financing"),
        ("of new funding", "financing"), ("in financing", "financing"), ("in investment", "investment"),
        ("of investment", "investment"), ("in exports", "other"),
    ]

    /// English nouns right after a percentage that make it a change: "a 41% jump", "an 8% year-on-year rise".
    static let rateAfter = Lexicon<String>([
        "jump", "rise", "increase", "gain", "growth", "surge", "climb", "drop", "decline", "fall", "slump", "decrease",
        "year-on-year", "year on year", "annual growth", "annual increase", "on-year", "CAGR", "compound annual",
    ].map { ($0, "growth_rate") })

    /// Cues for percentages and multiples.
    static let rateBefore: [(String, String)] = [
        ("同比增长", "growth_rate"), ("增长", "growth_rate"), ("增速", "growth_rate"), ("增幅", "growth_rate"),
        ("增长率", "growth_rate"), ("复合增长率", "growth_rate"), ("同比", "growth_rate"), ("环比", "growth_rate"),
        ("提升", "growth_rate"), ("提高", "growth_rate"), ("增加", "growth_rate"), ("上涨", "growth_rate"),
        ("上升", "growth_rate"), ("下降", "growth_rate"), ("下滑", "growth_rate"), ("减少", "growth_rate"),
        ("回落", "growth_rate"), ("降低", "growth_rate"), ("降幅", "growth_rate"), ("翻", "growth_rate"),
        ("扩大", "growth_rate"), ("缩减", "growth_rate"), ("增", "growth_rate"), ("降", "growth_rate"),
        ("年均", "growth_rate"), ("CAGR", "growth_rate"), ("新增", "none"), ("增加值", "none"),
        // Taiwan and Hong Kong usage (folded from 成長, 漲幅, 按年 …)
        ("成长", "growth_rate"), ("成长率", "growth_rate"), ("涨幅", "growth_rate"), ("升幅", "growth_rate"),
        ("跌幅", "growth_rate"), ("年增", "growth_rate"), ("按年", "growth_rate"), ("按季", "growth_rate"),
        ("大涨", "growth_rate"), ("下跌", "growth_rate"), ("上扬", "growth_rate"), ("增长速度", "growth_rate"),
        ("占比", "share"), ("占", "share"), ("比重", "share"), ("渗透率", "share"), ("普及率", "share"),
        ("覆盖率", "share"), ("准确率", "share"), ("份额", "share"), ("比例", "share"), ("纯度", "share"),
        ("进度", "share"), ("利用率", "share"), ("合格率", "share"), ("良率", "share"), ("成功率", "share"),
        ("率", "share"), ("中", "share"),
        // R&D intensity is R&D spending as a share of GDP
        ("研发投入强度", "share"), ("经费投入强度", "share"), ("研发强度", "share"), ("强度", "share"), ("R&D", "r_and_d"),
        ("grew", "growth_rate"), ("growth", "growth_rate"), ("rose", "growth_rate"), ("increase", "growth_rate"),
        ("up", "growth_rate"), ("down", "growth_rate"), ("fell", "growth_rate"), ("share", "share"),
        ("penetration", "share"), ("accounted", "share"),
        ("jumped", "growth_rate"), ("gained", "growth_rate"), ("surged", "growth_rate"), ("soared", "growth_rate"),
        ("climbed", "growth_rate"), ("rallied", "growth_rate"), ("dropped", "growth_rate"), ("declined", "growth_rate"),
    ]

    /// Cues that make a count a count of units shipped, sold or produced.
    static let shipmentsBefore = ["出货量", "销量", "产量", "装机量", "交付量", "出货", "销售", "交付", "生产",
                                  "出栏", "装机", "装车量", "采伐", "捕捞", "出口量", "发电量", "进口", "出口", "shipments", "Shipments", "shipped", "sold", "Sales", "sales of", "produced", "production", "Production", "deliveries", "Deliveries", "delivered", "output of", "Output of", "output", "Output"]

    static let goodsCounters: Set<String> = ["台", "套", "辆", "部", "件", "架", "艘", "units", "robots", "vehicles"]

    /// `goodsCounters.contains(c)`, by comparing the short strings in place (no hashing, no global).
    static func isGoodsCounter(_ c: String) -> Bool {
        ShortStrings.bytes(c) { b in
            ShortStrings.equal(b, "台") || ShortStrings.equal(b, "套") || ShortStrings.equal(b, "辆") || ShortStrings.equal(b, "部")
                || ShortStrings.equal(b, "件") || ShortStrings.equal(b, "架") || ShortStrings.equal(b, "艘")
                || ShortStrings.equal(b, "units") || ShortStrings.equal(b, "robots") || ShortStrings.equal(b, "vehicles")
        }
    }

    /// Nouns right after a percentage (的 allowed between) that say what it is: 以21%的市场份额, 实现45%的同比增长.
    static let percentAfter: [(String, String)] = [
        ("市场份额", "share"), ("份额", "share"), ("市占率", "share"), ("占比", "share"), ("比重", "share"),
        ("同比增长", "growth_rate"), ("增长", "growth_rate"), ("增幅", "growth_rate"), ("涨幅", "growth_rate"),
        ("降幅", "growth_rate"), ("成长", "growth_rate"), ("增速", "growth_rate"), ("平均增速", "growth_rate"),
        ("增长率", "growth_rate"),
        // 近六成公司净利润增长, 超七成企业: a share of the companies
        ("公司", "share"), ("企业", "share"),
    ]

    /// What a change in percentage points changes: a share (比重较上年提高0.5个百分点) or a growth rate
    /// (增速比一季度回落4.8个百分点). The nearest such noun before the figure decides.
    static let pointsNouns: [(String, String)] = [
        ("比重", "share"), ("占比", "share"), ("份额", "share"), ("渗透率", "share"), ("普及率", "share"), ("覆盖率", "share"),
        ("率", "share"), ("强度", "share"), ("占有率", "share"), ("市占率", "share"), ("share", "share"),
        ("增速", "growth_rate"), ("增幅", "growth_rate"), ("增长率", "growth_rate"), ("涨幅", "growth_rate"),
        ("降幅", "growth_rate"), ("跌幅", "growth_rate"), ("成长率", "growth_rate"), ("增长速度", "growth_rate"),
        ("growth", "growth_rate"),
    ]

    static let percentAfterLexicon = Lexicon(percentAfter)
    static let pointsLexicon = Lexicon(pointsNouns)
    static let moneyLexicon = Lexicon(moneyBefore)
    static let moneyAfterLexicon = Lexicon(moneyAfter)
    static let rateLexicon = Lexicon(rateBefore)
    static let shipmentLexicon = Lexicon(shipmentsBefore.map { ($0, "shipments") })

    /// The nearest cue ending at or before `end` and starting at or after `from`.
    static func nearestBefore<V>(_ lex: Lexicon<V>, _ s: [Unicode.Scalar], from: Int, to end: Int) -> (value: V, start: Int)? {
        var j = end
        while j > from {
            if let m = lex.matchBackward(s, endingAt: j, skippingSpace: true), m.start >= from {
                return (m.value, m.start)
            }
            j -= 1
        }
        return nil
    }

    /// `nearestBefore(lex, s, from: from, to: end)`, and what it passed over: the first cue it found that
    /// starts before `from` but not before `wider` (wider <= from). When the narrow search finds nothing,
    /// `nearestBefore(lex, s, from: wider, to: end)` is that cue, or else
    /// `nearestBefore(lex, s, from: wider, to: min(from, end))` (`widened`): s[from..<end] is not searched twice.
    static func nearestBefore<V>(_ lex: Lexicon<V>, _ s: [Unicode.Scalar], from: Int, passing wider: Int, to end: Int)
        -> (near: (value: V, start: Int)?, passed: (value: V, start: Int)?) {
        var j = end
        var passed: (value: V, start: Int)? = nil
        while j > from {
            if let m = lex.matchBackward(s, endingAt: j, skippingSpace: true) {
                if m.start >= from { return ((m.value, m.start), passed) }
                if passed == nil && m.start >= wider { passed = (m.value, m.start) }
            }
            j -= 1
        }
        return (nil, passed)
    }

    /// What `nearestBefore(lex, s, from: wider, to: end)` finds, given the narrow search of
    /// `nearestBefore(_:_:from:passing:to:)` found nothing.
    static func widened<V>(_ lex: Lexicon<V>, _ s: [Unicode.Scalar], _ narrow: (near: (value: V, start: Int)?, passed: (value: V, start: Int)?),
                           from: Int, wider: Int, to end: Int) -> (value: V, start: Int)? {
        narrow.passed ?? nearestBefore(lex, s, from: wider, to: min(from, end))
    }

    /// The nearest rate cue, passing over words that only look like one (新增 is "newly added", 增加值 is
    /// value added: neither is a growth).
    static func nearestRate(_ s: [Unicode.Scalar], from: Int, to end: Int) -> (value: String, start: Int)? {
        var j = end
        while let m = nearestBefore(rateLexicon, s, from: from, to: j) {
            if m.value != "none" { return m }
            j = m.start
        }
        return nil
    }

    static func metric(for q: Quantity, _ s: [Unicode.Scalar], clauseStart: Int, clauseEnd: Int, sentenceStart: Int,
                       why: inout String) -> String {
        switch q.unit {
        case "percent", "pp", "multiple":
            if q.unit == "percent", s[q.start].value < 0x80, rateAfter.match(s, at: Scan.skipSpace(s, q.end), skippingSpace: false) != nil {
                why = "metric.rate-noun-after"; return "growth_rate"
            }
            // 以21%的市场份额, 实现了45%的同比增长: the noun after the figure says what it is
            if q.unit == "percent" {
                var j = Scan.skipSpace(s, q.end)
                if j < clauseEnd && s[j] == "的" { j += 1 }
                if let m = percentAfterLexicon.match(s, at: j, skippingSpace: true) { why = "metric.noun-after-percent"; return m.value }
                // 占增发市场总规模的81.05%: a part of a whole
                let k = Scan.skipSpaceBackward(s, q.start)
                if k > clauseStart, s[k - 1] == "的", Scan.contains(s, Self.occupies, from: clauseStart, to: k) { why = "metric.part-of-whole"; return "share" }
            }
            // points change a share or a rate: the noun they change decides
            if q.unit == "pp", let m = nearestBefore(pointsLexicon, s, from: clauseStart, to: q.start)
                ?? nearestBefore(pointsLexicon, s, from: sentenceStart, to: clauseStart) {
                why = "metric.points-noun"; return m.value
            }
            if let m = nearestRate(s, from: clauseStart, to: q.start) {
                // 提升至40%, 降到5%: a level reached, not a change
                if m.value == "growth_rate" && q.unit == "percent" && reachesLevel(s, from: m.start, to: q.start) { why = "metric.level-reached"; return "share" }
                // a multiple that is no growth (市盈率约20倍) is some other ratio
                if q.unit == "multiple" && m.value != "growth_rate" { why = "metric.ratio-not-growth"; return "other" }
                why = "metric.rate-cue"; return m.value
            }
            if let m = nearestRate(s, from: sentenceStart, to: q.start), m.value != "share" { why = "metric.rate-cue-in-sentence"; return m.value }
            why = "metric.rate-default"; return q.unit == "percent" ? "share" : "growth_rate"
        case "count":
            // (the clause searched once: the sentence's search below goes on from where it stopped)
            let shipment = nearestBefore(shipmentLexicon, s, from: clauseStart, passing: sentenceStart, to: q.start)
            if shipment.near != nil { why = "metric.shipments-cue"; return "shipments" }
            // 以1210万台的出货量位居第一: the measure named right after the figure
            if let c = q.counter, isGoodsCounter(c) {
                var j = Scan.skipSpace(s, q.end)
                if j < clauseEnd && s[j] == "的" { j += 1 }
                if shipmentLexicon.match(s, at: j, skippingSpace: true) != nil { why = "metric.shipments-noun-after"; return "shipments" }
            }
            // goods counted in units (台, 套, 辆 …) in a sentence about output or sales
            if let c = q.counter, isGoodsCounter(c),
               widened(shipmentLexicon, s, shipment, from: clauseStart, wider: sentenceStart, to: q.start) != nil { why = "metric.shipments-goods"; return "shipments" }
            why = "metric.count"; return "count"
        default:
            if Currency.isMoney(q.unit) {
                // a bracketed conversion after the figure (100亿元（约14亿美元）, 10 billion yuan (about $1.4 billion)) is skipped
                let afterStart = skipBracket(s, Scan.skipSpace(s, q.end), limit: clauseEnd) ?? q.end
                let afterEnd = min(clauseEnd, afterStart + 20)
                // (the clause searched once: the sentence's search below goes on from where it stopped)
                let search = nearestBefore(moneyLexicon, s, from: clauseStart, passing: sentenceStart, to: q.start)
                let before = search.near
                var after = afterMatch(s, from: afterStart, to: afterEnd)
                // the head of the noun after the figure decides: 600亿元国家人工智能产业投资基金 is a fund
                if Scan.contains(s, Scan.W.fund, from: afterStart, to: afterEnd) { after = ("fund_size", q.end) }
                // money put into a fund (出资50亿元设立…基金) is an investment
                if let a = after, a.value == "fund_size", let b = before, b.value == "investment" { why = "metric.investment-into-fund"; return b.value }
                if let a = after, before == nil || a.value == "fund_size" || a.start <= q.end + 1 { why = "metric.money-noun-after"; return a.value }
                if let b = before { why = "metric.money-cue"; return b.value }
                if let b = widened(moneyLexicon, s, search, from: clauseStart, wider: sentenceStart, to: q.start) { why = "metric.money-cue-in-sentence"; return b.value }
                why = "metric.money-none"; return "other"
            }
            // production in any unit (粮食产量16.11万吨, 新增装机30.88吉瓦) is shipments
            if nearestBefore(shipmentLexicon, s, from: clauseStart, to: q.start) != nil { why = "metric.production"; return "shipments" }
            why = "metric.other"; return "other"
        }
    }

    static let occupies = Array("占".unicodeScalars)

    /// Just past the bracket that opens at `i` (and closes within 40 scalars before `limit`), if one does.
    static func skipBracket(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int? {
        guard i < limit, s[i] == "(" || s[i] == "（" else { return nil }
        var j = i + 1
        while j < limit && j - i < 40 {
            if s[j] == ")" || s[j] == "）" { return j + 1 }
            j += 1
        }
        return nil
    }

    /// Whether 至 / 到 stands between the cue at `from` and the figure (提升至, 降到).
    static func reachesLevel(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var j = Scan.skipSpaceBackward(s, to)
        // qualifiers may stand between: 提升至40%以上, 提高到约30%
        if let q = QualifierRules.before.matchBackward(s, endingAt: j), q.start > from { j = Scan.skipSpaceBackward(s, q.start) }
        if j > from && (s[j - 1] == "至" || s[j - 1] == "到") { return true }
        // English: "fell 0.3 points to 5.0%"
        return j - 3 >= from && s[j - 1] == "o" && s[j - 2] == "t" && s[j - 3] == " "
    }

    /// A cue within a few characters after the figure (的 allowed between).
    static func afterMatch(_ s: [Unicode.Scalar], from: Int, to: Int) -> (value: String, start: Int)? {
        var j = from
        while j < to {
            if let m = moneyAfterLexicon.match(s, at: j, skippingSpace: true), m.end <= to + 2 { return (m.value, j) }
            j += 1
        }
        return nil
    }
}
