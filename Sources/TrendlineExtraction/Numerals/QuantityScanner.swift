/// Finds every quantity in a text: numeral → scale → unit, with the qualifiers around it.
///
/// The scan is one left-to-right pass over the folded scalars. At each place a number can start
/// (a digit, a Chinese numeral, a vague prefix such as 数/上, 百分之, a currency symbol) it tries to read
/// a quantity; on success it jumps past it, on failure past the numeral it read. Every rule is a
/// bounded look-ahead or look-behind, so the scan is linear in the input.
enum QuantityScanner {
    static func scan(_ text: NormalizedText) -> [Quantity] {
        let s = text.scalars
        var out: [Quantity] = []
        // (news text holds about one figure per 45 scalars: sized for more than that up front, the array
        // is not grown and its quantities moved a dozen times per document)
        out.reserveCapacity(s.count / 32 + 8)
        var i = 0
        let starts = startBits
        let gated = gatedStarts
        let t = tables
        var money = PageMoney()
        while i < s.count {
            // (most positions start nothing: passed over in a tight loop with one bit test each)
            i = starts.next(in: s, from: i)
            guard i < s.count else { break }
            let c = s[i]
            guard starts.contains(c) else { i += 1; continue }
            // a letter inside a word starts nothing (number words and currency codes stand alone): most
            // positions of English text are passed over here, not read
            if c.value < 0x80, i > 0, Scan.isASCIILetter(c), Scan.isASCIILetter(s[i - 1]) { i += 1; continue }
            guard mayRead(s, i, gated) else { i += 1; continue }
            switch read(s, at: i, t) {
            case .found(let q, let end):
                out.append(q)
                i = max(end, i + 1)
                if q.currencyImplied {
                    money.implied += 1
                    if let c = Self.sameBelowNote(s, q.end) { money.notes.append((out.count - 1, c)) }
                } else if q.unit.utf8.count == 3, q.rule.hasPrefix("money") {
                    money.note(q, s)
                    if let c = Self.sameBelowNote(s, q.end) { money.notes.append((out.count, c)) }
                }
            case .skip(let end):
                i = max(end, i + 1)
            }
        }
        if money.implied > 0, money.home != nil || !money.notes.isEmpty || money.hkDollar { money.apply(&out) }
        return out
    }

    /// The currencies a page names, for its amounts written with a bare 元 or a bare $.
    struct PageMoney {
        /// The first currency named with a figure, when it is one a bare 元 may mean (新台幣 → TWD).
        var home: String? = nil
        var firstSeen = false
        /// A figure in HK$ was seen: a bare $ on the page is the Hong Kong dollar.
        var hkDollar = false
        var implied = 0
        /// (index of the first figure it covers, currency): 600億元（港幣，下同）
        var notes: [(Int, String)] = []

        mutating func note(_ q: Quantity, _ s: [Unicode.Scalar]) {
            if q.unit == "HKD", !hkDollar, (q.start..<max(q.start, q.end - 2)).contains(where: { s[$0] == "H" && s[$0 + 1] == "K" && s[$0 + 2] == "$" }) {
                hkDollar = true
            }
            guard !firstSeen, q.unit == "USD" || MoneyRules.homeCurrencies.contains(q.unit) || q.unit == "CNY" else { return }
            // (a figure in US$ does not settle the page's 元)
            if q.unit == "USD" { return }
            firstSeen = true
            if MoneyRules.homeCurrencies.contains(q.unit) { home = q.unit }
        }

        func apply(_ out: inout [Quantity]) {
            var noteAt = 0
            var current = home
            for k in out.indices {
                while noteAt < notes.count, notes[noteAt].0 <= k { current = notes[noteAt].1; noteAt += 1 }
                guard out[k].currencyImplied else { continue }
                if out[k].unit == "USD" {
                    if hkDollar { out[k].unit = "HKD" }  // $34b on a page that writes HK$
                } else if let c = current {
                    out[k].unit = c
                }
            }
        }
    }

    /// （港幣，下同） right after a figure: its currency, which holds for the figures after it too.
    static func sameBelowNote(_ s: [Unicode.Scalar], _ end: Int) -> String? {
        guard end + 4 < s.count, s[end] == "(" || s[end] == "（" else { return nil }
        guard let m = MoneyRules.prefixes.match(s, at: end + 1, skippingSpace: false) else { return nil }
        var k = m.end
        if k < s.count, s[k] == "，" || s[k] == "," || s[k] == "、" { k += 1 }
        guard k + 1 < s.count, s[k] == "下", s[k + 1] == "同" else { return nil }
        return m.value
    }

    /// `mayStart` of every scalar of the Basic Multilingual Plane as a bitmap, built once from it: the scan
    /// tests one bit per position instead of a chain of comparisons.
    static let startBits = ScalarBitmap(mayStart)

    /// (Built once into `startBits`: the currency prefixes come from `MoneyRules.prefixWords`, so a new prefix
    /// there starts figures without more.)
    static func mayStart(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return Scan.isDigit(c) || c == "-" || MoneyRules.prefixFirsts.contains(c) || NumeralParser.englishFirsts.contains(c)
        }
        return ChineseDigits.isNumeralChar(c) || c == "数" || c == "几" || c == "上" || c == "负" || c == "半"
            || MoneyRules.prefixFirsts.contains(c)
    }

    /// The scalars whose figure `mayRead` checks first: the ideographs that start a currency prefix (人民币,
    /// 新台币, 港币 …) and the vague prefixes 数/几/上. Derived from `MoneyRules.prefixWords`.
    static let gatedStarts: CharSet = {
        var w = "数几上"
        for (p, _) in MoneyRules.prefixWords { if let f = p.unicodeScalars.first, Scan.isHan(f), !ChineseDigits.isNumeralChar(f) { w.unicodeScalars.append(f) } }
        return CharSet(w)
    }()

    /// Whether `read(s, at: i)` can find anything where its starting scalar is common as a word: 人 and 美
    /// start only the currency prefixes 人民币 and 美元, and 数/几/上 only a vague count before a unit
    /// (数十, 几百, 上万). Anywhere else read would skip to i + 1 (人 alone is 0.7 million of 5 million
    /// candidate positions in the news corpus, and none of them a figure).
    @inline(__always) static func mayRead(_ s: [Unicode.Scalar], _ i: Int, _ gated: CharSet) -> Bool {
        let c = s[i]
        guard gated.contains(c) else { return true }
        guard i + 1 < s.count else { return false }
        let d = s[i + 1]
        if c == "数" || c == "几" || c == "上" {
            return d == "十" || d == "拾" || d == "百" || d == "佰" || d == "千" || d == "仟" || d == "万" || d == "亿"
        }
        return MoneyRules.hanPrefixPairs.contains(UInt64(c.value) << 32 | UInt64(d.value))
    }

    enum Outcome { case found(Quantity, end: Int), skip(end: Int) }

    /// The lexicons asked at every figure, read from their globals once per scan and passed down: reading a
    /// global lexicon is a call, and the lexicon was copied out of it (184 bytes) at every use.
    struct Tables {
        let units = UnitRules.all
        let qualifiersBefore = QualifierRules.before
        let qualifiersAfter = QualifierRules.after
    }

    static let tables = Tables()

    /// The core of a quantity: a numeral with its scale, before the unit.
    struct Core {
        var numeral: Numeral
        /// Where the quoted span starts (sign, vague prefix, 百分之 or currency symbol included).
        var start: Int
        var end: Int
        var negative = false
        var vague = false
        var percentPrefix = false
        var prefixCurrency: String? = nil
        /// A hedge a few characters before the figure (约占全国一半): approximate, not quoted.
        var approxFromContext = false
    }

    /// 约 / 近 / 大约 within a few characters before `i` in the same clause.
    static let hedgedShare: [[Unicode.Scalar]] = ["约占", "近占", "大约占", "约为全", "约合"].map { Array($0.unicodeScalars) }
    static let hedgedShareSet = WordSet(hedgedShare)

    /// 约占 / 近占 within a few characters before a percentage in its clause.
    static func approxShare(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        // (max(clauseBoundary, i - 10), found without walking back further than i - 10)
        let from = Scan.clauseStart(s, i, floor: max(0, i - 10))
        return hedgedShareSet.occurs(in: s, from: from, to: i)
    }

    static func hedgeBefore(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let from = Scan.clauseStart(s, i, floor: max(0, i - 6))  // (max(clauseBoundary, i - 6))
        return Scan.contains(s, Scan.W.yue, from: from, to: i) || Scan.contains(s, Scan.W.jin, from: from, to: i)
    }

    static func read(_ s: [Unicode.Scalar], at i: Int, _ t: Tables) -> Outcome {
        // Not the middle of a token: model names (GLM-5, A100), versions (V3.0), ordinals (第九).
        if i > 0 {
            let p = s[i - 1]
            if Scan.isASCIILetter(p) && Scan.isDigit(s[i]) { return .skip(end: skipNumeral(s, i)) }
            // a slash after a digit is a date or a fraction (2025/3/1, 1/3); after a unit it joins two
            // figures (1.2亿千瓦/2.9亿千瓦时)
            if p == "/" && !(i > 1 && Scan.isHan(s[i - 2])) { return .skip(end: skipNumeral(s, i)) }
            if p == "第" || p == "." || p == "_" { return .skip(end: skipNumeral(s, i)) }
            if Scan.isDigit(p) && Scan.isDigit(s[i]) { return .skip(end: skipNumeral(s, i)) }
        }
        // 半数 (超半数企业, 半数以上) and 过半 (过半的企业, 占比过半。): half, as a share
        if s[i] == "半", let h = half(s, at: i, t) { return h }
        guard var core = readCore(s, at: i) else {
            return .skip(end: i + 1)
        }
        // Ranges: 20%-30%, 3至5家, 100亿—200亿元, 10-20亿元
        var afterCore = core.end
        let leftUnit = unitAt(s, afterCore, numeral: core.numeral, t)
        // (三成至四成: the left side's 成 stands before the connector)
        let connectorFrom = leftUnit.map { $0.end } ?? (afterCore < s.count && s[afterCore] == "成" ? afterCore + 1 : afterCore)
        // (rangeRight called only after a connector: its optional result, copied twice per call, is large)
        if mayBeRange(s, from: connectorFrom), let right = rangeRight(s, from: connectorFrom, t), case .found(let rq, let rend) = right,
           core.numeral.maxMantissa == nil {
            let leftMatches = leftUnit.map { sameUnit($0.unit, rq.unitMatch) } ?? true
            if leftMatches {
                var left = core.numeral
                if !left.hasScale && rq.scaleExp != 0 && leftUnit == nil {
                    left.scale(by: rq.scaleExp)
                } else if left.hasScale && leftUnit == nil && rq.scaleExp - left.scaleExp == 8 && left.scaleExp >= 2 {
                    // 1.2万-1.5万亿元: the left end shares the right's compound scale (万 … 万亿)
                    left.scale(by: 8)
                }
                var lo = left.value
                if core.negative || rq.quantity.isFall { lo = -lo }
                var q = rq.quantity
                q.valueMax = q.value
                q.value = lo
                q.start = qualifierStart(s, core.start, t)?.start ?? core.start
                q.bound = qualifierStart(s, core.start, t)?.bound ?? .exact
                q.rule = "range." + q.rule
                if q.valueMax! < q.value { return .skip(end: rend) }
                return .found(q, end: rend)
            }
        }
        guard let unit = leftUnit ?? implicitUnit(s, core: &core) else {
            return .skip(end: max(core.numeral.end, i + 1))
        }
        // a word that is no unit (2025年, 3月, 个月): finish would give nil (checked first, before its
        // qualifier search; dates are a good share of all figures)
        if case .reject = unit.unit { return .skip(end: max(core.numeral.end, i + 1)) }
        afterCore = unit.end
        // 2个多百分点: more than 2 points
        let u0 = Scan.skipSpace(s, core.end)
        if u0 + 1 < s.count, s[u0] == "个", s[u0 + 1] == "多", case .pp = unit.unit { core.numeral.moreThan = true }
        guard let q = finish(s, core: core, unit: unit, t) else { return .skip(end: max(core.numeral.end, i + 1)) }
        return .found(q, end: q.end)
    }

    static let afterHalf = CharSet("，。；、,.;:：！？的")

    /// 半数 anywhere, or 半 after 过/超 at the end of a phrase: 50 percent (not 半年, 过半年, 半价, 半导体).
    static func half(_ s: [Unicode.Scalar], at i: Int, _ t: Tables) -> Outcome? {
        // 半成 = 5% (不到半成): not 半成品, 半成熟, nor the 半 of 一半 before 成本
        if i + 1 < s.count, s[i + 1] == "成", !(i + 2 < s.count && "品熟本年型功".unicodeScalars.contains(s[i + 2])),
           !(i > 0 && "一大多过".unicodeScalars.contains(s[i - 1])) {
            var n = Numeral(mantissa: 5, exp10: 0, start: i, end: i + 2, kind: .chinese)
            n.hasScale = false
            guard var found = finish(s, core: Core(numeral: n, start: i, end: i + 2), unit: UnitHit(unit: .percent, end: i + 2), t)
            else { return nil }
            found.rule = "percent.half-tenth"
            return .found(found, end: found.end)
        }
        let isShu = i + 1 < s.count && s[i + 1] == "数"
        let before = i > 0 ? s[i - 1] : " "
        guard isShu || ((before == "过" || before == "超") && (i + 1 >= s.count || afterHalf.contains(s[i + 1]))) else { return nil }
        let end = isShu ? i + 2 : i + 1
        var n = Numeral(mantissa: 50, exp10: 0, start: i, end: end, kind: .chinese)
        n.hasScale = false
        let core = Core(numeral: n, start: i, end: end)
        guard var found = finish(s, core: core, unit: UnitHit(unit: .percent, end: end), t) else { return nil }
        found.rule = "percent.half"
        return .found(found, end: found.end)
    }

    /// Reads sign, currency prefix, vague prefix or 百分之, the numeral and its scale words.
    static func readCore(_ s: [Unicode.Scalar], at i: Int) -> Core? {
        var j = i
        var prefixCurrency: String? = nil
        var negative = false
        // currency symbol or code before the number: ¥100, US$9亿, RMB 120 billion
        // (none starts with a digit, where most figures start: the lexicon is not asked there)
        if !Scan.isDigit(s[j]), let m = MoneyRules.prefixes.match(s, at: j, skippingSpace: false) {
            let k = Scan.skipSpace(s, m.end)
            // (a currency name in ideographs may stand before a Chinese numeral: 港幣二十三億九千三百萬元)
            if k < s.count, Scan.isDigit(s[k]) || (Scan.isHan(s[j]) && ChineseDigits.isNumeralChar(s[k]) && !ChineseDigits.isNumeralChar(s[j])) {
                // a code made of letters must stand alone (not the tail of a word)
                if Scan.isASCIILetter(s[j]) && j > 0 && Scan.isASCIILetter(s[j - 1]) { return nil }
                prefixCurrency = m.value
                j = k
            } else if !Scan.isDigit(s[j]) && !ChineseDigits.isNumeralChar(s[j]) {
                return nil
            }
        }
        if prefixCurrency == nil && Scan.isASCIILetter(s[j]) {
            // Seven companies, at least eight firms, two million people: an English number word
            guard var n = NumeralParser.english(s, at: j), n.mantissa >= 2 else { return nil }
            n.hasScale = n.mantissa >= 1000
            return Core(numeral: n, start: i, end: n.end)
        }
        if s[j] == "-" || s[j] == "负" {
            guard j + 1 < s.count, Scan.isDigit(s[j + 1]) || (s[j] == "负" && ChineseDigits.digit(s[j + 1]) != nil) else { return nil }
            if s[j] == "-" && j > 0 && (Scan.isASCIILetter(s[j - 1]) || Scan.isDigit(s[j - 1])) { return nil }
            negative = true
            j += 1
        }
        var percentPrefix = false
        if s[j] == "百", j + 3 < s.count, s[j + 1] == "分", s[j + 2] == "之" {
            percentPrefix = true
            j += 3
        }
        let vague = !percentPrefix && NumeralParser.vaguePrefix(s, at: j)
        if vague {
            if s[j] == "上" && (ChineseDigits.smallUnit(s[j + 1]) == 1) { return nil }  // 上十 is not a floor
            j += 1
        }
        guard var numeral = NumeralParser.arabicOrChinese(s, at: j) else { return nil }
        if vague { numeral.moreThan = true; numeral.kind = .vague }
        var k = numeral.end
        // 十几, 300多, 120余, "20 余省" (before the scale)
        if numeral.kind != .bareScale, Scan.skipSpace(s, k) < s.count,
           s[Scan.skipSpace(s, k)] == "余" || s[Scan.skipSpace(s, k)] == "多" { k = Scan.skipSpace(s, k) }
        if k < s.count, s[k] == "余" || s[k] == "多" || (s[k] == "几" && numeral.kind != .arabic) {
            numeral.moreThan = true
            k += 1
        }
        // after a currency sign, a bare k, m or b is thousands, millions or billions ($5m, US$500k, $34b, USD$ 44.4B)
        if prefixCurrency != nil, numeral.kind == .arabic, k < s.count, let e = letterScale(s[k]),
           k + 1 >= s.count || !Scan.isASCIILetter(s[k + 1]) {
            numeral.scale(by: e)
            k += 1
        }
        // scale words after Arabic digits (1.2万亿, 5347.9亿, 3千万) or after 多/余 (300多万)
        let scaleAt = Scan.skipSpace(s, k)
        // (no scale word starts but with one of scaleFirsts: the unit lexicon is asked only then)
        if scaleAt < s.count, isScaleFirst(s[scaleAt]),
           numeral.kind == .arabic || numeral.moreThan || numeral.exp10 < 0 || numeral.maxMantissa != nil,
           UnitRules.all.match(s, at: scaleAt) == nil ||
            isScaleBeforeUnit(s, scaleAt) {
            if let sc = NumeralParser.scales.match(s, at: scaleAt) {
                numeral.scale(by: sc.value)
                k = sc.end
            } else if let sc = englishScales.match(s, at: scaleAt, skippingSpace: false), numeral.kind == .arabic,
                      sc.end >= s.count || !Scan.isASCIILetter(s[sc.end]) {
                numeral.scale(by: sc.value)
                k = sc.end
            }
        }
        // 兆 before a currency or a smaller part is 10^12 (Taiwan usage: 1.5兆元, 1兆5000億元); 兆瓦 is a unit
        if numeral.kind == .arabic, numeral.scaleExp == 0, ChineseDigits.isTrillion(s, k) {
            numeral.scale(by: 12)
            k += 1
        }
        // 1亿2千万元, 3亿5000万元, 1兆2458億元: a smaller scaled part after 亿 or 兆 adds to it
        if numeral.kind == .arabic, numeral.scaleExp == 8 || numeral.scaleExp == 12, numeral.maxMantissa == nil, !numeral.moreThan,
           k < s.count, Scan.isDigit(s[k]), let tail = NumeralParser.arabic(s, at: k),
           let sc = NumeralParser.scales.match(s, at: tail.end), sc.value >= 3, sc.value < numeral.scaleExp,
           tail.value * Numeral.pow10(sc.value) < Numeral.pow10(numeral.scaleExp) {
            let add = tail.value * Numeral.pow10(sc.value)
            let exp = numeral.scaleExp
            numeral.mantissa = numeral.value + add
            numeral.exp10 = 0
            numeral.scaleExp = exp
            numeral.hasScale = true
            k = sc.end
        }
        // 1.2万余家
        if k < s.count, s[k] == "余" || s[k] == "多", numeral.hasScale, !numeral.moreThan {
            numeral.moreThan = true
            k += 1
        }
        numeral.end = k
        return Core(numeral: numeral, start: i, end: k, negative: negative, vague: vague,
                    percentPrefix: percentPrefix, prefixCurrency: prefixCurrency)
    }

    /// The first scalars of the words of `NumeralParser.scales` and `englishScales`.
    static let scaleFirsts = CharSet(String(String.UnicodeScalarView(
        (NumeralParser.scaleWords.map { $0.0 } + englishScaleWords.map { $0.0 }).compactMap { $0.unicodeScalars.first })))

    /// `scaleFirsts.contains(c)`, spelt out (a global's read is a call per figure; QuantityScannerTests
    /// compare them).
    @inline(__always) static func isScaleFirst(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "万", "千", "百", "十", "亿", "t", "m", "b", "T", "M", "B": return true
        default: return false
        }
    }

    static let englishScaleWords: [(String, Int)] = [
        ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12), ("mn", 6), ("bn", 9), ("tn", 12), ("trn", 12),
        ("Thousand", 3), ("Million", 6), ("Billion", 9), ("Trillion", 12),
    ]

    static let englishScales = Lexicon<Int>(englishScaleWords)

    /// k, m, b as one letter after a currency or in `parse` (1.2k, $5m, $34b).
    @inline(__always) static func letterScale(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "k", "K": return 3
        case "m", "M": return 6
        case "b", "B": return 9
        default: return nil
        }
    }

    /// 亿 in 亿元 / 万 in 万台 is a scale, not the start of a unit word.
    static func isScaleBeforeUnit(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        return s[i] == "万" || s[i] == "亿" || (s[i] == "千" && i + 1 < s.count && (s[i + 1] == "万" || s[i + 1] == "亿"))
            || (s[i] == "百" && i + 1 < s.count && (s[i + 1] == "万" || s[i + 1] == "亿"))
            || (s[i] == "十" && i + 1 < s.count && (s[i + 1] == "万" || s[i + 1] == "亿"))
    }

    struct UnitHit { var unit: UnitMatch; var end: Int }

    /// The unit word after the core, if any (whitespace allowed before it).
    static func unitAt(_ s: [Unicode.Scalar], _ i: Int, numeral: Numeral, _ t: Tables) -> UnitHit? {
        var k = Scan.skipSpace(s, i, limit: 2)
        // 241.5萬(wàn)噸: a pinyin gloss after the scale word
        if k < s.count, s[k] == "(", k > 0, Scan.isHan(s[k - 1]), let g = glossEnd(s, k) { k = g }
        guard var m = t.units.match(s, at: k) else {
            // (an English counter is on the same line: "2020\n\nSeven companies" counts nothing)
            return k > i && k < s.count && (Scan.isASCIILetter(s[k]) || Scan.isDigit(s[k])) && !(i..<k).contains(where: { s[$0] == "\n" })
                ? englishCounter(s, k) : nil
        }
        // 7倍\n數據: a word that rejects the figure only across a line break (倍数) is the unit before it
        // (倍 only: 四个\n趋势 is still the rhetoric of 个趋势 broken by a line)
        if case .reject = m.value, m.end - k > m.word.count, let plain = t.units.match(s, at: k, skippingSpace: false),
           case .multiple = plain.value { m = plain }
        // an English word must end there ("5 times" but not "5 timestamps")
        if let last = m.word.last, Scan.isASCIILetter(last), m.end < s.count, Scan.isASCIILetter(s[m.end]) { return nil }
        // 406公里/万平方公里: a unit per a scaled unit is a unit of its own (kmper10000km2)
        if m.end + 1 < s.count, s[m.end] == "/", case .physical(let a) = m.value, let per = perUnit(s, m.end + 1, t) {
            return UnitHit(unit: .physical(a + "per" + per.name), end: per.end)
        }
        // a Latin unit must not be glued to more letters before a space either (5G, 4D are not units anyway)
        return UnitHit(unit: m.value, end: m.end)
    }

    /// The denominator of a compound unit after "/": 万平方公里 → "10000km2", 平方公里 → "km2".
    static func perUnit(_ s: [Unicode.Scalar], _ i: Int, _ t: Tables) -> (name: String, end: Int)? {
        var k = i, factor = ""
        if let sc = NumeralParser.scales.match(s, at: k, skippingSpace: false) {
            factor = "1" + String(repeating: "0", count: sc.value)
            k = sc.end
        }
        guard let m = t.units.match(s, at: k, skippingSpace: false), case .physical(let b) = m.value else { return nil }
        return (factor + b, m.end)
    }

    /// The end of a pinyin gloss "(wàn)" starting at `i` (1 to 7 Latin letters, tone marks allowed), or nil.
    static func glossEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i < s.count, s[i] == "(" else { return nil }
        var k = i + 1
        while k < s.count, k - i <= 8, isPinyin(s[k]) { k += 1 }
        guard k > i + 1, k < s.count, s[k] == ")" else { return nil }
        return k + 1
    }

    /// A letter of pinyin: a-z, ü and the vowels with tone marks.
    @inline(__always) static func isPinyin(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 97 && c.value <= 122) || (c.value >= 0xE0 && c.value <= 0x24F && c.value != 0xF7)
    }

    /// The start of a pinyin gloss ending just before `end` (the "(" of "(shao)"), or nil.
    static func glossStart(_ s: [Unicode.Scalar], endingAt end: Int) -> Int? {
        guard end > 2, s[end - 1] == ")" else { return nil }
        var k = end - 2
        while k > 0, end - k <= 9, isPinyin(s[k]) { k -= 1 }
        guard s[k] == "(", k < end - 2, glossEnd(s, k) == end else { return nil }
        return k
    }

    static let englishStopWords: Set<String> = ["in", "of", "to", "and", "or", "the", "by", "for", "from", "on", "at", "year",
                                                 "years", "as", "is", "was", "were", "are", "will", "with", "that", "which",
                                                 "when", "while", "after", "before", "than", "per", "a", "an", "its", "their"]

    static let englishCounterWords = ASCIIWordSet(CountRules.englishCounterSet)
    static let englishStopWordSet = ASCIIWordSet(englishStopWords)

    /// English counts allow up to two modifiers before the counted noun: "2,600 AI firms", "560,000 industrial robots".
    static func englishCounter(_ s: [Unicode.Scalar], _ start: Int) -> UnitHit? {
        var k = start
        for _ in 0..<3 {
            // (a modifier may mix digits and letters: 5G base stations; a word of digits alone ends the search)
            var e = k, letters = false
            while e < s.count, Scan.isASCIILetter(s[e]) || Scan.isDigit(s[e]) || s[e] == "-" {
                if Scan.isASCIILetter(s[e]) { letters = true }
                e += 1
            }
            guard e > k, letters else { return nil }
            // (the word is ASCII letters and hyphens: looked up without making a string of it)
            if englishCounterWords.contains(s, k..<e, lowercased: false) {
                return UnitHit(unit: .count(String(String.UnicodeScalarView(s[k..<e]))), end: e)
            }
            // stop at function words: "120 billion in 2025" counts nothing
            if englishStopWordSet.contains(s, k..<e, lowercased: true) { return nil }
            guard e < s.count, s[e] == " " else { return nil }
            k = e + 1
        }
        return nil
    }

    /// A unit implied without a unit word: 三成, 一半, 三分之一, 百分之四十, money cues (过亿), counted nouns (注册用户超300万).
    static func implicitUnit(_ s: [Unicode.Scalar], core: inout Core) -> UnitHit? {
        let k = core.end
        if core.percentPrefix { return UnitHit(unit: .percent, end: k) }
        if let cur = core.prefixCurrency { return UnitHit(unit: .money(cur), end: k) }
        let n = core.numeral
        // 三成, 近3成, 三四成: tenths (not 成为 / 成立 / 3成员, 10成)
        if k < s.count, s[k] == "成", let end = tenths(s, after: k, core: &core) {
            return UnitHit(unit: .percent, end: end)
        }
        if n.kind == .chinese, k < s.count {
            // 一半 = 50%
            if s[k] == "半", n.mantissa == 1, n.exp10 == 0, n.maxMantissa == nil, n.end - n.start == 1,
               k + 1 >= s.count || !(s[k + 1] == "年" || s[k + 1] == "天" || s[k + 1] == "月" || s[k + 1] == "个" || s[k + 1] == "导") {
                core.numeral.mantissa = 50
                core.approxFromContext = hedgeBefore(s, core.start)
                return UnitHit(unit: .percent, end: k + 1)
            }
            // 三分之一 → 33.3…%
            if s[k] == "分", k + 2 < s.count, s[k + 1] == "之", let num = NumeralParser.chinese(s, at: k + 2),
               num.kind == .chinese, n.value > 0, n.maxMantissa == nil, num.maxMantissa == nil, !n.moreThan, num.value <= n.value {
                let pct = 100 * num.value / n.value
                core.numeral = Numeral(mantissa: pct, exp10: 0, start: n.start, end: num.end, kind: .chinese)
                core.end = num.end
                return UnitHit(unit: .percent, end: num.end)
            }
        }
        // 2/3, 超过3/4: a fraction as a percentage (a small numerator over a small denominator, nothing after)
        if n.kind == .arabic, n.exp10 == 0, !n.hasScale, k + 1 < s.count, s[k] == "/", Scan.isDigit(s[k + 1]),
           let den = NumeralParser.arabic(s, at: k + 1), den.exp10 == 0, den.end - den.start == 1, n.end - n.start == 1,
           n.mantissa >= 1, n.mantissa < den.mantissa,
           den.end >= s.count || !(Scan.isDigit(s[den.end]) || s[den.end] == "/" || s[den.end] == "." || s[den.end] == "-"),
           n.start == 0 || !(s[n.start - 1] == "/" || s[n.start - 1] == "-" || s[n.start - 1] == ".") {
            core.numeral = Numeral(mantissa: 100 * n.mantissa / den.mantissa, exp10: 0, start: n.start, end: den.end, kind: .arabic)
            core.end = den.end
            return UnitHit(unit: .percent, end: den.end)
        }
        // English: "the number of AI companies exceeded 4,500" counts the noun named before it
        if core.numeral.kind == .arabic, let noun = englishCountedNoun(s, before: core.start) {
            return UnitHit(unit: .count(noun), end: k)
        }
        // a bare scaled number: money in a money context, a count of the noun before it
        guard core.numeral.hasScale || core.numeral.kind == .bareScale || core.vague else { return nil }
        let clauseStart = clauseBoundary(s, before: core.start)
        let clauseEnd = clauseBoundaryAfter(s, from: k)
        for cue in MoneyRules.contextCues where Scan.contains(s, cue, from: clauseStart, to: clauseEnd) {
            return UnitHit(unit: .money("CNY"), end: k)
        }
        for noun in countedNouns where Scan.contains(s, noun, from: max(clauseStart, core.start - 8), to: core.start) {
            return UnitHit(unit: .count(String(String.UnicodeScalarView(noun))), end: k)
        }
        return nil
    }

    static let numberOf: [[Unicode.Scalar]] = ["number of ", "Number of ", "total of "].map { Array($0.unicodeScalars) }

    /// The counted noun of "the number of X … 4,500" in the clause before `i`, if any.
    static func englishCountedNoun(_ s: [Unicode.Scalar], before i: Int) -> String? {
        let from = max(clauseBoundary(s, before: i), i - 80)
        var j = from
        let numberOf = numberOf
        while j < i {
            // (every phrase starts with n, N or t: other positions are passed over with one comparison)
            let c = s[j]
            guard c == "n" || c == "N" || c == "t" else { j += 1; continue }
            if let w = numberOf.first(where: { Scan.has(s, $0, at: j) }) {
                // the first counter noun after "number of"
                var k = j + w.count
                while k < i {
                    var e = k
                    while e < i, Scan.isASCIILetter(s[e]) { e += 1 }
                    if e > k {
                        let word = String(String.UnicodeScalarView(s[k..<e]))
                        if CountRules.englishCounterSet.contains(word) { return word }
                    }
                    k = e + 1
                }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// 成 after a numeral of tenths: 三成 = 30%, 三四成 = 30–40%, 一成半 = 15%, 三成五 = 35%, 两成多 = more than 20%.
    /// Moves `core` to percent and returns where the figure ends, or nil when 成 is a word of its own.
    static func tenths(_ s: [Unicode.Scalar], after k: Int, core: inout Core) -> Int? {
        let n = core.numeral
        let limit: Double = n.kind == .arabic ? 9 : 10
        guard n.kind == .arabic || n.kind == .chinese, n.mantissa >= 1, n.mantissa <= limit, n.exp10 == 0,
              (n.maxMantissa ?? n.mantissa) <= limit,
              !(k + 1 < s.count && notPercentAfterCheng.contains(s[k + 1])) else { return nil }
        var end = k + 1
        if n.maxMantissa == nil, end < s.count {
            if s[end] == "半" {
                core.numeral.mantissa += 0.5  // 一成半
                end += 1
            } else if let d = ChineseDigits.digit(s[end]), d >= 1, d <= 9,
                      end + 1 >= s.count || tenthEnders.contains(s[end + 1]) {
                core.numeral.mantissa += Double(d) / 10  // 三成五 (not 九成一线城市)
                end += 1
            } else if s[end] == "多" || s[end] == "余" {
                core.numeral.moreThan = true  // 两成多
                end += 1
            }
        }
        core.numeral.exp10 += 1
        return end
    }

    /// What may follow the digit of 三成五 for it to be a digit of the share (not 九成一线城市).
    static let tenthEnders = CharSet("，。；、,.;:：！？）)的以左上多 \n")

    static let notPercentAfterCheng = CharSet("为立员本果功交都效长熟型品像就年分了全片群套规批色名份绩因家语")

    /// Nouns that, stated just before a bare scaled number, say what it counts (注册用户已超300万).
    static let countedNouns: [[Unicode.Scalar]] = ["用户", "人次", "人数", "观众", "游客", "粉丝", "会员", "访客", "下载量"].map { Array($0.unicodeScalars) }

    /// Start of the clause before `i`, looking back at most 60 characters (the scanner has no sentences yet).
    static func clauseBoundary(_ s: [Unicode.Scalar], before i: Int) -> Int {
        Scan.clauseStart(s, i, floor: max(0, i - 60))
    }

    /// End of the clause from `i`, looking ahead at most 30 characters.
    static func clauseBoundaryAfter(_ s: [Unicode.Scalar], from i: Int) -> Int {
        Scan.clauseEnd(s, i, ceiling: min(s.count, i + 30))
    }

    static func sameUnit(_ a: UnitMatch, _ b: UnitMatch) -> Bool {
        switch (a, b) {
        case (.money, .money): return true  // 100亿—200亿元: one currency, written once
        case (.percent, .percent), (.pp, .pp), (.multiple, .multiple), (.physical, .physical): return a == b
        case (.count(let x), .count(let y)): return x == y
        default: return false
        }
    }

    struct Found {
        var quantity: Quantity
        var end: Int
        var unitMatch: UnitMatch
        /// The power of ten its scale words contributed (8 for 亿), for a left side that omits them.
        var scaleExp: Int
    }

    /// Whether a range connector follows (after spaces): rangeRight's first test.
    @inline(__always) static func mayBeRange(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        let k = Scan.skipSpace(s, i)
        guard k < s.count else { return false }
        // (rangeConnectors spelt out: a global's read is a call per figure; QuantityScannerTests compare them)
        switch s[k] {
        case "-", "~", "—", "–", "至", "到", "〜", "～": return true
        default: return false
        }
    }

    /// The right side of a range after a connector (20%-30%, 3至5家), read as a full quantity.
    static func rangeRight(_ s: [Unicode.Scalar], from i: Int, _ t: Tables) -> RangeOutcome? {
        var k = Scan.skipSpace(s, i)
        guard k < s.count, rangeConnectors.contains(s[k]) else { return nil }
        k += 1
        if k < s.count, s[k] == "—" || s[k] == "-" { k += 1 }
        k = Scan.skipSpace(s, k)
        guard k < s.count, Scan.isDigit(s[k]) || ChineseDigits.isNumeralChar(s[k]) else { return nil }
        guard var core = readCore(s, at: k), core.numeral.maxMantissa == nil else { return nil }
        let exp10 = core.numeral.exp10
        guard let unit = unitAt(s, core.end, numeral: core.numeral, t) ?? implicitUnit(s, core: &core) else { return nil }
        guard let q = finish(s, core: core, unit: unit, t, qualifiers: false) else { return nil }
        var f = Found(quantity: q, end: q.end, unitMatch: unit.unit, scaleExp: core.numeral.scaleExp)
        // 三至四成: the tenths of 成 apply to the left side too
        if case .percent = unit.unit, core.numeral.exp10 == exp10 + 1 { f.scaleExp += 1 }
        return .found(f, end: f.end)
    }

    enum RangeOutcome { case found(Found, end: Int) }

    static let rangeConnectors = CharSet("-~—–至到〜～")

    /// Builds the quantity from core and unit: value, bound from qualifiers, sign from fall words.
    /// (The quantity alone, built where it is returned: a `Found` around it was copied out and destroyed
    /// per figure. It ends where the figure does.)
    static func finish(_ s: [Unicode.Scalar], core: Core, unit: UnitHit, _ t: Tables, qualifiers: Bool = true) -> Quantity? {
        let n = core.numeral
        // a bare scale (千, 万, 亿) is a number only after a qualifier or a vague prefix (超千人, 过亿, 上百项)
        let pre = qualifiers ? qualifierStart(s, core.start, t) : nil
        if n.kind == .bareScale && pre == nil && !core.vague && !n.moreThan && !core.percentPrefix { return nil }
        var counter: String? = nil
        var unitName: String
        switch unit.unit {
        case .reject: return nil
        case .money(let code):
            unitName = core.prefixCurrency ?? code
            // as much as HK$14. at the very end of an excerpt: the figure is cut off
            if n.kind == .arabic, n.end + 1 == s.count, s[n.end] == ".", Scan.isDigit(s[n.end - 1]) { return nil }
        case .percent: unitName = "percent"
        case .pp: unitName = "pp"
        case .multiple: unitName = "multiple"
        case .count(let w):
            unitName = "count"; counter = w
            // 前10名, 前三位: a rank, not a count
            // (the scalar first: comparing the strings of non-ASCII counters costs more)
            let before = Scan.skipSpaceBackward(s, core.start)
            if before > 0, s[before - 1] == "前", w == "名" || w == "位" { return nil }
            // 三轮融资: 轮 counts rounds of funding or talks only (not 小四轮, 四轮驱动)
            if w == "轮" || w == "輪", !(unit.end < s.count && roundNouns.contains(s[unit.end])) { return nil }
            // 从第25位提升至20位: a rank after a rank of the same counter
            if w == "位" || w == "名", isRankAfterRank(s, core.start, counter: s[unit.end - 1]) { return nil }
            // 一位一体 / 三位一体, 两个“确保”: a count followed by a quoted slogan is rhetoric
            if unit.end < s.count, s[unit.end] == "“" || s[unit.end] == "「" || s[unit.end] == "\"" { return nil }
            // 百家争鸣, 千家万户: idioms with a bare numeral (千余人 is a number)
            if n.kind == .bareScale && pre == nil && !core.vague && !n.moreThan { return nil }
        case .physical(let u): unitName = u
        }
        // 一家, 一批, 一公里, 二次: a lone 一 or 二 with a counter or unit is a word, not a measurement
        // (一倍, 一成, 一半 and percentages stay)
        if n.kind == .chinese, n.exp10 == 0, n.end - n.start == 1, n.maxMantissa == nil,
           s[n.start] == "一" || s[n.start] == "二" || s[n.start] == "壹" {
            switch unit.unit {
            case .count, .physical, .money: return nil
            default: break
            }
        }
        // 零部件, 零售: a lone zero is part of a word
        if n.kind == .chinese, n.mantissa == 0, n.maxMantissa == nil { return nil }
        // 增长0倍: no multiple is zero or less
        if case .multiple = unit.unit, n.value <= 0 { return nil }
        var end = unit.end
        var bound = Bound.exact
        if let p = pre { bound = p.bound }
        // post qualifiers: 以上, 左右, 以内 …
        if qualifiers, let post = t.qualifiersAfter.match(s, at: end, skippingSpace: false),
           post.word.count > 1 || post.word == ["余"] {
            if bound == .exact { bound = post.value }
            end = post.end
        }
        if bound == .exact && n.moreThan { bound = .moreThan }
        if bound == .exact && core.approxFromContext { bound = .approx }
        // 迈上14万亿元新台阶: a level passed
        if qualifiers, bound == .exact, steppedUp(s, pre?.start ?? core.start, end) { bound = .moreThan }
        // 约占全国的30%: the hedge sits on 占, not next to the figure
        if qualifiers, bound == .exact, unitName == "percent", approxShare(s, pre?.start ?? core.start) { bound = .approx }
        var value = n.value
        var valueMax = n.valueMax
        var isFall = false
        if core.negative { value = -value }
        else if qualifiers, unitName == "percent" || unitName == "pp",
                isFallBefore(s, (pre?.start ?? core.start)) || isFallAfter(s, end) {
            value = -value; valueMax = valueMax.map { -$0 }
            if let vm = valueMax { (value, valueMax) = (vm, value) }
            isFall = true
        }
        // a numeral too large for a Double is no figure a text reports: never emit infinity
        guard value.isFinite, valueMax?.isFinite ?? true else { return nil }
        let start = pre?.start ?? core.start
        let rule = ruleName(unit.unit, n, core)
        var q = Quantity(start: start, end: end, value: value, valueMax: valueMax, unit: unitName, counter: counter,
                         bound: bound, isFall: isFall, rule: rule)
        // a bare 元 (or money without a currency word): the page's currency may say otherwise
        if unitName == "USD", core.prefixCurrency != nil, s[core.start] == "$" {
            q.currencyImplied = true  // a bare $ (a Hong Kong page means its own dollar)
        } else if unitName == "CNY", core.prefixCurrency == nil, unit.end == core.end || s[unit.end - 1] == "元" && !(unit.end >= 2 && s[unit.end - 2] == "币") {
            q.currencyImplied = true
        }
        return q
    }

    static let roundNouns = CharSet("融投谈談磋竞競审審")

    static let stepWords: [[Unicode.Scalar]] = ["迈上", "迈上了", "站上", "登上", "跨上", "迈入"].map { Array($0.unicodeScalars) }
    static let stepNouns: [[Unicode.Scalar]] = ["台阶", "新台阶", "大关", "关口"].map { Array($0.unicodeScalars) }

    /// 迈上…台阶, 站上…大关: the figure is a level passed (more than).
    static func steppedUp(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 2, end < s.count, s[end] == "新" || s[end] == "台" || s[end] == "大" || s[end] == "关" else { return false }
        let b = Scan.skipSpaceBackward(s, start)
        guard stepWords.contains(where: { Scan.ends(s, $0, at: b) }) else { return false }
        return stepNouns.contains { Scan.has(s, $0, at: end) }
    }

    /// Whether 第N位 (or 第N名) stands earlier in the clause before `i`: a later N位 is a rank too.
    static func isRankAfterRank(_ s: [Unicode.Scalar], _ i: Int, counter: Unicode.Scalar) -> Bool {
        let from = Scan.clauseStart(s, i, floor: max(0, i - 24))
        var k = i - 1
        while k > from {
            if s[k] == counter, k >= 2, Scan.isDigit(s[k - 1]) || ChineseDigits.isNumeralChar(s[k - 1]) {
                var d = k - 1
                while d > from, Scan.isDigit(s[d - 1]) || ChineseDigits.isNumeralChar(s[d - 1]) { d -= 1 }
                if d > 0, s[d - 1] == "第" { return true }
            }
            k -= 1
        }
        return false
    }

    static func ruleName(_ u: UnitMatch, _ n: Numeral, _ core: Core) -> String {
        let dim: Int
        switch u {
        case .money: dim = 0
        case .percent: dim = 1
        case .pp: dim = 2
        case .multiple: dim = 3
        case .count: dim = 4
        case .physical: dim = 5
        case .reject: dim = 6
        }
        let num: Int
        switch n.kind {
        case .arabic: num = n.hasScale ? 1 : 0
        case .chinese: num = 2
        case .vague: num = 3
        case .bareScale: num = 4
        }
        return ruleNames[dim][num]
    }

    /// Every rule name, "dimension.numeral", built once (a name per figure would be a string allocated per figure).
    static let ruleNames: [[String]] = ["money", "percent", "pp", "multiple", "count", "physical", "reject"].map { dim in
        ["arabic", "arabic+scale", "chinese", "vague", "scale"].map { dim + "." + $0 }
    }

    /// The qualifier word just before the quantity, if any (超, 不低于, 约 …), skipping whitespace.
    /// `QualifierRules.falseBefore` as pairs of scalars, when every word of it is two ideographs (nil
    /// otherwise: then the words are looked up as strings).
    static let falseBeforePairs: Set<UInt64>? = {
        var pairs: Set<UInt64> = []
        for w in QualifierRules.falseBefore {
            let u = Array(w.unicodeScalars)
            guard u.count == 2, Scan.isHan(u[0]), Scan.isHan(u[1]) else { return nil }
            pairs.insert(UInt64(u[0].value) << 32 | UInt64(u[1].value))
        }
        return pairs
    }()

    static func qualifierStart(_ s: [Unicode.Scalar], _ i: Int, _ t: Tables) -> (start: Int, bound: Bound)? {
        guard let m = t.qualifiersBefore.matchBackward(s, endingAt: i) else {
            // 約(yue)404.34億元, 至少(shao)19家, 達(dá)到362億: a pinyin gloss inside or after the qualifier
            let j = Scan.skipSpaceBackward(s, i)
            guard j > 2, s[j - 1] == ")" || s[j - 2] == ")" || (j > 3 && s[j - 3] == ")") else { return nil }
            return glossedQualifier(s, j, t)
        }
        if let last = m.word.last, Scan.isASCIILetter(last) {
            // English qualifiers must be separate words
            if m.start > 0 && Scan.isASCIILetter(s[m.start - 1]) { return nil }
        } else if m.word.count == 1 && m.start > 0 {
            let p = s[m.start - 1], w = m.word[0]
            if let pairs = falseBeforePairs, Scan.isHan(p), Scan.isHan(w) {
                // (two ideographs: as strings they are equal only when their scalars are)
                if pairs.contains(UInt64(p.value) << 32 | UInt64(w.value)) { return nil }
            } else {
                var pair = String.UnicodeScalarView()
                pair.append(p); pair.append(w)
                if QualifierRules.falseBefore.contains(String(pair)) { return nil }
            }
        }
        return (m.start, m.value)
    }

    /// The qualifier before `j` read with the pinyin glosses between its ideographs left out.
    static func glossedQualifier(_ s: [Unicode.Scalar], _ j: Int, _ t: Tables) -> (start: Int, bound: Bound)? {
        var chars: [Unicode.Scalar] = [], at: [Int] = []
        var k = j
        while k > 0, chars.count < 5 {
            if let g = glossStart(s, endingAt: k) { k = g; continue }
            guard Scan.isHan(s[k - 1]) else { break }
            chars.append(s[k - 1]); at.append(k - 1)
            k -= 1
        }
        guard !at.isEmpty else { return nil }
        chars.reverse(); at.reverse()
        guard let m = t.qualifiersBefore.matchBackward(chars, endingAt: chars.count, skippingSpace: false) else { return nil }
        // the gloss must be what stood in the way (a qualifier before a gloss of another word is no qualifier)
        if m.start > 0, m.word.count == 1 {
            var pair = String.UnicodeScalarView()
            pair.append(chars[m.start - 1]); pair.append(m.word[0])
            if QualifierRules.falseBefore.contains(String(pair)) { return nil }
        }
        return (at[m.start], m.value)
    }

    static let fallWords = Lexicon<Bool>([
        ("下降", true), ("下滑", true), ("减少", true), ("回落", true), ("萎缩", true), ("下跌", true), ("降低", true),
        ("负增长", true), ("缩减", true), ("降幅", true), ("跌幅", true), ("减幅", true), ("收窄", true), ("缩小", true),
        ("下调", true), ("减", true), ("降", true), ("跌", true), ("fell", true), ("dropped", true), ("declined", true),
        ("down", true), ("decreased", true), ("缩水", true), ("放缓", true), ("减缓", true), ("走低", true),
        ("shrank", true), ("slipped", true), ("slid", true), ("contracted", true), ("fallen", true),
    ])

    static let fallFillers: [[Unicode.Scalar]] = ["了", "为", "达", "约", "近", "超"].map { Array($0.unicodeScalars) }

    /// English nouns of a fall right after a change: "a 12% drop", "a 3.5 percent decline".
    static let fallNounsAfter = ASCIIWordSet(["drop", "decline", "fall", "decrease", "slump", "contraction", "dip",
                                             "plunge", "slide", "reduction"])

    /// Whether an English fall noun follows the figure ending at `end` ("a 12% drop", "a 12% year-on-year decline").
    static func isFallAfter(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        var k = end
        guard k < s.count, s[k] == " " else { return false }
        for _ in 0..<2 {
            k += 1
            var e = k
            while e < s.count, Scan.isASCIILetter(s[e]) || s[e] == "-" { e += 1 }
            guard e > k else { return false }
            if fallNounsAfter.contains(s, k..<e, lowercased: true) { return true }
            // one modifier may stand between: year-on-year, annual, sharp, slight
            guard e < s.count, s[e] == " " else { return false }
            k = e
        }
        return false
    }

    /// Whether a fall word ends just before `i` (下降4.6%, 同比下降了4.6%, 降幅为3%, 下降不到1%).
    static func isFallBefore(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = Scan.skipSpaceBackward(s, i)
        // words allowed between the verb and the figure
        for f in fallFillers {
            if Scan.ends(s, f, at: j) { j = Scan.skipSpaceBackward(s, j - f.count); break }
        }
        guard let m = fallWords.matchBackward(s, endingAt: j) else { return false }
        if m.word.count == 1 {
            // 降 / 减 / 跌 alone: only when not part of 降至 / 减至 (a level, not a change)
            return true
        }
        return true
    }

    /// Skips past a run of digits and numeral characters (used when a number is part of a name).
    static func skipNumeral(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, Scan.isDigit(s[j]) || s[j] == "." || Scan.isASCIILetter(s[j]) || s[j] == "-" { j += 1 }
        return j
    }
}
