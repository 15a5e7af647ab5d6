/// News datelines at the head of a paragraph: 新华社合肥3月29日电（记者 张三）, 本报讯（记者 李四）,
/// "SHENZHEN, Aug 14 —", "BEIJING, March 5 (Reuters) -". A dateline says where and when the story was
/// filed, not what its first sentence is about, so the segmenter makes it a sentence of its own: its words
/// stay out of the first figure's subject and its day is not taken as that figure's period.
enum Datelines {
    /// Where the dateline starting at `i` ends (after the space that follows it), or nil if there is none.
    static func end(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i < s.count else { return nil }
        if Scan.isHan(s[i]) { return chinese(s, at: i) }
        if s[i].value >= 65 && s[i].value <= 90 { return english(s, at: i) }
        return nil
    }

    /// …X月X日电 within the first 24 characters, or 本报讯 / …讯 right at the start; then an optional
    /// bracketed byline of up to 30 characters.
    static func chinese(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        let limit = min(s.count, i + 24)
        var j = i
        var found: Int? = nil
        while j < limit {
            let c = s[j]
            // (tried at every line start, and most lines are no dateline: a scalar is passed over by one bit
            // test unless its low six bits are those of 。，\n电讯, the only scalars acted on below)
            if stopLowBits & (1 << UInt64(c.value & 63)) == 0 { j += 1; continue }
            if c == "。" || c == "，" || c == "\n" { break }
            // 3月29日电: digits, 月, digits, 日电
            if c == "电", j >= i + 5, s[j - 1] == "日", Scan.isDigit(s[j - 2]) {
                var k = j - 2
                while k > i && Scan.isDigit(s[k - 1]) { k -= 1 }
                if k > i + 1, s[k - 1] == "月", Scan.isDigit(s[k - 2]) { found = j + 1 }
                break
            }
            // 本报讯, 中新网讯
            if c == "讯", j >= i + 1, j <= i + 6, s[j - 1] == "报" || s[j - 1] == "网" || s[j - 1] == "社" {
                found = j + 1
                break
            }
            j += 1
        }
        guard var e = found else { return nil }
        e = byline(s, from: e)
        return e
    }

    /// Bit v & 63 set for every scalar v the loop of `chinese` acts on (。，\n电讯).
    /// (a literal, so that reading it is no lazy global's initialisation check; DatelinesTests checks it)
    static let stopLowBits: UInt64 = 0x20800000001404

    /// A bracketed byline right after a dateline: （记者 张三）, (记者 李四 王五), 〔通讯员 …〕.
    static func byline(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var e = Scan.skipSpace(s, start)
        guard e < s.count, s[e] == "（" || s[e] == "(" || s[e] == "〔" || s[e] == "[" else { return start }
        var k = e + 1
        while k < s.count && k <= e + 30 {
            if s[k] == "）" || s[k] == ")" || s[k] == "〕" || s[k] == "]" { e = k + 1; return Scan.skipSpace(s, e) }
            if s[k] == "\n" || s[k] == "。" { break }
            k += 1
        }
        return start
    }

    static let months = ASCIIWordSet(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                      "dec", "january", "february", "march", "april", "june", "july", "august",
                                      "september", "october", "november", "december"])

    /// PLACE, Month D[ (Agency)] — / PLACE (Agency) - : a capitalised place of up to 40 letters, a comma and a
    /// date, or an agency in brackets, then a dash.
    static func english(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var j = i
        let limit = min(s.count, i + 40)
        while j < limit, Scan.isASCIILetter(s[j]) || s[j] == " " || s[j] == "." || s[j] == "'" || s[j] == "-" {
            if s[j] == "-" && j + 1 < s.count && s[j + 1] == " " { break }  // "PLACE - story"
            j += 1
        }
        guard j > i + 1, j < s.count else { return nil }
        var k = j
        var dated = false
        if s[k] == "," {
            // , Month D  (or , Month. D)
            k = Scan.skipSpace(s, k + 1)
            var w = k
            while w < s.count && Scan.isASCIILetter(s[w]) { w += 1 }
            guard w > k, months.contains(s, k..<w, lowercased: true) else { return nil }
            k = w
            if k < s.count && s[k] == "." { k += 1 }
            k = Scan.skipSpace(s, k)
            var d = k
            while d < s.count && d < k + 2 && Scan.isDigit(s[d]) { d += 1 }
            guard d > k, d >= s.count || !Scan.isDigit(s[d]) else { return nil }
            k = d
            dated = true
        }
        // (Reuters), (Xinhua)
        var b = Scan.skipSpace(s, k)
        var agency = false
        if b < s.count && s[b] == "(" {
            var c = b + 1
            while c < s.count && c < b + 30 && (Scan.isASCIILetter(s[c]) || s[c] == " ") { c += 1 }
            guard c < s.count, s[c] == ")", c > b + 1 else { return nil }
            b = c + 1
            agency = true
        }
        guard dated || agency else { return nil }
        b = Scan.skipSpace(s, b)
        guard b < s.count, s[b] == "—" || s[b] == "–" || s[b] == "-" else { return nil }
        b += 1
        while b < s.count && (s[b] == "—" || s[b] == "-") { b += 1 }
        return Scan.skipSpace(s, b)
    }
}
