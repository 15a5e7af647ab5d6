/// The noun phrase a figure measures, in the document's own words: the clause before the figure,
/// without time words, connectives and verbs, and for counts the noun after the counter.
enum SubjectRules {
    static let leading: [[Unicode.Scalar]] = ["具体来看", "具体而言", "数据显示", "据不完全统计", "据统计", "据悉", "据介绍", "据了解", "报告显示",
                                              "统计显示", "总体来看", "整体来看", "其中", "而", "并", "同时", "此外", "另外", "据了解", "数据显示", "目前", "截至目前",
                                              "截至", "已", "共", "累计", "此次", "这些", "该", "其", "我国", "全国", "国内",
                                              "全球", "预计", "有望", "将", "在", "从", "对", "和", "与", "及", "以及",
                                              "他们", "她们", "他", "她"]
        .map { Array($0.unicodeScalars) }
    static let trailing: [[Unicode.Scalar]] = ["已经", "达到", "达", "已", "超过", "为", "是", "有", "共计", "合计", "约", "将",
                                               "的", "了", "实现", "突破", "保持在", "保持", "超", "占", "占比", "会", "有望",
                                               "预计", "共", "总计", "累计", "高达", "仅", "近", "逾", "在", "到", "至", "可",
                                               "能", "可达", "或", "再", "还", "均", "都", "也", "就", "即", "中"]
        .map { Array($0.unicodeScalars) }

    static let settingEnds: [[Unicode.Scalar]] = ["现场", "会上", "期间", "上", "内", "外", "中", "里"].map { Array($0.unicodeScalars) }
    static let at = Array("在".unicodeScalars)
    static let settingLast = CharSet(String(String.UnicodeScalarView(settingEnds.compactMap(\.last))))
    /// The one-character ends of a setting, left out of it (大会上 → 大会).
    static let placeSuffixes = CharSet("上内外中里")

    /// The clause before `clauseStart` when it only says where something happened (比赛现场, 在机器人餐吧,
    /// 在3月25日召开的投资北京大会上), as a short phrase without 在 and the trailing 上/内/外; nil otherwise.
    static func setting(_ s: [Unicode.Scalar], before clauseStart: Int, sentenceStart: Int, figures: ArraySlice<Range<Int>>,
                        skip: [Range<Int>]) -> String? {
        let pe = clauseStart - 1
        // (most clauses end with no setting word's last scalar: then the clause's start is not looked for.
        // Whenever b below is past a, it is pe without the trailing spaces, so such a clause gives nil anyway)
        var end = pe
        while end > sentenceStart && Scan.isSpace(s[end - 1]) { end -= 1 }
        guard end > sentenceStart, settingLast.contains(s[end - 1]) else { return nil }
        let ps = Scan.clauseStart(s, pe, floor: sentenceStart)
        guard pe > ps, pe - ps <= 24, !figures.contains(where: { $0.lowerBound >= ps && $0.lowerBound < pe }) else { return nil }
        var a = Scan.skipSpace(s, ps), b = pe
        while b > a && Scan.isSpace(s[b - 1]) { b -= 1 }
        // (most clauses end with no setting word's last scalar: then no list is tried)
        guard b > a, settingLast.contains(s[b - 1]) else { return nil }
        let opensWithAt = Scan.has(s, at, at: a)
        guard let end = settingEnds.first(where: { $0.count < b - a && Scan.ends(s, $0, at: b) }), opensWithAt || end.count == 2 else { return nil }
        if opensWithAt { a += 1 }
        if placeSuffixes.contains(s[b - 1]) { b -= 1 }
        // 在3月25日召开的投资北京大会上: the event, not how it was held
        if let de = (a..<b).last(where: { s[$0] == "的" }) { a = de + 1 }
        let text = flatTrimmed(s, a, b, skip)
        let n = Scan.scalarCount(text)
        return n >= 2 && n <= 14 ? text : nil
    }

    static let methodNotes: [[Unicode.Scalar]] = ["按不变价格", "按可比价格", "按可比口径", "扣除价格因素", "剔除价格因素", "按现价"]
        .map { Array($0.unicodeScalars) }

    static let adverbialOpeners: [[Unicode.Scalar]] = ["围绕", "通过", "为了", "为", "随着", "按照", "根据", "依托", "基于",
                                                       "面向", "聚焦", "针对", "作为", "对于", "关于", "经过", "借助", "凭借",
                                                       // and clauses that open with a verb: a parallel predicate, no agent
                                                       "加速", "加快", "推动", "促进", "推进", "助力", "带动", "构建", "打造",
                                                       "支持", "鼓励", "引导", "实现", "完成", "提升", "深化", "强化", "优化"]
        .map { Array($0.unicodeScalars) }

    static let scaleOf = Array("规模的".unicodeScalars)

    /// The word lists of `subject` as word sets, and the first scalars of the clause heads.
    static let dependentHeadSet = WordSet(dependentHeads)
    static let methodNoteSet = WordSet(methodNotes)
    static let adverbialOpenerSet = WordSet(adverbialOpeners)
    static let dependentFirst = CharSet(String(String.UnicodeScalarView(dependentHeads.compactMap(\.first))))

    /// Characters that, right after an amount of money, start no noun of it: particles, verbs of use and
    /// comparison, and the words of a bound (以上, 左右).
    static let moneyFollowers: Set<Unicode.Scalar> = ["的", "用", "支", "建", "为", "是", "和", "与", "及", "或", "到", "至",
                                                      "同", "比", "较", "增", "下", "左", "以", "上", "等", "之", "占", "投",
                                                      "在", "元", "了", "并", "而", "其", "后", "前", "中", "时", "将", "已",
                                                      "规", "折", "约", "每", "一", "再", "也", "还", "都", "即", "从", "对", "不"]

    /// Characters that, right after a percentage, start nothing said of its whole: particles, bounds,
    /// comparisons.
    static let percentFollowers: Set<Unicode.Scalar> = ["的", "以", "左", "上", "下", "和", "与", "及", "或", "到", "至",
                                                        "同", "比", "较", "等", "之", "了", "并", "而", "，", "是", "为",
                                                        "增", "降", "提", "占", "也", "还", "再", "又", "即", "则"]

    /// Clause heads that say how a figure relates to something named just before (占全国, 总金额, 同比增长):
    /// the subject then starts in the previous clause.
    static let dependentHeads: [[Unicode.Scalar]] = ["占", "比", "较", "同比", "比上年", "较上年", "总金额", "金额", "总规模", "规模", "其中",
                                                     "增长", "增速", "年复合增长率", "整体", "总额", "合计", "共计"]
        .map { Array($0.unicodeScalars) }

    /// Words ending in a character that is also a particle (能, 为, 到 …): never cut.
    static let protectedEndings: [[Unicode.Scalar]] = ["智能", "功能", "性能", "技能", "产能", "动能", "职能", "效能", "才能", "可能",
                                                       "认为", "成为", "作为", "因为", "以为", "行为", "称为", "较为", "更为",
                                                       "达到", "得到", "受到", "看到", "提到", "感到", "遇到", "做到", "直到",
                                                       "拥有", "具有", "所有", "没有", "现在", "存在", "正在", "所在", "实在",
                                                       "甚至", "乃至", "直至", "以至", "其中", "集中", "高中", "期中",
                                                       "大会", "年会", "峰会", "展会", "协会", "学会", "社会", "机会", "博览会"]
        .map { Array($0.unicodeScalars) }

    static func subject(for q: Quantity, _ s: [Unicode.Scalar], clauseStart: Int, clauseEnd: Int,
                        sentenceStart: Int, mentions: [TimeMention], nextQuantityStart: Int,
                        others: [Range<Int>] = [], english: Bool? = nil,
                        skipping given: (ranges: [Range<Int>], figures: Int)? = nil) -> String {
        // other figures and time expressions in the sentence are not part of this one's subject
        // (`given`: the other figures followed by the mentions, built by the caller in one array)
        let skip: [Range<Int>]
        let figures: ArraySlice<Range<Int>>
        if let given {
            skip = given.ranges
            figures = given.ranges[..<given.figures]
        } else {
            var ranges = others
            ranges.reserveCapacity(others.count + mentions.count)
            for m in mentions { ranges.append(m.start..<m.end) }
            skip = ranges
            figures = ranges[..<others.count]
        }
        let flat = { (a: Int, b: Int) -> String in flatTrimmed(s, a, b, skip) }
        if english ?? isEnglish(s, q, sentenceStart) {
            return englishSubject(s, q, sentenceStart: sentenceStart, skip: skip)
        }
        var a = clauseStart
        var b = q.start
        // time expressions at the head of the clause are not part of what is measured
        for m in mentions where m.end <= b && m.end > a && m.start <= a + 2 { a = m.end }
        (a, b) = trim(s, a, b)
        // (the clause's own words and the previous clause's are kept as spans of the text while they can be,
        // and made into one string once it is known whether the previous clause is prepended)
        var own = flatPiece(s, a, b, skip, trimmed: true)
        // 该基金已完成…: the fund named before
        if let (name, head) = antecedent(s, at: a, floor: max(0, sentenceStart - 1500)) {
            own = .text(name + String(own.string(s).unicodeScalars.dropFirst(head)))
        }
        var before: Piece? = nil
        // (the word lists are searched only when the first scalar can start one of their words)
        let dependent = b - a <= 3 || (dependentFirst.contains(s[a]) && dependentHeads.contains { $0.count <= b - a && Scan.has(s, $0, at: a) })
        if dependent && clauseStart > sentenceStart {
            // prepend the previous clause, up to its own figure if it has one
            var prevEnd = clauseStart - 1
            var prevStart = Scan.clauseStart(s, prevEnd, floor: sentenceStart)
            // a previous clause that is itself dependent (同比增长59.8%，整体市场占比…) says nothing of the subject
            // nor does a note on method (按不变价格计算，同比增长5.6%): go back over up to two such clauses
            var steps = 0
            while steps < 2, prevStart > sentenceStart, case let pHead = trim(s, prevStart, prevEnd).0,
                  dependentHeadSet.starts(s, at: pHead) || methodNoteSet.starts(s, at: pHead) {
                prevEnd = prevStart - 1
                prevStart = Scan.clauseStart(s, prevEnd, floor: sentenceStart)
                steps += 1
            }
            for m in mentions where m.end <= prevEnd && m.end > prevStart && m.start <= prevStart + 2 { prevStart = m.end }
            let (pa, pb) = trim(s, prevStart, prevEnd)
            // a count whose clause starts with it, or with 有 (有48个项目获批), names what it counts after it;
            // one after a bare verb (孵化179家硬科技企业) takes the agent from the clause before
            let existential = b > a && s[a] == "有"
            // an adverbial clause (围绕…主题，来自超过120个国家…) is no agent
            let adverbial = adverbialOpenerSet.starts(s, at: pa)
            // (its length counted without its figures and dates)
            let prev = flatPiece(s, pa, pb, skip, trimmed: true)
            // a clause that is only a connective (其中，华为以…) names nothing
            let rawStart = Scan.skipSpace(s, prevStart)
            var rawEnd = prevEnd
            while rawEnd > rawStart && Scan.isSpace(s[rawEnd - 1]) { rawEnd -= 1 }
            let connectiveOnly = rawStart < rawEnd && leadingFirst.contains(s[rawStart])
                && leading.contains { w in rawEnd - rawStart == w.count && Scan.has(s, w, at: rawStart) }
            if !connectiveOnly && prev.count <= 24 && (q.unit != "count" || (b > a && !existential && !adverbial) || nounAfter(s, q, clauseEnd, nextQuantityStart).count < 2) {
                before = prev
            }
        }
        // (the phrase's scalars, while it is made of spans of the text: counted off them, not over its bytes)
        var spanCount: Int? = nil
        if case let .span(x, y) = own {
            if let before { if case let .span(px, py) = before { spanCount = (py - px) + (y - x) } } else { spanCount = y - x }
        }
        var phrase = before.map { Piece.joined(s, $0, own) } ?? own.string(s) {
            didSet { spanCount = nil }
        }
        let money = Currency.isMoney(q.unit)
        if money {
            // 总规模30亿元的人工智能产业基金: the fund named after the figure
            var e = Scan.skipSpace(s, q.end)   // a column break may sit between the figure and 的
            // 600亿元规模的国家人工智能产业投资基金
            let scaleStated = Scan.has(s, Self.scaleOf, at: e)
            if scaleStated { e += 2 }
            if e < clauseEnd && s[e] == "的" {
                e += 1
                var nounStart = e
                // a quoted name (规模达200亿元的“楚天AI母基金”): inside the quotes
                while nounStart < clauseEnd && CharSets.c6.contains(s[nounStart]) { nounStart += 1 }
                e = nounStart
                while e < clauseEnd && e - nounStart < 20 && !Scan.isClauseBreak(s[e]) { e += 1 }
                let noun = Array(s[nounStart..<e])
                if let r = lastIndex(of: Scan.W.fund, in: noun) {
                    // the figure is the fund's size (…总规模30亿元的, 600亿元规模的); else say how it relates
                    phrase = Scan.flat(s, nounStart, nounStart + r + 2)
                        + (phrase.hasSuffix("规模") ? "总规模" : scaleStated ? "规模" : phrase)
                }
            }
        }
        let after = Scan.skipSpace(s, q.end)
        if money, after < clauseEnd, Scan.isHan(s[after]), !moneyFollowerSet.contains(s[after]) {
            // 统筹10亿元省级财政资金支持…, 实现超亿元销售收入: the amount of what it names, and what is said of it
            phrase += nounAndPredicate(s, q, clauseEnd, skip)
        }
        if q.unit == "count" {
            let noun = nounAfter(s, q, clauseEnd, nextQuantityStart)
            let nounCount = Scan.scalarCount(noun)
            if nounCount >= 2, let l = enumerationStart(s, a, b) {
                phrase = flat(a, l)
            }
            if nounCount >= 2 {
                // a long lead-in is context, not the thing counted: keep its last words
                // what is counted comes first; a long lead-in keeps only its last words
                let counted = nounAndPredicate(s, q, clauseEnd, skip)
                if phrase == "有" { phrase = "" }
                phrase = String(phrase.suffix(max(8, 40 - counted.count))) + counted
            } else if endsWithYi(phrase), Scan.skipSpace(s, q.end) < clauseEnd, s[Scan.skipSpace(s, q.end)] == "的" {
                // 华为以1210万台的出货量位居第一: 华为 and the measure named after the figure
                var after = q
                after.end = Scan.skipSpace(s, q.end) + 1
                phrase = String(phrase.dropLast()) + nounAndPredicate(s, after, clauseEnd, skip)
            } else if q.end > q.start, Scan.isASCIILetter(s[q.end - 1]) {
                // English: the counted noun is inside the quote ("2,600 AI firms")
                let words = Scan.flat(s, q.start, q.end).split(separator: " ").drop { $0.first?.isNumber == true || ["about", "over", "more", "than", "nearly", "around"].contains($0) }
                phrase = words.joined(separator: " ")
            }
        }
        if q.unit == "percent", after < clauseEnd, Scan.isHan(s[after]), !percentFollowerSet.contains(s[after]) {
            // 所投项目中50%获得过国家级奖项: the share of those that did what follows
            phrase += nounAndPredicate(s, q, clauseEnd, skip)
        }
        if clauseStart > sentenceStart, let place = setting(s, before: clauseStart, sentenceStart: sentenceStart, figures: figures, skip: skip),
           !Scan.containsText(phrase, place) {
            // 比赛现场，40余家企业收到…: where it happened is part of what is counted
            phrase = place + phrase
        }
        if clauseStart > sentenceStart {
            // 该基金已完成…，投资进度约70%: a sentence about a thing named before is about it in every clause
            var h = sentenceStart
            for m in mentions where m.start <= h + 2 && m.end > h { h = m.end }
            let firstEnd = Scan.clauseEnd(s, h, ceiling: clauseStart)
            var (ta, tb) = trim(s, h, firstEnd)
            if ta >= tb && firstEnd + 1 < clauseStart {
                // the first clause was only a date (截至2026年3月，该基金…): the topic opens the next one
                (ta, tb) = trim(s, firstEnd + 1, Scan.clauseEnd(s, firstEnd + 1, ceiling: clauseStart))
            }
            if ta < tb, let (name, _) = antecedent(s, at: ta, floor: max(0, sentenceStart - 1500)), !Scan.containsText(phrase, name) {
                phrase = name + phrase
            }
        }
        // (a phrase of eight bytes or more has two scalars or more: none is longer than four bytes)
        if phrase.utf8.count < 8 && Scan.scalarCount(phrase) < 2 {
            // fall back to the previous clause of the sentence
            let prevEnd = clauseStart > sentenceStart ? clauseStart - 1 : sentenceStart
            let prevStart = Scan.clauseStart(s, prevEnd, floor: sentenceStart)
            let (pa, pb) = trim(s, prevStart, prevEnd)
            phrase = flat(pa, pb) + phrase
        }
        if let n = spanCount, n <= 40 { return phrase }
        return Scan.prefix(phrase, 40)
    }

    /// The name of the fund spoken of last before `offset` (not before `floor`): the words before the
    /// latest 基金, back to a clause break, a particle, a quote or a verb that sets it up; at least five
    /// characters in all (江苏省人工智能产业母基金, 楚天AI母基金), so 子基金 or 基金 alone is none.
    static func latestFundName(_ s: [Unicode.Scalar], before offset: Int, floor: Int) -> String? {
        var i = offset - 2
        while i >= floor {
            if Scan.has(s, Scan.W.fund, at: i) {
                let j = nameStart(s, before: i, floor: floor)
                if i - j >= 3 { return Scan.flat(s, j, i + 2) }
            }
            i -= 1
        }
        return nil
    }

    /// Where the name that ends just before `i` starts (at most 16 characters back): back to a clause break,
    /// a particle, a quote or bracket, a space, or a verb that sets the thing up (出资设立|社保基金…).
    static func nameStart(_ s: [Unicode.Scalar], before i: Int, floor: Int) -> Int {
        var j = i
        while j > floor && i - j < 16 {
            let c = s[j - 1]
            if Scan.isClauseBreak(c) || c == "的" || c == "了" || c == "是" || c == "在"
                || CharSets.c6.contains(c) || c == "\"" || Scan.isSpace(c) { break }
            if creationVerbs.contains(where: { Scan.ends(s, $0, at: j) }) { break }
            j -= 1
        }
        return j
    }

    static let fundWord = "基金"

    /// A fund's size whose subject does not say which fund (基金目标规模, 首期规模): the fund named last in
    /// the sentence or the one before.
    static func namingFund(_ subject: String, _ s: [Unicode.Scalar], before offset: Int, floor: Int) -> String {
        // (at least two characters before it: counted up to two, not all of them)
        if let r = Scan.rangeOfText(subject, Self.fundWord),
           subject.index(subject.startIndex, offsetBy: 2, limitedBy: r.lowerBound) != nil { return subject }
        guard let name = latestFundName(s, before: offset, floor: floor) else { return subject }
        let rest = subject.hasPrefix("基金") ? String(subject.dropFirst(2)) : subject
        return name + rest
    }

    static let partWords: [[Unicode.Scalar]] = ["其中", "内中"].map { Array($0.unicodeScalars) }

    /// Whether the clause at `clauseStart` opens with 其中 (a part of what came before).
    static func opensWithPart(_ s: [Unicode.Scalar], _ clauseStart: Int) -> Bool {
        let i = Scan.skipSpace(s, clauseStart)
        return partWords.contains { Scan.has(s, $0, at: i) }
    }

    static let demonstratives: [[Unicode.Scalar]] = ["该", "此", "这款", "这一", "这个", "这家", "这项", "这只", "这支", "这些"]
        .map { Array($0.unicodeScalars) }
    /// Heads a demonstrative refers back with (该基金, 这款设备): the antecedent ends with the same head.
    static let anaphoricHeads: [[Unicode.Scalar]] = ["基金", "平台", "公司", "设备", "项目", "企业", "机构", "联盟", "产品",
                                                     "模型", "系统", "园区", "中心", "计划", "集团", "银行", "大模型", "专项"]
        .map { Array($0.unicodeScalars) }
    /// Verbs that end the name of what they create (出资设立社保基金…基金, 研制了…平台).
    static let creationVerbs: [[Unicode.Scalar]] = ["设立", "成立", "发布", "推出", "研制", "打造", "建设", "组建", "启动",
                                                    "发起", "运营", "研发", "上线", "开发", "落地", "签约", "引进", "投资"]
        .map { Array($0.unicodeScalars) }

    /// For a phrase starting at `a` right after a demonstrative (该|基金): the full name the head refers
    /// back to (社保基金中关村自主创新专项基金) and the head's length, when one is found earlier.
    /// The last scalars of the demonstratives: a phrase after none of them refers back to nothing.
    static let demonstrativeLast = CharSet(String(String.UnicodeScalarView(demonstratives.compactMap(\.last))))

    static func antecedent(_ s: [Unicode.Scalar], at a: Int, floor: Int) -> (String, Int)? {
        guard a > 0, a <= s.count, demonstrativeLast.contains(s[a - 1]) else { return nil }
        guard let d = demonstratives.first(where: { $0.count <= a && Scan.ends(s, $0, at: a) }),
              let head = anaphoricHeads.first(where: { Scan.has(s, $0, at: a) }) else { return nil }
        var i = a - d.count - head.count
        while i >= floor {
            if Scan.has(s, head, at: i), !demonstratives.contains(where: { Scan.ends(s, $0, at: i) }) {
                let j = nameStart(s, before: i, floor: floor)
                if i - j >= 2 { return (Scan.flat(s, j, i + head.count), head.count) }
            }
            i -= 1
        }
        return nil
    }

    /// Whether the figure sits in English text (the sentence before it is mostly Latin letters).
    static func isEnglish(_ s: [Unicode.Scalar], _ q: Quantity, _ sentenceStart: Int) -> Bool {
        var latin = 0, han = 0
        return s.withUnsafeBufferPointer { s -> Bool in
            let from = max(sentenceStart, q.start - 40)
            // counted back from the figure (without branches: a letter is never Han); Chinese text settles it
            // early: once the letters still to come could not outnumber three times the Han seen, it is not English
            var i = q.start
            while i > from {
                i -= 1
                latin &+= Scan.isASCIILetter(s[i]) ? 1 : 0
                han &+= Scan.isHan(s[i]) ? 1 : 0
                if latin + (i - from) <= 3 * han { return false }
            }
            return latin > 3 * han && latin >= 4
        }
    }

    static let englishOpeners: Set<String> = ["Separately", "Meanwhile", "However", "Moreover", "Also", "Overall", "Still",
                                              "Altogether", "Additionally", "Furthermore", "Besides", "Currently", "Now",
                                              "In", "During", "Over", "Through", "For", "Since"]
    static let expectationVerbs: Set<String> = ["expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts",
                                                "estimate", "estimates", "project", "projects", "see", "sees"]
    static let englishDangling: Set<String> = ["of", "in", "up", "down", "to", "at", "by", "from", "for", "with", "and", "the",
                                               "a", "an", "on", "about", "over", "than", "more", "some", "nearly", "around"]

    static let englishVerbs: Set<String> = ["rose", "grew", "fell", "reached", "totaled", "totalled", "hit", "was", "were", "is",
                                            "are", "exceeded", "expected", "increased", "decreased", "climbed", "jumped",
                                            "raised", "said", "has", "have", "had", "will", "to", "stood", "dropped", "declined",
                                            "surged", "topped", "amounted", "came", "accounted", "expect", "expects", "set", "sets", "launched", "launches", "unveiled", "unveils",
                                            "aims", "plans", "shipped", "sold", "produced", "invested", "attracted"]

    /// English: the noun phrase before the sentence's verb ("Shipments of AI-capable smartphones in China
    /// rose 50% …" → "Shipments of AI-capable smartphones in China"); for counts, the counted noun too.
    static func englishSubject(_ s: [Unicode.Scalar], _ q: Quantity, sentenceStart: Int, skip: [Range<Int>]) -> String {
        // (an ASCII lead-in is read in place; any other is flattened into a string first)
        var out = asciiLeadSubject(s, sentenceStart, q.start, skip) ?? leadSubject(flatSkipping(s, sentenceStart, q.start, skip))
        if q.unit == "count", q.end > q.start, Scan.isASCIILetter(s[q.end - 1]) {
            let quote = Scan.flat(s, q.start, q.end)
            let noun = asciiCountedNoun(quote) ?? countedNoun(quote)
            if out.isEmpty || noun == "units" { out = out.isEmpty ? noun : out } else { out = noun }
        }
        return Scan.prefix(out, 60)
    }

    /// The counted noun of an English count's quote ("about 2,600 AI firms" → "AI firms"): its words after
    /// the number and the hedges before it, without scale words.
    static func countedNoun(_ quote: String) -> String {
        let quoted = quote.split(separator: " ")
            .drop { $0.first?.isNumber == true || ["about", "over", "more", "than", "nearly", "around", "some", "almost"].contains($0) || $0.last?.isNumber == true }
        return quoted.filter { !["million", "billion", "thousand", "trillion"].contains($0) }.joined(separator: " ")
    }

    static let countHedgeWords = ASCIIWordSet(["about", "over", "more", "than", "nearly", "around", "some", "almost"])
    static let countScaleWords = ASCIIWordSet(["million", "billion", "thousand", "trillion"])

    /// `countedNoun` of an all-ASCII quote, over its bytes (an ASCII character is a number when it is a
    /// digit); nil when the quote is not ASCII.
    static func asciiCountedNoun(_ quote: String) -> String? {
        var quote = quote
        return quote.withUTF8 { b -> String? in
            var words: [Range<Int>] = []
            var start = 0
            for i in 0...b.count {
                let c: UInt8 = i < b.count ? b[i] : 0x20
                if c >= 0x80 { return nil }
                guard c == 0x20 else { continue }
                if i > start { words.append(start..<i) }
                start = i + 1
            }
            func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
            var k = 0
            while k < words.count, digit(b[words[k].lowerBound]) || countHedgeWords.contains(b, words[k], lowercased: false)
                    || digit(b[words[k].upperBound - 1]) { k += 1 }
            let kept = words[k...].filter { !countScaleWords.contains(b, $0, lowercased: false) }
            guard !kept.isEmpty else { return "" }
            var bytes = 0
            for r in kept { bytes += r.count + 1 }
            return String(unsafeUninitializedCapacity: bytes - 1) { out in
                var n = 0
                for (j, r) in kept.enumerated() {
                    if j > 0 { out[n] = 0x20; n += 1 }
                    for i in r { out[n] = b[i]; n += 1 }
                }
                return n
            }
        }
    }

    /// The subject in the words of the lead-in `lead` (the sentence up to the figure): without a dateline
    /// and discourse openers, up to the sentence's verb (or the object of a verb of expectation), without a
    /// dangling preposition at the end.
    static func leadSubject(_ lead: String) -> String {
        var words = asciiWords(lead) ?? lead.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // a dateline ("BEIJING -") is no part of the subject
        if let dash = words.firstIndex(of: "-"), dash <= 2 { words.removeFirst(dash + 1) }
        // discourse openers (Separately, Meanwhile …) are no part of it
        while let f = words.first, englishOpeners.contains(f) { words.removeFirst() }
        var subject: [String] = []
        for (k, w) in words.enumerated() {
            let lw = w.lowercased()
            if englishVerbs.contains(lw) {
                // "Analysts expect China's humanoid robot market to exceed …": the object of a verb of
                // expectation is what the figure measures
                if expectationVerbs.contains(lw), let to = words[(k + 1)...].firstIndex(of: "to"), to > k + 1, to - k <= 8 {
                    subject = Array(words[(k + 1)..<to])
                }
                break
            }
            subject.append(w)
        }
        // the figure removed may leave its preposition behind ("revenue of", "up")
        while let l = subject.last, englishDangling.contains(l.lowercased()) { subject.removeLast() }
        return subject.joined(separator: " ")
    }

    static let englishOpenerWords = ASCIIWordSet(englishOpeners)
    static let englishVerbWords = ASCIIWordSet(englishVerbs)
    static let expectationVerbWords = ASCIIWordSet(expectationVerbs)
    static let englishDanglingWords = ASCIIWordSet(englishDangling)

    /// The words [from, to) of a lead-in's `words` that `leadSubject` keeps: after a dateline and discourse
    /// openers, up to the sentence's verb (or the object of a verb of expectation), without a dangling
    /// preposition at the end. `isWord`: whether a word is the given one; `isIn`: whether it is in a word set
    /// (lowercased or not).
    @inline(__always)
    static func leadSubjectWords(_ words: [Range<Int>], isWord: (Range<Int>, StaticString) -> Bool,
                                 isIn: (ASCIIWordSet, Range<Int>, Bool) -> Bool) -> (Int, Int) {
        var first = 0
        // a dateline ("BEIJING -") is no part of the subject
        if let dash = words.firstIndex(where: { isWord($0, "-") }), dash <= 2 { first = dash + 1 }
        // discourse openers (Separately, Meanwhile …) are no part of it
        let englishOpenerWords = Self.englishOpenerWords
        while first < words.count, isIn(englishOpenerWords, words[first], false) { first += 1 }
        var from = first, to = words.count
        var k = first
        // (read once: each read of a global in the loop would call swift_once)
        let englishVerbWords = Self.englishVerbWords
        while k < words.count {
            if isIn(englishVerbWords, words[k], true) {
                to = k
                // "Analysts expect China's humanoid robot market to exceed …": the object of a verb of
                // expectation is what the figure measures
                if isIn(expectationVerbWords, words[k], true),
                   let t = words[(k + 1)...].firstIndex(where: { isWord($0, "to") }), t > k + 1, t - k <= 8 {
                    from = k + 1
                    to = t
                }
                break
            }
            k += 1
        }
        // the figure removed may leave its preposition behind ("revenue of", "up")
        let englishDanglingWords = Self.englishDanglingWords
        while to > from, isIn(englishDanglingWords, words[to - 1], true) { to -= 1 }
        return (from, to)
    }

    /// `leadSubject(flatSkipping(s, a, b, skip))` of an all-ASCII lead-in, worked out over the scalars (no lead-in
    /// string is built): the words are the runs of scalars between whitespace, commas and the skipped
    /// ranges (where flattening puts a space between the pieces). Nil when the lead-in is not ASCII.
    static func asciiLeadSubject(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ skip: [Range<Int>]) -> String? {
        var words: [Range<Int>] = []
        words.reserveCapacity(max(0, b - a) / 2 + 1)
        // the words of the piece s[x..<y]; false when it holds a scalar beyond ASCII
        func addWords(_ x: Int, _ y: Int) -> Bool {
            var start = -1
            for i in x..<y {
                let v = s[i].value
                if v >= 0x80 { return false }
                if v == 0x2C || Scan.isSpace(s[i]) {
                    if start >= 0 { words.append(start..<i); start = -1 }
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { words.append(start..<y) }
            return true
        }
        // the pieces between the skipped ranges, taken as `flatSkipping` takes them (in order of their
        // starts; found by a pass over the few ranges instead of a sorted copy)
        var i = max(0, a)
        let end = min(b, s.count)
        while true {
            var next = -1, nextEnd = 0
            for r in skip where r.upperBound > i && r.lowerBound < end && (next < 0 || r.lowerBound < next) {
                next = r.lowerBound; nextEnd = r.upperBound
            }
            if next < 0 {
                if i < end, !addWords(i, end) { return nil }
                break
            }
            if next > i, !addWords(i, next) { return nil }
            i = max(i, nextEnd)
        }
        let (from, to) = leadSubjectWords(words, isWord: { r, w in
            w.withUTF8Buffer { wb in wb.count == r.count && (0..<wb.count).allSatisfy { s[r.lowerBound + $0].value == UInt32(wb[$0]) } }
        }, isIn: { set, r, lower in set.contains(s, r, lowercased: lower) })
        guard from < to else { return "" }
        var bytes = 0
        for r in words[from..<to] { bytes += r.count + 1 }
        return String(unsafeUninitializedCapacity: bytes - 1) { out in
            var n = 0
            for (j, r) in words[from..<to].enumerated() {
                if j > 0 { out[n] = 0x20; n += 1 }
                for i in r { out[n] = UInt8(truncatingIfNeeded: s[i].value); n += 1 }
            }
            return n
        }
    }

    /// The words of an all-ASCII `text` between spaces and commas (as splitting its characters would give,
    /// but over bytes: in ASCII text every character is one byte); nil when the text is not ASCII.
    static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            for i in 0...bytes.count {
                let b: UInt8 = i < bytes.count ? bytes[i] : 0x20
                if b >= 0x80 { return nil }
                guard b == 0x20 || b == 0x2C else { continue }
                if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return words
        }
    }

    /// A phrase with nothing of its own to say what is measured: a pronoun (这一数字) or a verb phrase
    /// (小幅回落至): the subject is the one of the figure before.
    static let weakHeads: [String] = ["这一数字", "该数字", "这一数据", "该数据", "这个数字", "此数", "小幅", "大幅", "回落",
                                      "恢复", "继续", "进一步", "随后", "其后", "此后", "增至", "降至", "达到", "为",
                                      "It", "it", "This", "They", "The figure", "The number"]

    static let weakHeadBytes: [[UInt8]] = weakHeads.map { Array($0.utf8) }

    /// The first scalars a weak phrase can start with: those of the weak heads, and of the/this/that/its in
    /// any case (only T, t, I and i lowercase to t or i).
    static let weakFirst = CharSet(String(String.UnicodeScalarView(weakHeads.compactMap(\.unicodeScalars.first))) + "TtIi")

    /// For an all-ASCII phrase with a space: whether its first word is the/this/that/its (any case) and one
    /// more word follows, with no other space (the English test of `isWeak`); nil when it is not ASCII.
    static func asciiPointsBack(_ phrase: String) -> Bool? {
        ShortStrings.optionalBytes(phrase) { b -> Bool? in
            var sp = -1
            for i in 0..<b.count {
                if b[i] >= 0x80 { return nil }
                if sp < 0 && b[i] == 0x20 { sp = i }
            }
            guard sp >= 0 else { return false }
            var rest = sp + 1
            while rest < b.count { if b[rest] == 0x20 { return false }; rest += 1 }
            func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            let head = UnsafeBufferPointer(rebasing: b[..<sp])
            func isHead(_ w: StaticString) -> Bool {
                guard head.count == w.utf8CodeUnitCount else { return false }
                for k in 0..<head.count where lower(head[k]) != w.utf8Start[k] { return false }
                return true
            }
            return isHead("the") || isHead("this") || isHead("that") || isHead("its")
        }
    }

    static func isWeak(_ phrase: String) -> Bool {
        if phrase.isEmpty { return true }
        // most phrases start with a letter no weak phrase starts with
        if let f = phrase.unicodeScalars.first, !weakFirst.contains(f) { return false }
        // "the market", "this sector": an English noun phrase that only points back
        // (an all-ASCII phrase is read over its bytes: each byte is one character there)
        if phrase.utf8.count < 24, phrase.utf8.contains(0x20), let ascii = asciiPointsBack(phrase) {
            if ascii { return true }
        } else if phrase.utf8.count < 24, phrase.utf8.contains(0x20), let sp = phrase.firstIndex(of: " "),
           ["the", "this", "that", "its"].contains(phrase[..<sp].lowercased()),
           !phrase[phrase.index(after: sp)...].contains(" ") { return true }
        // compared as UTF-8 (a scalar prefix is a byte prefix), without copying the phrase
        var phrase = phrase
        return phrase.withUTF8 { p in
            weakHeadBytes.contains { w in
                guard p.count >= w.count else { return false }
                var k = 0
                while k < w.count { if p[k] != w[k] { return false }; k += 1 }
                // Chinese heads match as prefixes (小幅回落至 …); English pronouns only whole (It, not Italy)
                return p.count == w.count || !Scan.isASCIILetter(Unicode.Scalar(w[0]))
            }
        }
    }

    /// s[a..<b] without the `skip` ranges, flattened like Scan.flat and trimmed like `trim`, built as one
    /// scalar buffer and encoded once.
    static func flatTrimmed(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ skip: [Range<Int>]) -> String {
        flatPiece(s, a, b, skip).string(s)
    }

    /// `flatTrimmed(s, a, b, skip)`, as a span of `s` when that is what it is (nothing skipped, no whitespace)
    /// and as a string otherwise.
    enum Piece {
        case span(Int, Int)
        case text(String)

        /// Its scalars.
        var count: Int {
            switch self {
            case let .span(x, y): return y - x
            case let .text(t): return Scan.scalarCount(t)
            }
        }

        func string(_ s: [Unicode.Scalar]) -> String {
            switch self {
            case let .span(x, y): return Scan.string(s, x, y)
            case let .text(t): return t
            }
        }

        /// `p.string(s) + q.string(s)`: two spans written into one string (not two strings and a third for both).
        static func joined(_ s: [Unicode.Scalar], _ p: Piece, _ q: Piece) -> String {
            if case let .span(a0, b0) = p, case let .span(a1, b1) = q { return Scan.string(s, a0, b0, a1, b1) }
            return p.string(s) + q.string(s)
        }
    }

    /// `trimmed`: s[a..<b] is what `trim` left of a span (with no floor).
    static func flatPiece(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ skip: [Range<Int>], trimmed: Bool = false) -> Piece {
        // no skipped range holds a position before the lowest start of those that overlap s[a..<b]
        var firstSkip = Int.max
        for r in skip where r.lowerBound < r.upperBound && r.lowerBound < b && r.upperBound > a { firstSkip = min(firstSkip, r.lowerBound) }
        // nothing skipped and no whitespace: the buffer would be s[a..<b] itself, so trim and encode in place
        if firstSkip == Int.max, a < b, !s[a..<b].contains(where: { $0.value <= 0x20 && Scan.isSpace($0) }) {
            // trimming what trim left changes nothing unless a particle ends it (that a protected word
            // reaching back before a kept, and that is cut once nothing before a is looked at)
            if trimmed && !trailingLast.contains(s[b - 1]) { return .span(a, b) }
            let (x, y) = trim(s, a, b, floor: a)
            guard x < y else { return .text("") }
            return .span(x, y)
        }
        var buf: [Unicode.Scalar] = []
        buf.reserveCapacity(max(0, b - a))
        var pendingSpace = false
        var i = a
        while i < b {
            if i >= firstSkip, let r = skip.first(where: { $0.contains(i) }) {
                // a removed figure keeps Latin words apart
                if let l = buf.last, !Scan.isHan(l) { pendingSpace = true }
                i = max(i + 1, r.upperBound)
                continue
            }
            let c = s[i]
            if Scan.isSpace(c) {
                pendingSpace = true
            } else {
                if pendingSpace, let l = buf.last, !Scan.isHan(l), !Scan.isHan(c) { buf.append(" ") }
                pendingSpace = false
                buf.append(c)
            }
            i += 1
        }
        let (x, y) = trim(buf, 0, buf.count)
        guard x < y else { return .text("") }
        return .text(Scan.string(buf, x, y))
    }

    /// The noun after a counter: 超过700家企业 → 企业; stops at the next figure, a particle or a clause break.
    static func nounAfter(_ s: [Unicode.Scalar], _ q: Quantity, _ clauseEnd: Int, _ nextQuantityStart: Int) -> String {
        var e = q.end
        let limit = min(clauseEnd, nextQuantityStart)
        while e < limit && e - q.end < 10 && !Scan.isClauseBreak(s[e]) && s[e] != "的" && s[e] != "（" && s[e] != "(" { e += 1 }
        return Scan.flat(s, q.end, e)
    }

    /// The counted noun and what the clause says of it, other figures left out:
    /// 40余家企业收到11家机构投资邀约 → 企业收到机构投资邀约.
    static func nounAndPredicate(_ s: [Unicode.Scalar], _ q: Quantity, _ clauseEnd: Int, _ skip: [Range<Int>]) -> String {
        var e = q.end
        var skip = skip
        while e < clauseEnd && e - q.end < 20 && !Scan.isClauseBreak(s[e]) {
            if s[e] == "（" || s[e] == "(" {
                // 人工智能（AI）大模型: a bracketed gloss is left out, the phrase goes on after it
                var c = e + 1
                while c < clauseEnd && c - e < 20 && s[c] != "）" && s[c] != ")" { c += 1 }
                guard c < clauseEnd && (s[c] == "）" || s[c] == ")") else { break }
                skip.append(e..<(c + 1))
                e = c + 1
                continue
            }
            e += 1
        }
        return flatSkipping(s, q.end, e, skip)
    }

    /// `phrase.hasSuffix("以")` without comparing characters (Character-wise from the end is slow): the last
    /// scalar is 以 and a character boundary stands before it (always after a Han or ASCII scalar, or
    /// at the start; otherwise the character comparison decides). Nothing else is canonically 以.
    static func endsWithYi(_ phrase: String) -> Bool {
        let u = phrase.unicodeScalars
        guard let last = u.last, last == "以" else { return false }
        let before = u.index(before: u.endIndex)
        guard before > u.startIndex else { return true }
        let p = u[u.index(before: before)]
        if p.value < 0x80 || Scan.isHan(p) { return true }
        return phrase.hasSuffix("以")
    }

    static let listLeads: Set<Unicode.Scalar> = ["与", "同", "如", "向", "对", "将", "由", "是", "括"]

    /// The scalar sets above as bitmaps (a bit test instead of hashing a scalar).
    static let moneyFollowerSet = CharSet(String(String.UnicodeScalarView(moneyFollowers)))
    static let percentFollowerSet = CharSet(String(String.UnicodeScalarView(percentFollowers)))
    static let listLeadSet = CharSet(String(String.UnicodeScalarView(listLeads)))

    /// Where a list of names that the figure sums up starts (与红杉中国、高瓴创投…真知创投6家机构,
    /// 工业和信息化部等七部门): the names are instances, not what is counted. Nil when the lead-in does not
    /// end with such a list.
    static func enumerationStart(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int? {
        var end = b
        if end > a, s[end - 1] == "等" { end -= 1 } else {
            // without 等, only a list of at least two names (智谱、MiniMax两家)
            guard (a..<end).contains(where: { s[$0] == "、" }) else { return nil }
        }
        guard end > a else { return nil }
        guard let firstComma = (a..<end).first(where: { s[$0] == "、" }) else {
            // X等七部门: the one name before 等, back to a particle
            var j = end
            while j > a && end - j < 12 && !listLeadSet.contains(s[j - 1]) && s[j - 1] != "的" { j -= 1 }
            return j < end ? j : nil
        }
        var j = firstComma
        while j > a && firstComma - j < 10 && !listLeadSet.contains(s[j - 1]) && s[j - 1] != "的" { j -= 1 }
        return j
    }

    /// Scan.flat, leaving out the given ranges (other figures).
    static func flatSkipping(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ skip: [Range<Int>]) -> String {
        var out = ""
        var i = a
        func add(_ piece: String) {
            // Latin words either side of a removed figure stay apart
            if let l = out.unicodeScalars.last, let f = piece.unicodeScalars.first, !Scan.isHan(l), !Scan.isHan(f),
               l != " ", f != " " { out += " " }
            out += piece
        }
        for r in skip.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.upperBound > i && r.lowerBound < b {
            if r.lowerBound > i { add(Scan.flat(s, i, r.lowerBound)) }
            i = max(i, r.upperBound)
        }
        if i < b { add(Scan.flat(s, i, b)) }
        return out
    }

    static func lastIndex(of w: [Unicode.Scalar], in a: [Unicode.Scalar]) -> Int? {
        guard a.count >= w.count else { return nil }
        var i = a.count - w.count
        while i >= 0 { if Array(a[i..<(i + w.count)]) == w { return i }; i -= 1 }
        return nil
    }

    /// The first scalars of the `leading` words and the last ones of the `trailing` words: most clause
    /// edges start or end with neither, and then no word list needs scanning.
    static let leadingFirst = CharSet(String(String.UnicodeScalarView(leading.compactMap(\.first))))
    static let trailingLast = CharSet(String(String.UnicodeScalarView(trailing.compactMap(\.last))))
    static let leadingIndex = WordIndex(leading)
    static let trailingIndex = WordIndex(trailing, byLast: true)
    static let protectedIndex = WordIndex(protectedEndings, byLast: true)

    /// What `trim` reads, in one global: on Linux every read of a global calls swift_once, and trim runs
    /// several times per figure.
    struct TrimTables: Sendable {
        let c6 = CharSets.c6, c7 = CharSets.c7
        let leadingFirst = SubjectRules.leadingFirst, trailingLast = SubjectRules.trailingLast
        let leading = SubjectRules.leading, trailing = SubjectRules.trailing, protectedEndings = SubjectRules.protectedEndings
        let leadingIndex = SubjectRules.leadingIndex, trailingIndex = SubjectRules.trailingIndex
        let protectedIndex = SubjectRules.protectedIndex
    }
    static let trimTables = TrimTables()

    /// `floor`: no protected ending is looked for before it (trimming s[a0..<b0] then gives what trimming a
    /// copy of it gives).
    static func trim(_ s: [Unicode.Scalar], _ a0: Int, _ b0: Int, floor: Int = 0) -> (Int, Int) {
        let t = Self.trimTables
        var a = a0, b = b0
        var changed = true
        let c6 = t.c6, c7 = t.c7, leadingFirst = t.leadingFirst, trailingLast = t.trailingLast
        let leading = t.leading, trailing = t.trailing, protectedEndings = t.protectedEndings
        let leadingIndex = t.leadingIndex, trailingIndex = t.trailingIndex, protectedIndex = t.protectedIndex
        while changed && a < b {
            changed = false
            while a < b, Scan.isSpace(s[a]) || c6.contains(s[a]) { a += 1; changed = true }
            guard a < b, leadingFirst.contains(s[a]) else { continue }
            // a span that is one whole lead-in word (其中) says nothing (and no shorter word, 其, is cut from it)
            if leadingIndex.first(keyedBy: s[a], where: { b - a == leading[$0].count && Scan.has(s, leading[$0], at: a) }) != nil {
                a = b; break
            }
            // the first word of `leading` found at a (only those starting with s[a] can be)
            if let k = leadingIndex.first(keyedBy: s[a], where: { b - a > leading[$0].count && Scan.has(s, leading[$0], at: a) }) {
                a += leading[k].count; changed = true
            }
        }
        changed = true
        while changed && a < b {
            changed = false
            while a < b, Scan.isSpace(s[b - 1]) || c7.contains(s[b - 1]) { b -= 1; changed = true }
            guard a < b, trailingLast.contains(s[b - 1]) else { continue }
            // the first word of `trailing` ending at b (only those ending with s[b - 1] can be)
            if let k = trailingIndex.first(keyedBy: s[b - 1], where: { b - a > trailing[$0].count && Scan.ends(s, trailing[$0], at: b) }) {
                // a one-character particle only when it is not the end of a word (人工智能, 认为, 达到; only the
                // protected words ending with s[b - 1] are tried)
                let count = trailing[k].count
                if !(count == 1 && b - a >= 2
                     && protectedIndex.first(keyedBy: s[b - 1], where: { b - protectedEndings[$0].count >= floor && Scan.ends(s, protectedEndings[$0], at: b) }) != nil) {
                    b -= count; changed = true
                }
            }
        }
        return (a, b)
    }
}

