/// The period a figure refers to, from the time expressions of its sentence.
enum PeriodRules {
    struct Timing {
        var period: String
        /// The base period of a comparison (比“十三五”时期 → "2016..2020").
        var base: String?
        /// The period came from a horizon (到2030年): the figure is a target or forecast.
        var horizon: Bool
    }

    /// Words that make a figure a stock as of the document date (已有, 累计, 目前 …).
    static let stockCues: [[Unicode.Scalar]] = ["已", "累计", "目前", "现有", "拥有", "以来", "至今", "汇聚", "共有", "现已",
                                                "当前", "如今", "迄今"].map { Array($0.unicodeScalars) }

    /// Words just before a time expression that make it the base of a comparison.
    static let comparisonMarkers: [[Unicode.Scalar]] = ["比", "较", "相比", "相较", "同比", "与", "对比", "超过"].map { Array($0.unicodeScalars) }

    static func resolve(_ q: Quantity, _ s: [Unicode.Scalar], sentence: Range<Int>, clauseStart: Int, clauseEnd: Int,
                        mentions: [TimeMention], docDate: DatePoint?) -> Timing {
        var base: String? = nil
        var usable: [TimeMention] = []
        for m in mentions {
            if isComparisonBase(s, m, sentenceStart: sentence.lowerBound), m.end <= q.start {
                base = m.period.spec
            } else {
                usable.append(m)
            }
        }
        var chosen: TimeMention? = usable.last(where: { $0.end <= q.start })
        if chosen == nil {
            chosen = usable.first(where: { $0.start >= q.end && $0.start < clauseEnd })
        }
        let stockFrom = chosen.map { $0.end <= q.start ? $0.end : sentence.lowerBound } ?? sentence.lowerBound
        let isStock = stockCues.contains { Scan.contains(s, $0, from: stockFrom, to: q.start) }
        let asOfDoc = docDate.map { Period(start: nil, end: DatePoint(year: $0.year, month: $0.month)).spec } ?? ""
        guard let m = chosen, !m.period.isUnknown else {
            return Timing(period: isStock ? asOfDoc : "", base: base, horizon: false)
        }
        // a disclosure date (3月29日，…披露，…已投资了超过700家) dates the statement, not the stock
        if isStock && m.kind == .point && m.period.start?.day != nil {
            return Timing(period: asOfDoc, base: base, horizon: false)
        }
        return Timing(period: m.period.spec, base: base, horizon: m.kind == .horizon)
    }

    static func isComparisonBase(_ s: [Unicode.Scalar], _ m: TimeMention, sentenceStart: Int) -> Bool {
        var j = Scan.skipSpaceBackward(s, m.start)
        if j > 0, s[j - 1] == "“" || s[j - 1] == "\"" { j -= 1 }
        return comparisonMarkers.contains { w in
            j - w.count >= sentenceStart && Array(s[(j - w.count)..<j]) == w
        }
    }
}
