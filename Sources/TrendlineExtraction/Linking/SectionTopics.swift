/// Who or what a section of a document is about, from Markdown headings of the profile form
/// "## 申青林：匠心铸利器" or "## 海信视像“灯塔工厂”：…": the short name before the colon (and before a
/// quoted nickname). A heading of a higher level without that form ends the topic; a lower-level heading
/// (### 产业破局：…) inside a profile keeps it.
struct SectionTopics {
    private var headings: [(start: Int, level: Int, topic: String?)] = []
    /// The topic in force just after each heading (computed once, so a lookup is a binary search).
    private var inForce: [String?] = []

    init(_ s: [Unicode.Scalar], from: Int) {
        // a heading opens with # at a line start: the #s are found eight scalars at a time (few lines are
        // headings), then the scalar before each is looked at
        var i = max(0, from)
        while true {
            i = Self.nextHash(s, from: i)
            guard i < s.count else { break }
            guard i == 0 || s[i - 1] == "\n" else { i += 1; continue }
            var level = 0
            while i + level < s.count && s[i + level] == "#" { level += 1 }
            var e = i + level
            while e < s.count && s[e] != "\n" { e += 1 }
            headings.append((i, level, Self.topic(s, i + level, e)))
            i = e
        }
        var current: (level: Int, topic: String)? = nil
        for h in headings {
            if let t = h.topic {
                if current == nil || h.level <= current!.level { current = (h.level, t) }
            } else if let c = current, h.level <= c.level {
                current = nil
            }
            inForce.append(current?.topic)
        }
    }

    /// The offset of the first # at or after `i` (s.count when there is none).
    static func nextHash(_ s: [Unicode.Scalar], from i: Int) -> Int {
        s.withUnsafeBufferPointer { b -> Int in
            var j = i
            let n = b.count
            if let base = b.baseAddress {
                let raw = UnsafeRawPointer(base)
                let hash = SIMD8<UInt32>(repeating: 0x23)
                while j + 8 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: j * 4, as: SIMD8<UInt32>.self)
                    if any(v .== hash) { break }
                    j += 8
                }
            }
            while j < n && b[j] != "#" { j += 1 }
            return j
        }
    }

    /// The name before the heading's colon: 2 to 8 letters, no space or punctuation, a quoted part after
    /// it allowed (海信视像“灯塔工厂”：).
    static func topic(_ s: [Unicode.Scalar], _ a0: Int, _ e: Int) -> String? {
        var a = a0
        while a < e && Scan.isSpace(s[a]) { a += 1 }
        var j = a
        while j < e && (Scan.isHan(s[j]) || Scan.isASCIILetter(s[j]) || Scan.isDigit(s[j])) && j - a <= 8 { j += 1 }
        let nameEnd = j
        guard nameEnd - a >= 2 && nameEnd - a <= 8 else { return nil }
        if j < e && (s[j] == "“" || s[j] == "\"") {
            j += 1
            while j < e && s[j] != "”" && s[j] != "\"" && j - nameEnd < 16 { j += 1 }
            j += 1
        }
        while j < e && Scan.isSpace(s[j]) { j += 1 }
        guard j < e && (s[j] == ":" || s[j] == "：") else { return nil }
        return Scan.flat(s, a, nameEnd)
    }

    /// The topic in force at offset `i`: that of the nearest profile heading before it, unless a heading
    /// of the same or a higher level without a topic came after it.
    func topic(at i: Int) -> String? {
        var lo = 0, hi = headings.count
        while lo < hi { let mid = (lo + hi) / 2; if headings[mid].start <= i { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? inForce[lo - 1] : nil
    }
}
