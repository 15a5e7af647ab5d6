/// A number read on its own, without a unit: what `trendline parse` answers for 一千二百三十四, 3-5万, 第三,
/// three hundred and twenty or 1.2k. `extract` never reports these (SPEC's scope is figures with a unit).
public struct NumberReading: Sendable, Equatable {
    /// Unicode scalar offsets of the reading in the expression, end exclusive.
    public var start: Int
    public var end: Int
    public var value: Double
    /// Upper end of a range (三到五, 3-5万, 两三, 二三十).
    public var valueMax: Double?
    /// "number", "ordinal" (第三) or "percent" (千分之五 = 0.5 percent).
    public var unit: String
    public var bound: Bound
}

extension Extractor {
    /// Reads `expression` as one number (a bare number, an ordinal, a range or a vague number), or nil
    /// when it does not start with one. The reading may cover only the start of the expression.
    public func readNumber(_ expression: String) -> NumberReading? {
        NumberReader.read(NormalizedText(expression).scalars)
    }
}

enum NumberReader {
    static func read(_ s: [Unicode.Scalar]) -> NumberReading? {
        var a = 0
        while a < s.count, Scan.isSpace(s[a]) { a += 1 }
        guard a < s.count else { return nil }
        var bound = Bound.exact
        var i = a
        // a qualifier before the number: 约三百, 超过一千, more than twenty
        if let q = QualifierRules.before.match(s, at: i), q.end < s.count, startsNumber(s, Scan.skipSpace(s, q.end)) {
            bound = q.value
            i = Scan.skipSpace(s, q.end)
        }
        var ordinal = false
        if s[i] == "第", i + 1 < s.count { ordinal = true; i += 1 }
        guard var left = single(s, at: i) else { return nil }
        var end = left.end
        var value = left.value
        var valueMax = left.valueMax
        // ranges: 三到五, 3-5万, 10至20亿, 1.2万-1.5万
        if !ordinal, valueMax == nil, end < s.count, QuantityScanner.rangeConnectors.contains(s[end]) {
            var k = end + 1
            if k < s.count, s[k] == "—" || s[k] == "-" { k += 1 }
            if let right = single(s, at: Scan.skipSpace(s, k)), right.valueMax == nil, !right.negative, right.unit == left.unit {
                if left.scaleExp == 0, right.scaleExp > 0 {
                    left.value *= Numeral.pow10(right.scaleExp)  // 3-5万: the left end shares the scale
                }
                if right.value >= left.value {
                    value = left.value
                    valueMax = right.value
                    end = right.end
                }
            }
        }
        if left.negative { value = -value; valueMax = valueMax.map { -$0 }; if let m = valueMax { (value, valueMax) = (m, value) } }
        // 左右, 以上, 上下 after it
        if let post = QualifierRules.after.match(s, at: end, skippingSpace: false), post.word.count > 1 {
            if bound == .exact { bound = post.value }
            end = post.end
        }
        if left.moreThan && bound == .exact { bound = .moreThan }
        guard value.isFinite, valueMax?.isFinite ?? true else { return nil }
        return NumberReading(start: a, end: end, value: value, valueMax: valueMax,
                             unit: ordinal ? "ordinal" : left.unit, bound: bound)
    }

    static func startsNumber(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        let c = s[i]
        return Scan.isDigit(c) || ChineseDigits.isNumeralChar(c) || c == "第" || c == "负" || c == "-" || c == "数" || c == "几"
            || c == "上" || NumeralParser.englishFirsts.contains(c)
    }

    struct One {
        var value: Double
        var valueMax: Double? = nil
        var end: Int
        var scaleExp = 0
        var moreThan = false
        var negative = false
        var unit = "number"
    }

    /// One number at `i`: sign, vague prefix, numeral, 余/多/几, scale words, a smaller part after a scale.
    static func single(_ s: [Unicode.Scalar], at i0: Int) -> One? {
        var i = i0
        guard i < s.count else { return nil }
        var negative = false
        if s[i] == "负" || s[i] == "-" || s[i] == "−" || s[i] == "+" || s[i] == "正" {
            negative = s[i] != "+" && s[i] != "正"
            i += 1
            guard i < s.count else { return nil }
        }
        // 千分之五, 万分之三: per-mille and per-ten-thousand as percent
        if i + 3 < s.count, s[i + 1] == "分", s[i + 2] == "之", s[i] == "千" || s[i] == "万" || s[i] == "百",
           let n = NumeralParser.chinese(s, at: i + 3) ?? NumeralParser.arabic(s, at: i + 3) {
            let div: Double = s[i] == "千" ? 10 : s[i] == "万" ? 100 : 1
            return One(value: n.value / div, valueMax: n.valueMax.map { $0 / div }, end: n.end, negative: negative, unit: "percent")
        }
        let vague = NumeralParser.vaguePrefix(s, at: i)
        if vague { i += 1 }
        var n: Numeral
        if let a = NumeralParser.arabicOrChinese(s, at: i) {
            n = a
        } else if Scan.isDigit(s[i]) {
            return nil
        } else if let d = digitString(s, at: i) {
            n = d
        } else if let e = NumeralParser.english(s, at: i) {
            n = e
        } else {
            return nil
        }
        var k = n.end
        var moreThan = vague
        if vague { n.kind = .vague }
        // 2/3 written alone: the fraction's value
        if n.kind == .arabic, k + 1 < s.count, s[k] == "/", Scan.isDigit(s[k + 1]), let d = NumeralParser.arabic(s, at: k + 1), d.value > 0 {
            return One(value: n.value / d.value, end: d.end, negative: negative)
        }
        // 三分之二: a fraction
        if n.kind == .chinese, n.maxMantissa == nil, k + 2 < s.count, s[k] == "分", s[k + 1] == "之",
           let num = NumeralParser.chinese(s, at: k + 2), num.maxMantissa == nil, n.value > 0 {
            return One(value: num.value / n.value, end: num.end, negative: negative)
        }
        if k < s.count, s[k] == "余" || s[k] == "多" || (s[k] == "几" && n.kind != .arabic) { moreThan = true; k += 1 }
        var scaleExp = 0
        // (scaled as mantissa and power of ten, so that 16.4亿 is exactly 1640000000)
        func scaleBy(_ e: Int) { n.scale(by: e); scaleExp += e }
        if n.kind == .arabic || n.exp10 < 0 || moreThan || n.maxMantissa != nil {
            let at = Scan.skipSpace(s, k)
            if ChineseDigits.isTrillion(s, k) {
                scaleBy(12); k += 1
            } else if let sc = NumeralParser.scales.match(s, at: k, skippingSpace: false) {
                scaleBy(sc.value); k = sc.end
            } else if n.kind == .arabic, let sc = QuantityScanner.englishScales.match(s, at: at, skippingSpace: false),
                      sc.end >= s.count || !Scan.isASCIILetter(s[sc.end]) {
                scaleBy(sc.value); k = sc.end
            } else if n.kind == .arabic, k < s.count, let e = QuantityScanner.letterScale(s[k]),
                      k + 1 >= s.count || !Scan.isASCIILetter(s[k + 1]) {
                scaleBy(e); k += 1
            }
            if k < s.count, s[k] == "余" || s[k] == "多", !moreThan { moreThan = true; k += 1 }
        }
        var value = n.value
        let valueMax = n.valueMax
        // 1万600, 3亿5000万, 1兆5000亿: a smaller part after the scale adds to it
        if n.kind == .arabic, scaleExp >= 4, valueMax == nil, !moreThan, k < s.count, Scan.isDigit(s[k]),
           let tail = NumeralParser.arabic(s, at: k) {
            var add = tail.value, e = tail.end
            if let sc = NumeralParser.scales.match(s, at: tail.end, skippingSpace: false), sc.value < scaleExp {
                add *= Numeral.pow10(sc.value); e = sc.end
            }
            if add < Numeral.pow10(scaleExp) { value += add; k = e }
        }
        return One(value: value, valueMax: valueMax, end: k, scaleExp: scaleExp, moreThan: moreThan, negative: negative)
    }

    /// 二〇二五, 一二三: Chinese digits read place by place (three or more of them).
    static func digitString(_ s: [Unicode.Scalar], at i: Int) -> Numeral? {
        var k = i, v = 0.0
        while k < s.count, k - i < 20, let d = ChineseDigits.digit(s[k]) { v = v * 10 + Double(d); k += 1 }
        guard k - i >= 3, k >= s.count || !(ChineseDigits.isNumeralChar(s[k])) else { return nil }
        return Numeral(mantissa: v, exp10: 0, start: i, end: k, kind: .chinese)
    }
}
