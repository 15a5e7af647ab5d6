/// The noun phrase a figure measures, in the document's own words: the clause before the figure,
/// without time words, connectives and verbs, and for counts the noun after the counter.
enum SubjectRules {
    static let leading: [[Unicode.Scalar]] = ["其中", "而", "并", "同时", "此外", "另外", "据了解", "数据显示", "目前", "截至目前",
                                              "截至", "已", "共", "累计", "此次", "这些", "该", "其", "我国", "全国", "国内",
                                              "全球", "预计", "有望", "将", "在", "从", "对", "和", "与", "及", "以及"]
        .map { Array($0.unicodeScalars) }
    static let trailing: [[Unicode.Scalar]] = ["已经", "达到", "达", "已", "超过", "为", "是", "有", "共计", "合计", "约", "将",
                                               "的", "了", "实现", "突破", "保持在", "保持", "超", "占", "占比", "会", "有望",
                                               "预计", "共", "总计", "累计", "高达", "仅", "近", "逾", "在", "到", "至", "可",
                                               "能", "可达", "或", "再", "还", "均", "都", "也", "就", "即", "中"]
        .map { Array($0.unicodeScalars) }

    static func subject(for q: Quantity, _ s: [Unicode.Scalar], clauseStart: Int, clauseEnd: Int,
                        sentenceStart: Int, mentions: [TimeMention]) -> String {
        var a = clauseStart
        var b = q.start
        // time expressions inside the clause are not part of what is measured
        for m in mentions where m.end <= b && m.end > a && m.start <= a + 2 { a = m.end }
        (a, b) = trim(s, a, b)
        var phrase = Scan.flat(s, a, b)
        if q.unit == "count" {
            // the noun after the counter: 超过700家企业 → 企业
            var e = q.end
            var n = 0
            while e < clauseEnd && n < 12 && !Scan.isClauseBreak(s[e]) && s[e] != "的" && s[e] != "（" && s[e] != "(" { e += 1; n += 1 }
            let noun = Scan.flat(s, q.end, e)
            phrase += noun
        }
        if phrase.unicodeScalars.count < 2 {
            // fall back to the previous clause of the sentence
            let prevEnd = clauseStart > sentenceStart ? clauseStart - 1 : sentenceStart
            let prevStart = Scan.clauseStart(s, prevEnd, floor: sentenceStart)
            let (pa, pb) = trim(s, prevStart, prevEnd)
            phrase = Scan.flat(s, pa, pb) + phrase
        }
        return String(phrase.prefix(40))
    }

    static func trim(_ s: [Unicode.Scalar], _ a0: Int, _ b0: Int) -> (Int, Int) {
        var a = a0, b = b0
        var changed = true
        while changed && a < b {
            changed = false
            while a < b, Scan.isSpace(s[a]) || "“”\"《》「」（）()、".unicodeScalars.contains(s[a]) { a += 1; changed = true }
            for w in leading where b - a > w.count && Array(s[a..<(a + w.count)]) == w { a += w.count; changed = true; break }
        }
        changed = true
        while changed && a < b {
            changed = false
            while a < b, Scan.isSpace(s[b - 1]) || "“”\"、（(".unicodeScalars.contains(s[b - 1]) { b -= 1; changed = true }
            for w in trailing where b - a > w.count && Array(s[(b - w.count)..<b]) == w { b -= w.count; changed = true; break }
        }
        return (a, b)
    }
}
