/// Sentences, clauses and paragraphs of a text, as offset ranges.
/// Column-broken text puts single line breaks inside sentences, so only a blank line ends a paragraph.
struct Segments: Sendable {
    /// Longest stretch treated as one sentence (real sentences rarely exceed it).
    static let maxSentence = 400

    /// [start, end) of each sentence, in order.
    let sentences: [Range<Int>]
    /// [start, end) of each paragraph, in order.
    let paragraphs: [Range<Int>]

    /// - Parameter bodyStart: where the text proper starts (after front matter); what comes before is a
    ///   paragraph of its own.
    init(_ s: [Unicode.Scalar], bodyStart: Int = 0) {
        var sentences: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        if bodyStart > 0 {
            sentences.append(0..<bodyStart)
            paragraphs.append(0..<bodyStart)
        }
        var sStart = bodyStart, pStart = bodyStart
        var i = bodyStart
        func close(_ end: Int, paragraph: Bool) {
            // a "sentence" longer than maxSentence (a run-on line, a table dump) is cut at clause breaks,
            // or hard if it has none, so that everything done per figure stays bounded
            while end - sStart > Segments.maxSentence {
                var cut = sStart + Segments.maxSentence
                var j = cut
                while j > sStart + Segments.maxSentence / 2 {
                    if Scan.isClauseBreak(s[j - 1]) || s[j - 1] == " " || s[j - 1] == "\n" { cut = j; break }
                    j -= 1
                }
                sentences.append(sStart..<cut)
                sStart = cut
            }
            if end > sStart { sentences.append(sStart..<end) }
            sStart = end
            if paragraph {
                if end > pStart { paragraphs.append(pStart..<end) }
                pStart = end
            }
        }
        // a dateline at the head of the body or of a line is a sentence of its own (see Datelines)
        func dateline(from k: Int) -> Int? {
            var p = k
            while p < s.count, Scan.isSpace(s[p]) { p += 1 }
            guard let d = Datelines.end(s, at: p) else { return nil }
            close(d, paragraph: false)
            return d
        }
        if let d = dateline(from: bodyStart) { i = d }
        while i < s.count {
            let c = s[i]
            // (most of a text: an ideograph or a letter is none of the marks below, which are 。！？ and
            // scalars below U+0040)
            if c.value >= 0x40 && c.value != 0x3002 && c.value != 0xFF01 && c.value != 0xFF1F { i += 1; continue }
            if c == "。" || c == "！" || c == "？" || c == "!" || c == "?" {
                var j = i + 1
                while j < s.count, s[j] == "”" || s[j] == "’" || s[j] == "」" || s[j] == ")" || s[j] == "）" { j += 1 }
                close(j, paragraph: false)
                i = j
                continue
            }
            if c == "." && i + 2 < s.count && (s[i + 1] == " " || s[i + 1] == "\n") && i > 0
                && (!Scan.isDigit(s[i - 1]) || (s[i + 2].value >= 65 && s[i + 2].value <= 90)) {
                close(i + 1, paragraph: false)
            } else if c == "\n" {
                // a blank line (or a line of spaces) ends the paragraph
                var j = i + 1
                while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\r" { j += 1 }
                if j < s.count && s[j] == "\n" {
                    close(i, paragraph: true)
                    i = dateline(from: j) ?? j
                    continue
                }
                // a heading line (# …, ■ …) stands alone
                if j < s.count && (s[j] == "#" || s[j] == "■" || s[j] == "●") { close(i, paragraph: true) }
                else if j < s.count, let d = Datelines.end(s, at: j) {
                    close(i, paragraph: false)
                    close(d, paragraph: false)
                    i = d
                    continue
                }
            }
            i += 1
        }
        close(s.count, paragraph: true)
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The paragraph holding `i`, joined with the ones before it while they end mid-sentence: column-broken
    /// layouts cut paragraphs with blank lines where the text runs on ("…公开发布\n\n《打造…").
    func logicalParagraph(at i: Int, _ s: [Unicode.Scalar]) -> Range<Int> {
        logicalParagraph(paragraph: paragraphIndex(at: i), s)
    }

    /// `logicalParagraph(at:)` of the paragraph numbered `index` (as `paragraphIndex(at:)` gives it).
    func logicalParagraph(paragraph index: Int, _ s: [Unicode.Scalar]) -> Range<Int> {
        var pi = index
        guard !paragraphs.isEmpty else { return 0..<s.count }
        let end = paragraphs[pi].upperBound
        var steps = 0
        while pi > 0 && steps < 4 {
            var j = paragraphs[pi].lowerBound
            while j > 0 && Scan.isSpace(s[j - 1]) { j -= 1 }
            guard j > 0, !CharSets.c3.contains(s[j - 1]) else { break }
            pi -= 1; steps += 1
        }
        return paragraphs[pi].lowerBound..<end
    }

    /// Index of the sentence containing offset `i` (binary search).
    func sentenceIndex(at i: Int) -> Int { Segments.index(of: i, in: sentences) }
    func paragraphIndex(at i: Int) -> Int { Segments.index(of: i, in: paragraphs) }

    /// As `sentenceIndex(at:)`, first trying `hint` and the sentence after it (figures come in order).
    func sentenceIndex(at i: Int, hint: Int) -> Int { Segments.index(of: i, in: sentences, hint: hint) }
    func paragraphIndex(at i: Int, hint: Int) -> Int { Segments.index(of: i, in: paragraphs, hint: hint) }

    /// `index(of:in:)` (the last range starting at or before `i`), checking `hint` and `hint + 1` first.
    @inline(__always)
    static func index(of i: Int, in ranges: [Range<Int>], hint h: Int) -> Int {
        let n = ranges.count
        if h >= 0 && h < n && ranges[h].lowerBound <= i {
            if h + 1 == n || ranges[h + 1].lowerBound > i { return h }
            if h + 2 == n || ranges[h + 2].lowerBound > i { return h + 1 }
            // further on: gallop forward from the hint (the figure is a few sentences on, as a rule), then
            // search the last stretch; the same index as the search over all of them
            var lo = h + 2, step = 2
            while lo + step < n && ranges[lo + step].lowerBound <= i { lo += step; step *= 2 }
            var hi = min(lo + step, n) - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if ranges[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }
        return index(of: i, in: ranges)
    }

    static func index(of i: Int, in ranges: [Range<Int>]) -> Int {
        var lo = 0, hi = ranges.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if ranges[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }
}

extension Scan {
    @inline(__always) static func isClauseBreak(_ c: Unicode.Scalar) -> Bool {
        c == "，" || c == "," || c == "；" || c == ";" || c == "：" || c == ":" || c == "。" || c == "！" || c == "？"
    }

    /// A space between two Chinese characters separates phrases (headlines: "…达300亿元 湖北基金逾60亿元").
    @inline(__always) static func isPhraseSpace(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        s[j] == " " && j > 0 && j + 1 < s.count && isHan(s[j - 1]) && isHan(s[j + 1])
    }

    /// A comma between digits (412,000 units) groups thousands; it does not end a clause.
    @inline(__always) static func isThousandsComma(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        s[j] == "," && j > 0 && j + 1 < s.count && isDigit(s[j - 1]) && isDigit(s[j + 1])
    }

    /// Start of the clause holding offset `i`, not before `floor`.
    static func clauseStart(_ s: [Unicode.Scalar], _ i: Int, floor: Int) -> Int {
        var j = i
        while j > floor {
            let c = s[j - 1]
            // (an ideograph is neither a clause break nor a space)
            if c.value >= 0x4E00 && c.value <= 0x9FFF { j -= 1; continue }
            if isClauseBreak(c) && !isThousandsComma(s, j - 1) || isPhraseSpace(s, j - 1) { break }
            j -= 1
        }
        return j
    }

    /// End of the clause holding offset `i`, not after `ceiling`.
    static func clauseEnd(_ s: [Unicode.Scalar], _ i: Int, ceiling: Int) -> Int {
        var j = i
        while j < ceiling {
            let c = s[j]
            if c.value >= 0x4E00 && c.value <= 0x9FFF { j += 1; continue }
            if isClauseBreak(c) && !isThousandsComma(s, j) || isPhraseSpace(s, j) { break }
            j += 1
        }
        return j
    }

    /// The text of s[a..<b] with line breaks inside Chinese text removed (column-broken layouts)
    /// and other runs of whitespace collapsed to one space.
    static func flat(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        let start = max(0, a)
        let end = min(b, s.count)
        guard start < end else { return "" }
        // written straight into the string's storage: at most four bytes per scalar, and a space is only
        // written in place of at least one whitespace scalar; a short span is sized exactly by a first pass
        // with the same rules (so that a short result is stored inline)
        var bytes = (end - start) * 4
        if end - start <= 15 {
            bytes = 0
            var pendingSpace = false
            var last: Unicode.Scalar? = nil
            for i in start..<end {
                let c = s[i]
                if isSpace(c) {
                    pendingSpace = true
                } else {
                    if pendingSpace, let l = last, !isHan(l), !isHan(c) { bytes += 1 }
                    pendingSpace = false
                    let v = c.value
                    bytes &+= 1 &+ Int(utf8Extra(v))
                    last = c
                }
            }
        }
        return String(unsafeUninitializedCapacity: bytes) { buf in
            var n = 0
            var pendingSpace = false
            var last: Unicode.Scalar? = nil
            var i = start
            while i < end {
                let c = s[i]
                if isSpace(c) {
                    pendingSpace = true
                } else {
                    if pendingSpace, let l = last, !isHan(l), !isHan(c) { buf[n] = 0x20; n += 1 }
                    pendingSpace = false
                    n = writeUTF8(c, to: buf, at: n)
                    last = c
                }
                i += 1
            }
            return n
        }
    }

    /// The text of s[a..<b] (a < b, both within s), written into a string of exactly its UTF-8 length: a
    /// short one (15 bytes at most: most quotes and short subjects) is stored inline, with no allocation and
    /// nothing to count references of.
    static func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        s.withUnsafeBufferPointer { s in
            return String(unsafeUninitializedCapacity: utf8Count(s, a, b)) { out in
                var n = 0
                for k in a..<b { n = Scan.writeUTF8(s[k], to: out, at: n) }
                return n
            }
        }
    }

    /// How many UTF-8 bytes beyond the first the scalar value `v` takes: one each from U+0080, U+0800 and
    /// U+10000 on (each the sign bit of a wrapping difference: scalars are below 2^21), without branches.
    @inline(__always) static func utf8Extra(_ v: UInt32) -> UInt32 {
        ((0x7F &- v) >> 31) &+ ((0x7FF &- v) >> 31) &+ ((0xFFFF &- v) >> 31)
    }

    /// The UTF-8 length of s[a..<b].
    @inline(__always) static func utf8Count(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Int {
        var extra: UInt32 = 0
        for k in a..<b { extra &+= utf8Extra(s[k].value) }
        return (b - a) + Int(extra)
    }

    /// Writes the UTF-8 bytes of `c` at buf[n...] and returns the offset after them.
    @inline(__always) static func writeUTF8(_ c: Unicode.Scalar, to buf: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        let v = c.value
        if v < 0x80 {
            buf[n] = UInt8(v)
            return n + 1
        } else if v < 0x800 {
            buf[n] = UInt8(0xC0 | (v >> 6)); buf[n + 1] = UInt8(0x80 | (v & 0x3F))
            return n + 2
        } else if v < 0x10000 {
            buf[n] = UInt8(0xE0 | (v >> 12)); buf[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[n + 2] = UInt8(0x80 | (v & 0x3F))
            return n + 3
        } else {
            buf[n] = UInt8(0xF0 | (v >> 18)); buf[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            buf[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[n + 3] = UInt8(0x80 | (v & 0x3F))
            return n + 4
        }
    }

    @inline(__always) static func appendUTF8(_ c: Unicode.Scalar, to out: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
