/// A number as written, before units: "1.2", "1,234.5", "七十八万五佰零六", "数十", "两三".
/// Values are kept as an integer mantissa and a power of ten so that "5347.9亿" is exactly 534790000000.
struct Numeral: Sendable, Equatable {
    var mantissa: Double
    var exp10: Int
    /// Upper end for Chinese ranges such as 两三 (2..3).
    var maxMantissa: Double? = nil
    /// Offsets of the numeral in the text.
    var start: Int
    var end: Int
    enum Kind: Sendable { case arabic, chinese, vague, bareScale }
    var kind: Kind
    /// A scale word (万, 亿, 万亿 …) was part of it.
    var hasScale = false
    /// 余/多/几 attached (十余, 300多, 十几) — the figure is a floor.
    var moreThan = false
    /// The power of ten contributed by scale words (8 for 亿).
    var scaleExp = 0

    var value: Double { Numeral.compose(mantissa, exp10) }
    var valueMax: Double? { maxMantissa.map { Numeral.compose($0, exp10) } }

    static func compose(_ m: Double, _ e: Int) -> Double {
        e >= 0 ? m * pow10(e) : m / pow10(-e)
    }

    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        for _ in 0..<min(e, 308) { r *= 10 }
        return r
    }

    /// Multiplies by 10^k (a scale word).
    mutating func scale(by k: Int) {
        exp10 += k
        scaleExp += k
        hasScale = true
    }
}

/// Digit and unit characters of Chinese numerals (Simplified, financial and the folded Traditional forms).
enum ChineseDigits {
    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "零", "〇": return 0
        case "一", "壹", "幺": return 1
        case "二", "贰", "两", "貳": return 2
        case "三", "叁", "參", "叄": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// 十 百 千 as powers of ten within a section.
    static func smallUnit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "十", "拾": return 1
        case "百", "佰": return 2
        case "千", "仟": return 3
        default: return nil
        }
    }

    /// 廿 卅 卌: twenty, thirty, forty written as one character.
    static func tens(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "廿": return 20
        case "卅": return 30
        case "卌": return 40
        default: return nil
        }
    }

    static func isNumeralChar(_ c: Unicode.Scalar) -> Bool {
        digit(c) != nil || smallUnit(c) != nil || c == "万" || c == "亿" || c == "兆" || tens(c) != nil
    }

    /// What may follow 兆 for it to be 10^12 (Taiwan usage: 1.5兆元, 一兆美元, 1兆5000億元) rather than the
    /// mega- of a unit (兆瓦, 兆赫, 兆字节): a currency word (the Han first scalars of the money word lists),
    /// a digit or a numeral character, or the end of the text.
    static let trillionFollowers: CharSet = {
        var firsts = ""
        for (w, _) in MoneyRules.suffixes { if let f = w.unicodeScalars.first, Scan.isHan(f) { firsts.unicodeScalars.append(f) } }
        for (w, _) in MoneyRules.prefixWords { if let f = w.unicodeScalars.first, Scan.isHan(f) { firsts.unicodeScalars.append(f) } }
        return CharSet(firsts + "0123456789零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟，。；、,.;:：！？）) \n")
    }()

    /// Whether 兆 at `k` is 10^12.
    @inline(__always) static func isTrillion(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        k < s.count && s[k] == "兆" && (k + 1 >= s.count || trillionFollowers.contains(s[k + 1]))
    }
}

/// Parsing of Arabic and Chinese numerals at a position.
enum NumeralParser {
    /// Scale words after a number, longest first: 万亿 = 10^12 …
    static let scaleWords: [(String, Int)] = [
        ("万亿", 12), ("千亿", 11), ("百亿", 10), ("十亿", 9), ("亿", 8),
        ("千万", 7), ("百万", 6), ("十万", 5), ("万", 4), ("千", 3), ("百", 2),
    ]

    static let scales = Lexicon<Int>(scaleWords)

    /// Arabic digits with optional thousands separators ("1,234", "12 192") and a decimal part.
    /// A separator counts only when the first group has 1–3 digits and every later group exactly 3.
    /// Whether s[i] is a vague prefix (数, 几, 上) before a unit character (数十, 几百, 上万): the numeral after it
    /// is a floor.
    static func vaguePrefix(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        (s[i] == "数" || s[i] == "几" || s[i] == "上") && i + 1 < s.count
            && (ChineseDigits.smallUnit(s[i + 1]) != nil || s[i + 1] == "万" || s[i + 1] == "亿")
    }

    /// The Arabic numeral at `i` when it starts with a digit, else the Chinese numeral there.
    static func arabicOrChinese(_ s: [Unicode.Scalar], at i: Int) -> Numeral? {
        Scan.isDigit(s[i]) ? arabic(s, at: i) : chinese(s, at: i)
    }

    static func arabic(_ s: [Unicode.Scalar], at i: Int) -> Numeral? {
        guard i < s.count, Scan.isDigit(s[i]) else { return nil }
        var n = Numeral(mantissa: 0, exp10: 0, start: i, end: i, kind: .arabic)
        var digits = 0
        func take(_ c: Unicode.Scalar) {
            if digits < 17 { n.mantissa = n.mantissa * 10 + Double(c.value - 48) } else { n.exp10 += 1 }
            digits += 1
        }
        var j = i
        while j < s.count, Scan.isDigit(s[j]) { take(s[j]); j += 1 }
        if digits <= 3 {
            var sep: Unicode.Scalar? = nil
            while j + 3 < s.count {
                let c = s[j]
                guard c == "," || c == " " || c == "，", sep == nil || sep == c,
                      j + 3 < s.count, Scan.isDigit(s[j + 1]), Scan.isDigit(s[j + 2]), Scan.isDigit(s[j + 3]),
                      j + 4 >= s.count || !Scan.isDigit(s[j + 4]) else { break }
                sep = c
                take(s[j + 1]); take(s[j + 2]); take(s[j + 3])
                j += 4
            }
        }
        n.end = j
        if j + 1 < s.count, s[j] == ".", Scan.isDigit(s[j + 1]) {
            var k = j + 1
            while k < s.count, Scan.isDigit(s[k]) {
                if digits < 17 { n.mantissa = n.mantissa * 10 + Double(s[k].value - 48); n.exp10 -= 1 }
                digits += 1; k += 1
            }
            n.end = k
        }
        return n
    }

    /// A run of Chinese numeral characters: 一千二百三十四, 两万, 七十八万五佰零六, 零点五, 三点五.
    /// A run of unit characters with no digit (千, 万, 百万, 万亿) comes back as `.bareScale` (value 10^k):
    /// the scanner accepts it only after a qualifier or a vague prefix (超千人, 过亿, 上百项).
    /// Returns nil when the run is not a well-formed numeral (二〇二五 is a year, not a quantity).
    static func chinese(_ s: [Unicode.Scalar], at i: Int) -> Numeral? {
        var zhao = 0.0, total = 0.0, wan = 0.0, section = 0.0
        var pending: Int? = nil
        // the current run of digits: its length and first two (no array per numeral)
        var runCount = 0, run0 = 0, run1 = 0
        var sawDigit = false, sawUnit = false
        var lastSmall = Int.max
        var j = i
        while j < s.count {
            let c = s[j]
            if let d = ChineseDigits.digit(c) {
                if d == 0 && sawUnit { j += 1; continue }  // 一千零一: 零 holds a place
                if pending != nil && sawUnit { break }       // 十五六: stop before the second digit
                if runCount >= 20 { return nil }       // a long digit string is no numeral: stay linear
                if runCount == 0 { run0 = d } else if runCount == 1 { run1 = d }
                runCount += 1
                pending = d
                sawDigit = true
            } else if let u = ChineseDigits.smallUnit(c) {
                // 二三十, 五六百: two neighbouring digits before a unit are a range
                if runCount == 2, !sawUnit, run1 == run0 + 1, run0 > 0 {
                    var n = Numeral(mantissa: Double(run0), exp10: u, maxMantissa: Double(run1),
                                    start: i, end: j + 1, kind: .chinese)
                    n.hasScale = false
                    return n
                }
                guard u < lastSmall, runCount <= 1 else { break }
                section += Double(pending ?? 1) * Numeral.pow10(u)
                pending = nil; runCount = 0; lastSmall = u; sawUnit = true
            } else if c == "万" {
                guard wan == 0 else { break }
                wan = (section + Double(pending ?? (sawDigit || section > 0 ? 0 : 1))) * 1e4
                section = 0; pending = nil; runCount = 0; lastSmall = Int.max; sawUnit = true
            } else if let t = ChineseDigits.tens(c) {
                // 廿五 = 25: twenty as one character, in the tens place of a section
                guard pending == nil, runCount == 0, lastSmall > 1 else { break }
                section += Double(t)
                lastSmall = 1; sawUnit = true; sawDigit = true
            } else if c == "兆" {
                guard zhao == 0, ChineseDigits.isTrillion(s, j) else { break }
                zhao = (total + wan + section + Double(pending ?? (sawDigit || section + wan + total > 0 ? 0 : 1))) * 1e12
                total = 0; wan = 0; section = 0; pending = nil; runCount = 0; lastSmall = Int.max; sawUnit = true
            } else if c == "亿" {
                // (亿亿 multiplies what came before: 百亿亿 is 1e18, not 1e18 + 1e8)
                total = (total + wan + section + Double(pending ?? (sawDigit || section + wan + total > 0 ? 0 : 1))) * 1e8
                wan = 0; section = 0; pending = nil; runCount = 0; lastSmall = Int.max; sawUnit = true
            } else {
                break
            }
            j += 1
        }
        guard j > i, sawDigit || sawUnit else { return nil }
        if !sawUnit {
            // digits only: one digit (三), a pair range (两三, 三五), or a digit string that is no quantity
            if runCount == 1 {
                return decimalTail(s, Numeral(mantissa: Double(run0), exp10: 0, start: i, end: j, kind: .chinese))
            }
            if runCount == 2, run0 > 0, run1 == run0 + 1 || (run0 == 3 && run1 == 5) {
                return Numeral(mantissa: Double(run0), exp10: 0, maxMantissa: Double(run1), start: i, end: j, kind: .chinese)
            }
            return nil
        }
        let value = zhao + total + wan + section + Double(pending ?? 0)
        let bare = !sawDigit && !(ChineseDigits.smallUnit(s[i]) == 1)  // 十 alone is ten; 百/千/万 alone are scales
        var n = Numeral(mantissa: value, exp10: 0, start: i, end: j, kind: bare ? .bareScale : .chinese)
        n.hasScale = bare
        return decimalTail(s, n)
    }

    /// 零点五, 三点五: digits after 点.
    private static func decimalTail(_ s: [Unicode.Scalar], _ n: Numeral) -> Numeral {
        var n = n
        guard n.end + 1 < s.count, s[n.end] == "点", ChineseDigits.digit(s[n.end + 1]) != nil else { return n }
        var k = n.end + 1
        while k < s.count, let d = ChineseDigits.digit(s[k]) {
            n.mantissa = n.mantissa * 10 + Double(d); n.exp10 -= 1; k += 1
        }
        n.end = k
        return n
    }

    /// English number words: "seven", "twenty-one", "three hundred and twenty", "two million".
    /// The words are `englishWords`; nil when no number word starts at `i` (or it is glued to a letter).
    static func english(_ s: [Unicode.Scalar], at i: Int) -> Numeral? {
        guard i < s.count, i == 0 || !Scan.isASCIILetter(s[i - 1]) else { return nil }
        var total = 0.0, current = 0.0
        var j = i, end = i, any = false, lastWasMultiplier = false
        while j < s.count {
            var e = j
            while e < s.count, Scan.isASCIILetter(s[e]) { e += 1 }
            guard e > j, let w = englishWord(s, j, e) else { break }
            if w.kind == .and {
                guard any, lastWasMultiplier else { break }
            } else {
                switch w.kind {
                case .unit, .teen: current += w.value
                case .tens: current += w.value
                case .hundred: current = (current == 0 ? 1 : current) * 100
                case .scale: total += (current == 0 ? 1 : current) * w.value; current = 0
                case .and: break
                }
                lastWasMultiplier = w.kind == .hundred || w.kind == .scale
                any = true
                end = e
            }
            // one space or a hyphen joins the words of one number
            guard e + 1 < s.count, s[e] == " " || s[e] == "-", Scan.isASCIILetter(s[e + 1]) else { break }
            j = e + 1
        }
        guard any else { return nil }
        return Numeral(mantissa: total + current, exp10: 0, start: i, end: end, kind: .chinese)
    }

    enum EnglishKind { case unit, teen, tens, hundred, scale, and }

    static let englishWords: [(String, Double, EnglishKind)] = {
        var w: [(String, Double, EnglishKind)] = []
        for (k, name) in ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].enumerated() {
            w.append((name, Double(k), .unit))
        }
        for (k, name) in ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                          "eighteen", "nineteen"].enumerated() { w.append((name, Double(10 + k), .teen)) }
        for (k, name) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            w.append((name, Double(20 + 10 * k), .tens))
        }
        w.append(("hundred", 100, .hundred))
        w += [("thousand", 1e3, .scale), ("million", 1e6, .scale), ("billion", 1e9, .scale), ("trillion", 1e12, .scale),
              ("and", 0, .and)]
        return w
    }()

    static let englishWordScalars: [[Unicode.Scalar]] = englishWords.map { Array($0.0.unicodeScalars) }

    /// The first letters of `englishWords` (either case), where an English number may start.
    static let englishFirsts = CharSet(String(String.UnicodeScalarView(englishWords.filter { $0.2 != .and && $0.2 != .scale && $0.2 != .hundred }
        .flatMap { w -> [Unicode.Scalar] in let f = w.0.unicodeScalars.first!; return [f, Unicode.Scalar(f.value - 32)!] })))

    /// The number word s[a..<b] (first letter in either case, the rest lower case).
    static func englishWord(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> (value: Double, kind: EnglishKind)? {
        let n = b - a
        guard n >= 3, n <= 9 else { return nil }
        for (k, w) in englishWordScalars.enumerated() where w.count == n {
            var same = true
            for x in 0..<n {
                var c = s[a + x].value
                if x == 0, c >= 65, c <= 90 { c += 32 }
                if c != w[x].value { same = false; break }
            }
            if same { return (englishWords[k].1, englishWords[k].2) }
        }
        return nil
    }
}
