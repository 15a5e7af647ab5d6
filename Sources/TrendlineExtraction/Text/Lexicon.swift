/// A small longest-match dictionary over scalars, built once.
/// Matching may skip whitespace (spaces, line breaks) between the characters of an entry, because
/// PDF-extracted and column-broken text breaks words ("不\n低于", "亿\n元").
struct Lexicon<Value: Sendable>: Sendable {
    /// Every entry's scalars, one after another in `flat` (entry e at offsets[e] ..< offsets[e] + lengths[e]),
    /// so matching reads plain scalars and touches no reference-counted storage; `patterns` and `values`
    /// are read only for the entry that matched.
    private var flat: [Unicode.Scalar] = []
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    private var patterns: [[Unicode.Scalar]] = []
    private var values: [Value] = []
    /// Entry numbers grouped by first (and by last) scalar, each group longest first; the tables give
    /// each scalar's group as a range of these lists.
    private var firstList: [Int32] = []
    private var lastList: [Int32] = []
    private var byFirst = ScalarTable<Range<Int32>>()
    private var byLast = ScalarTable<Range<Int32>>()
    /// Bitmaps over the Basic Multilingual Plane of the scalars that start or end an entry: most positions
    /// of a text start no entry, and a bit test is much cheaper than a dictionary lookup.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    private var lastBits = [UInt64](repeating: 0, count: 1024)
    /// The first two (and the last two) scalars of every entry, hashed into a bitmap of 2^16 bits: most
    /// positions whose scalar starts an entry are followed by none of its second scalars (中 is frequent,
    /// 中国 much less), and a second bit test rejects them without a table lookup. Scalars that start (end)
    /// an entry of one scalar, or one whose second (second-last) scalar is a space, are in `shortFirst`
    /// (`shortLast`) and always tried.
    private var firstPairs = [UInt64](repeating: 0, count: 1024)
    private var lastPairs = [UInt64](repeating: 0, count: 1024)
    private var shortFirst = [UInt64](repeating: 0, count: 1024)
    private var shortLast = [UInt64](repeating: 0, count: 1024)
    /// Each entry's second (second-last) scalar value, or `UInt32.max` when it has none to compare first
    /// (one scalar, or a space next to it): a group of many entries with one first scalar (个月, 个小时 …
    /// 个百分点) is passed over comparing one number per entry.
    private var secondOf: [UInt32] = []
    private var secondLastOf: [UInt32] = []

    @inline(__always) private static func test(_ bits: [UInt64], _ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        return v >= 65536 || bits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    @inline(__always) private static func pairHash(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(((a.value &* 0x9E37_79B1) ^ (b.value &* 0x85EB_CA77)) >> 16)
    }

    @inline(__always) private static func testPair(_ bits: [UInt64], _ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let h = pairHash(a, b)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    private static func set(_ bits: inout [UInt64], _ c: Unicode.Scalar) {
        if c.value < 65536 { bits[Int(c.value) >> 6] |= 1 << UInt64(c.value & 63) }
    }

    init(_ entries: [(String, Value)]) {
        var first: [Unicode.Scalar: [Int]] = [:]
        var last: [Unicode.Scalar: [Int]] = [:]
        var firstOrder: [Unicode.Scalar] = [], lastOrder: [Unicode.Scalar] = []
        for (word, value) in entries {
            let p = Array(word.unicodeScalars)
            guard let f = p.first, let l = p.last else { continue }
            let e = patterns.count
            patterns.append(p)
            values.append(value)
            offsets.append(flat.count)
            lengths.append(p.count)
            flat.append(contentsOf: p)
            if first[f] == nil { firstOrder.append(f) }
            if last[l] == nil { lastOrder.append(l) }
            first[f, default: []].append(e)
            last[l, default: []].append(e)
            if f.value < 65536 { firstBits[Int(f.value) >> 6] |= 1 << UInt64(f.value & 63) }
            if l.value < 65536 { lastBits[Int(l.value) >> 6] |= 1 << UInt64(l.value & 63) }
            secondOf.append(p.count < 2 || p[0] == " " || p[1] == " " ? UInt32.max : p[1].value)
            secondLastOf.append(p.count < 2 || p[p.count - 1] == " " || p[p.count - 2] == " " ? UInt32.max : p[p.count - 2].value)
            if p.count < 2 || p[0] == " " || p[1] == " " {
                Lexicon.set(&shortFirst, f)
            } else {
                let h = Lexicon.pairHash(f, p[1])
                firstPairs[h >> 6] |= 1 << UInt64(h & 63)
            }
            if p.count < 2 || p[p.count - 1] == " " || p[p.count - 2] == " " {
                Lexicon.set(&shortLast, l)
            } else {
                let h = Lexicon.pairHash(p[p.count - 2], l)
                lastPairs[h >> 6] |= 1 << UInt64(h & 63)
            }
        }
        // each group longest first (a stable sort: entries of equal length keep their given order)
        func groups(_ order: [Unicode.Scalar], _ byKey: [Unicode.Scalar: [Int]], _ list: inout [Int32]) -> ScalarTable<Range<Int32>> {
            var pairs: [(Unicode.Scalar, Range<Int32>)] = []
            for k in order {
                let lo = Int32(list.count)
                for e in byKey[k]!.sorted(by: { patterns[$0].count > patterns[$1].count }) { list.append(Int32(e)) }
                pairs.append((k, lo..<Int32(list.count)))
            }
            return ScalarTable(pairs)
        }
        var fl: [Int32] = [], ll: [Int32] = []
        byFirst = groups(firstOrder, first, &fl)
        byLast = groups(lastOrder, last, &ll)
        firstList = fl
        lastList = ll
    }

    /// The longest entry starting at `i`; returns its value and the offset just past it.
    /// (The bitmap test is inlined into the caller: most positions stop there, and a call per position of
    /// the text costs more than the test.)
    @inline(__always)
    func match(_ s: [Unicode.Scalar], at i: Int, skippingSpace: Bool = true) -> (value: Value, end: Int, word: [Unicode.Scalar])? {
        guard i < s.count, Lexicon.test(firstBits, s[i]) else { return nil }
        if !Lexicon.test(shortFirst, s[i]) {
            // the scalar an entry's second one is compared with (as in `matchCandidates`)
            let j = skippingSpace ? Scan.skipSpace(s, i + 1, limit: 2) : i + 1
            guard j < s.count, Lexicon.testPair(firstPairs, s[i], s[j]) else { return nil }
        }
        return matchCandidates(s, at: i, skippingSpace: skippingSpace)
    }

    /// The first match starting in s[from..<to] (its start, value, end and entry), as `match` tried at every
    /// position in turn: the positions no entry can start at are skipped by a tight loop over the bitmaps,
    /// without a call per position.
    func nextMatch(_ s: [Unicode.Scalar], from: Int, to: Int, skippingSpace: Bool = true)
        -> (start: Int, value: Value, end: Int, word: [Unicode.Scalar])? {
        let hi = min(to, s.count)
        var i = max(0, from)
        while i < hi {
            i = nextCandidate(s, from: i, to: hi, skippingSpace: skippingSpace)
            guard i < hi else { return nil }
            if let m = matchCandidates(s, at: i, skippingSpace: skippingSpace) { return (i, m.value, m.end, m.word) }
            i += 1
        }
        return nil
    }

    /// The first position in s[from..<to] that passes `match`'s bit tests (or `to`).
    private func nextCandidate(_ s: [Unicode.Scalar], from: Int, to hi: Int, skippingSpace: Bool) -> Int {
        firstBits.withUnsafeBufferPointer { fb in
            shortFirst.withUnsafeBufferPointer { sf in
                firstPairs.withUnsafeBufferPointer { fp in
                    s.withUnsafeBufferPointer { t in
                        var i = from
                        let n = t.count
                        while i < hi {
                            let c = t[i]
                            let v = Int(c.value)
                            if v < 65536 {
                                if fb[v >> 6] & (1 << UInt64(v & 63)) == 0 { i += 1; continue }
                                if sf[v >> 6] & (1 << UInt64(v & 63)) == 0 {
                                    var j = i + 1
                                    if skippingSpace {
                                        var k = 0
                                        while j < n, Scan.isSpace(t[j]), k < 16 { j += 1; k += 1 }
                                    }
                                    guard j < n else { i += 1; continue }
                                    let h = Lexicon.pairHash(c, t[j])
                                    if fp[h >> 6] & (1 << UInt64(h & 63)) == 0 { i += 1; continue }
                                }
                            }
                            return i
                        }
                        return hi
                    }
                }
            }
        }
    }

    @inline(never)
    private func matchCandidates(_ s: [Unicode.Scalar], at i: Int, skippingSpace: Bool) -> (value: Value, end: Int, word: [Unicode.Scalar])? {
        guard let group = byFirst.lookup(s[i]) else { return nil }
        // the text's scalar an entry's second one is compared with (never equal to UInt32.max - 1)
        let j2 = skippingSpace ? Scan.skipSpace(s, i + 1, limit: 2) : i + 1
        let second = j2 < s.count ? s[j2].value : UInt32.max - 1
        var g = Int(group.lowerBound)
        outer: while g < Int(group.upperBound) {
            let e = Int(firstList[g])
            g += 1
            let sv = secondOf[e]
            if sv != UInt32.max && sv != second { continue }
            let off = offsets[e], len = lengths[e]
            var j = i
            var k = 0
            while k < len {
                let ch = flat[off + k]
                if ch == " " {
                    // a space in an entry ("more than") matches one or more spaces or line breaks
                    guard j < s.count, Scan.isSpace(s[j]) else { continue outer }
                    j = Scan.skipSpace(s, j, limit: 2)
                    k += 1
                    continue
                }
                if k > 0 && skippingSpace { j = Scan.skipSpace(s, j, limit: 2) }
                guard j < s.count, s[j] == ch else { continue outer }
                j += 1
                k += 1
            }
            return (values[e], j, patterns[e])
        }
        return nil
    }

    /// The longest entry ending just before `end` (whitespace before `end` skipped);
    /// returns its value and its start offset.
    @inline(__always)
    func matchBackward(_ s: [Unicode.Scalar], endingAt end: Int, skippingSpace: Bool = true) -> (value: Value, start: Int, word: [Unicode.Scalar])? {
        let last = skippingSpace ? Scan.skipSpaceBackward(s, end, limit: 2) : end
        guard last > 0, Lexicon.test(lastBits, s[last - 1]) else { return nil }
        if !Lexicon.test(shortLast, s[last - 1]) {
            // the scalar an entry's second-last one is compared with (as in `matchCandidatesBackward`)
            let j = skippingSpace ? Scan.skipSpaceBackward(s, last - 1, limit: 2) : last - 1
            guard j > 0, Lexicon.testPair(lastPairs, s[j - 1], s[last - 1]) else { return nil }
        }
        return matchCandidatesBackward(s, last: last, skippingSpace: skippingSpace)
    }

    /// The first position j' in (above, j], walking down from j, at which `matchBackward` (skipping space)
    /// gets past its bit tests, or `above` if none: a caller trying every position going back passes over
    /// the rest in this tight loop, without a call per position. Positions after a space are always returned.
    func previousCandidate(_ s: [Unicode.Scalar], from j: Int, above: Int) -> Int {
        lastBits.withUnsafeBufferPointer { lb in
            shortLast.withUnsafeBufferPointer { sl in
                lastPairs.withUnsafeBufferPointer { lp in
                    s.withUnsafeBufferPointer { t in
                        var i = min(j, t.count)
                        while i > above {
                            let c = t[i - 1]
                            let v = Int(c.value)
                            if v < 65536 && !Scan.isSpace(c) {
                                if lb[v >> 6] & (1 << UInt64(v & 63)) == 0 { i -= 1; continue }
                                if sl[v >> 6] & (1 << UInt64(v & 63)) == 0 {
                                    // the scalar before, when no space needs skipping to reach it
                                    if i < 2 { i -= 1; continue }
                                    let b = t[i - 2]
                                    if !Scan.isSpace(b) {
                                        let h = Lexicon.pairHash(b, c)
                                        if lp[h >> 6] & (1 << UInt64(h & 63)) == 0 { i -= 1; continue }
                                    }
                                }
                            }
                            return i
                        }
                        return above
                    }
                }
            }
        }
    }

    @inline(never)
    private func matchCandidatesBackward(_ s: [Unicode.Scalar], last: Int, skippingSpace: Bool) -> (value: Value, start: Int, word: [Unicode.Scalar])? {
        guard let group = byLast.lookup(s[last - 1]) else { return nil }
        // the text's scalar an entry's second-last one is compared with (never equal to UInt32.max - 1)
        let j2 = skippingSpace ? Scan.skipSpaceBackward(s, last - 1, limit: 2) : last - 1
        let second = j2 > 0 ? s[j2 - 1].value : UInt32.max - 1
        var g = Int(group.lowerBound)
        outer: while g < Int(group.upperBound) {
            let e = Int(lastList[g])
            g += 1
            let sv = secondLastOf[e]
            if sv != UInt32.max && sv != second { continue }
            let off = offsets[e], len = lengths[e]
            var j = last
            var k = 0  // counted from the entry's end
            while k < len {
                let ch = flat[off + len - 1 - k]
                if ch == " " {
                    guard j > 0, Scan.isSpace(s[j - 1]) else { continue outer }
                    j = Scan.skipSpaceBackward(s, j, limit: 2)
                    k += 1
                    continue
                }
                if k > 0 && skippingSpace { j = Scan.skipSpaceBackward(s, j, limit: 2) }
                guard j > 0, s[j - 1] == ch else { continue outer }
                j -= 1
                k += 1
            }
            return (values[e], j, patterns[e])
        }
        return nil
    }
}

/// A list of words searched together: whether any of them occurs in a stretch of text, or starts at a
/// position. One pass with a bit test per position instead of one pass per word.
struct WordSet: Sendable {
    private let words: [[Unicode.Scalar]]
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    /// The first two scalars of every word of two or more, hashed into 2^16 bits, and the first scalars of
    /// the words of one (always tried): a position whose scalar starts a word but whose next scalar
    /// continues none is passed over with a second bit test.
    private var pairBits = [UInt64](repeating: 0, count: 1024)
    private var shortBits = [UInt64](repeating: 0, count: 1024)
    /// The words by first scalar, so that a candidate position tries only the words starting with it.
    private let index: WordIndex

    init(_ words: [[Unicode.Scalar]]) {
        self.words = words.filter { !$0.isEmpty }
        index = WordIndex(self.words)
        for w in self.words {
            let f = w[0]
            if f.value < 65536 { firstBits[Int(f.value) >> 6] |= 1 << UInt64(f.value & 63) }
            if w.count < 2 {
                if f.value < 65536 { shortBits[Int(f.value) >> 6] |= 1 << UInt64(f.value & 63) }
            } else {
                let h = WordSet.pairHash(f, w[1])
                pairBits[h >> 6] |= 1 << UInt64(h & 63)
            }
        }
    }

    @inline(__always) private static func pairHash(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(((a.value &* 0x9E37_79B1) ^ (b.value &* 0x85EB_CA77)) >> 16)
    }

    @inline(__always) private func mayStart(_ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        return v >= 65536 || firstBits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// Whether any word starts at `i` (as `words.contains { Scan.has(s, $0, at: i) }`).
    @inline(__always)
    func starts(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i < s.count, mayStart(s[i]) else { return false }
        return anyStarts(s, at: i, limit: s.count)
    }

    /// Whether any word occurs in s[from..<to] (as `words.contains { Scan.contains(s, $0, from: from, to: to) }`).
    func occurs(in s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        let hi = min(to, s.count)
        var i = max(0, from)
        while i < hi {
            i = nextCandidate(s, from: i, to: hi)
            guard i < hi else { return false }
            if anyStarts(s, at: i, limit: hi) { return true }
            i += 1
        }
        return false
    }

    /// The first position in s[from..<to] whose scalar starts a word and whose next scalar (when it has to
    /// have one) can continue it, or `to`: one tight loop over the bitmaps.
    private func nextCandidate(_ s: [Unicode.Scalar], from: Int, to hi: Int) -> Int {
        firstBits.withUnsafeBufferPointer { fb in
            shortBits.withUnsafeBufferPointer { sb in
                pairBits.withUnsafeBufferPointer { pb in
                    s.withUnsafeBufferPointer { t in
                        var i = from
                        while i < hi {
                            let c = t[i]
                            let v = Int(c.value)
                            if v < 65536 {
                                let bit: UInt64 = 1 << UInt64(v & 63)
                                if fb[v >> 6] & bit == 0 { i += 1; continue }
                                if sb[v >> 6] & bit == 0 {
                                    // every word starting with c has a second scalar, within the stretch
                                    guard i + 1 < hi else { return hi }
                                    let h = WordSet.pairHash(c, t[i + 1])
                                    if pb[h >> 6] & (1 << UInt64(h & 63)) == 0 { i += 1; continue }
                                }
                            }
                            return i
                        }
                        return hi
                    }
                }
            }
        }
    }

    /// Whether a word starts at `i` and ends by `limit`.
    private func anyStarts(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
        index.first(keyedBy: s[i]) { k in i + words[k].count <= limit && Scan.has(s, words[k], at: i) } != nil
    }
}

/// The words of a list grouped by their first (or last) scalar, each group in list order: the first
/// word of the list that matches somewhere is found among the few that can, not by trying them all.
struct WordIndex: Sendable {
    private var order: [Int32] = []
    private var groups = ScalarTable<Range<Int32>>()

    /// - Parameter byLast: group by the last scalar (for words matched backwards from an end).
    init(_ words: [[Unicode.Scalar]], byLast: Bool = false) {
        var keys: [Unicode.Scalar] = []
        var members: [Unicode.Scalar: [Int32]] = [:]
        for (k, w) in words.enumerated() {
            guard let c = byLast ? w.last : w.first else { continue }
            if members[c] == nil { keys.append(c) }
            members[c, default: []].append(Int32(k))
        }
        var pairs: [(Unicode.Scalar, Range<Int32>)] = []
        for c in keys {
            let lo = Int32(order.count)
            order.append(contentsOf: members[c]!)
            pairs.append((c, lo..<Int32(order.count)))
        }
        groups = ScalarTable(pairs)
    }

    /// The index in the list of the first word keyed by `c` that satisfies `matches`.
    @inline(__always)
    func first(keyedBy c: Unicode.Scalar, where matches: (Int) -> Bool) -> Int? {
        guard let r = groups.lookup(c) else { return nil }
        var g = Int(r.lowerBound)
        while g < Int(r.upperBound) {
            let k = Int(order[g])
            if matches(k) { return k }
            g += 1
        }
        return nil
    }
}

/// A fixed map from scalars to values, built once: open addressing over the scalar's bits with a
/// multiplicative hash, so a lookup costs a multiply and a compare or two instead of hashing with
/// `Hasher` (which showed up at 5 % of extraction time through the lexicons).
struct ScalarTable<Element: Sendable>: Sendable {
    private var keys: [UInt32] = [UInt32.max]
    private var values: [Element?] = [nil]
    private var shift: UInt32 = 32
    private var mask = 0

    init() {}

    init(_ pairs: [(Unicode.Scalar, Element)]) {
        var bits: UInt32 = 1
        while (1 << bits) < max(2, pairs.count * 4) { bits += 1 }
        let size = 1 << bits
        keys = [UInt32](repeating: UInt32.max, count: size)
        values = [Element?](repeating: nil, count: size)
        shift = 32 - bits
        mask = size - 1
        for (k, v) in pairs {
            var slot = slotOf(k.value)
            while keys[slot] != UInt32.max && keys[slot] != k.value { slot = (slot + 1) & mask }
            keys[slot] = k.value
            values[slot] = v
        }
    }

    @inline(__always) private func slotOf(_ v: UInt32) -> Int {
        shift >= 32 ? 0 : Int((v &* 2654435761) >> shift)
    }

    @inline(__always) func lookup(_ c: Unicode.Scalar) -> Element? {
        guard mask > 0 else { return nil }
        var slot = slotOf(c.value)
        while true {
            let k = keys[slot]
            if k == c.value { return values[slot] }
            if k == UInt32.max { return nil }
            slot = (slot + 1) & mask
        }
    }
}

/// Character classes and small scanning helpers shared by the rules.
enum Scan {
    /// Words the rules look for, built once.
    enum W {
        static let fund: [Unicode.Scalar] = Array("基金".unicodeScalars)
        static let guonei: [Unicode.Scalar] = Array("国内".unicodeScalars)
        static let guojia: [Unicode.Scalar] = Array("国家".unicodeScalars)
        static let shijie: [Unicode.Scalar] = Array("世界".unicodeScalars)
        static let le: [Unicode.Scalar] = ["了"]
        static let zhi: [Unicode.Scalar] = ["至"]
        static let yi: [Unicode.Scalar] = ["已"]
        static let yue: [Unicode.Scalar] = ["约"]
        static let jin: [Unicode.Scalar] = ["近"]
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\r" || c == "\t"
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
    }
    @inline(__always) static func isHan(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x4E00 && c.value <= 0x9FFF) || (c.value >= 0x3400 && c.value <= 0x4DBF)
    }

    /// Skips at most `limit` runs of whitespace chars (a run may hold several spaces and line breaks).
    @inline(__always) static func skipSpace(_ s: [Unicode.Scalar], _ i: Int, limit: Int = 1) -> Int {
        var j = i, n = 0
        while j < s.count, isSpace(s[j]), n < 8 * limit { j += 1; n += 1 }
        return j
    }

    @inline(__always) static func skipSpaceBackward(_ s: [Unicode.Scalar], _ i: Int, limit: Int = 1) -> Int {
        var j = i, n = 0
        while j > 0, isSpace(s[j - 1]), n < 8 * limit { j -= 1; n += 1 }
        return j
    }

    /// Whether s[i..<i+w.count] == w, without allocating.
    @inline(__always) static func has(_ s: [Unicode.Scalar], _ w: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + w.count <= s.count else { return false }
        var k = 0
        while k < w.count { if s[i + k] != w[k] { return false }; k += 1 }
        return true
    }

    /// Whether the text just before offset `j` ends with `w`.
    @inline(__always) static func ends(_ s: [Unicode.Scalar], _ w: [Unicode.Scalar], at j: Int) -> Bool {
        has(s, w, at: j - w.count)
    }

    /// `String(s.prefix(n))`: the first `n` characters. A string of at most `n` scalars has at most `n`
    /// characters and is returned as it is, without breaking it into grapheme clusters.
    static func prefix(_ s: String, _ n: Int) -> String {
        if s.utf8.count <= n || scalarCount(s) <= n { return s }
        return String(s.prefix(n))
    }

    /// `s.unicodeScalars.count`, counted over the UTF-8 bytes (every byte but a continuation byte starts a scalar).
    static func scalarCount(_ s: String) -> Int {
        // (read in place; a copy only for a string not stored as contiguous UTF-8)
        if let n = s.utf8.withContiguousStorageIfAvailable(scalarCount) { return n }
        var s = s
        return s.withUTF8(scalarCount)
    }

    /// The scalars of valid UTF-8 `bytes`: the bytes that are not continuation bytes (10xxxxxx), counted
    /// eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuation = 0
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuation += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
        }
        while i < n { if bytes[i] & 0xC0 == 0x80 { continuation += 1 }; i += 1 }
        return n - continuation
    }

    /// `hay.contains(needle)` (Foundation's search, which matches canonically equivalent text), compared
    /// as UTF-8 bytes when both strings consist only of scalars that are their own canonical decomposition
    /// and combine with nothing (ASCII, Latin-1 punctuation, general punctuation, CJK punctuation and
    /// ideographs, full-width forms): for such text equivalence is equality. Anything else is left to
    /// Foundation.
    static func containsText(_ hay: String, _ needle: String) -> Bool {
        var h = hay, n = needle
        let answer: Bool? = h.withUTF8 { hb in
            n.withUTF8 { nb -> Bool? in
                guard !nb.isEmpty, plainForSearch(hb), plainForSearch(nb) else { return nil }
                guard nb.count <= hb.count else { return false }
                let first = nb[0]
                var i = 0
                let last = hb.count - nb.count
                while i <= last {
                    if hb[i] == first {
                        var k = 1
                        while k < nb.count && hb[i + k] == nb[k] { k += 1 }
                        if k == nb.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
        return answer ?? hay.contains(needle)
    }

    /// `hay.range(of: needle)` (Foundation), found over UTF-8 bytes when both strings are plain in the sense
    /// of `containsText` (for such text the first canonically equivalent match is the first equal one).
    static func rangeOfText(_ hay: String, _ needle: String) -> Range<String.Index>? {
        var h = hay, n = needle
        let found: Int?? = h.withUTF8 { hb in
            n.withUTF8 { nb -> Int?? in
                guard !nb.isEmpty, plainForSearch(hb), plainForSearch(nb) else { return nil }
                guard nb.count <= hb.count else { return .some(nil) }
                var i = 0
                let last = hb.count - nb.count
                while i <= last {
                    var k = 0
                    while k < nb.count && hb[i + k] == nb[k] { k += 1 }
                    if k == nb.count { return .some(i) }
                    i += 1
                }
                return .some(nil)
            }
        }
        guard let answer = found else { return hay.range(of: needle) }
        guard let offset = answer else { return nil }
        let u = hay.utf8
        return u.index(u.startIndex, offsetBy: offset)..<u.index(u.startIndex, offsetBy: offset + needle.utf8.count)
    }

    /// Whether UTF-8 `bytes` hold only scalars from U+0000–U+00BF, U+2010–U+2027, U+2030–U+203F,
    /// U+3000–U+3029, U+3030–U+303F, U+3400–U+9FFF and U+FF00–U+FF7F (none decomposes or combines).
    static func plainForSearch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b == 0xC2 { i += 2; continue }
            guard i + 2 < n else { return false }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            switch b {
            case 0xE4...0xE9: break
            case 0xE3: guard b1 >= 0x90 || (b1 == 0x80 && !(0xAA...0xAF).contains(b2)) else { return false }
            case 0xE2: guard b1 == 0x80 && ((0x90...0xA7).contains(b2) || b2 >= 0xB0) else { return false }
            case 0xEF: guard b1 == 0xBC || b1 == 0xBD else { return false }
            default: return false
            }
            i += 3
        }
        return true
    }

    /// `string(s, a0, b0) + string(s, a1, b1)` (ranges within s, either may be empty), written into one
    /// string of exactly its UTF-8 length.
    static func string(_ s: [Unicode.Scalar], _ a0: Int, _ b0: Int, _ a1: Int, _ b1: Int) -> String {
        s.withUnsafeBufferPointer { s in
            return String(unsafeUninitializedCapacity: utf8Count(s, a0, b0) + utf8Count(s, a1, b1)) { out in
                var n = 0
                for k in a0..<b0 { n = Scan.writeUTF8(s[k], to: out, at: n) }
                for k in a1..<b1 { n = Scan.writeUTF8(s[k], to: out, at: n) }
                return n
            }
        }
    }

    /// Whether `word` occurs in s[from..<to].
    static func contains(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard let f = word.first, to - from >= word.count else { return false }
        var i = max(0, from)
        let last = min(to, s.count) - word.count
        while i <= last {
            if s[i] == f {
                var k = 1
                while k < word.count && s[i + k] == word[k] { k += 1 }
                if k == word.count { return true }
            }
            i += 1
        }
        return false
    }
}

/// A test on scalars tabulated over the Basic Multilingual Plane (one bit each); scalars beyond it are
/// passed to the test itself. Equal to the test for every scalar.
struct ScalarBitmap: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private let test: @Sendable (Unicode.Scalar) -> Bool

    init(_ test: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        self.test = test
        for v in 0..<65536 {
            guard let c = Unicode.Scalar(UInt32(v)), test(c) else { continue }
            bits[v >> 6] |= 1 << UInt64(v & 63)
        }
    }

    @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        return v < 65536 ? bits[v >> 6] & (1 << UInt64(v & 63)) != 0 : test(c)
    }

    /// The first offset at or after `i` whose scalar is in the set or beyond the Basic Multilingual Plane
    /// (the caller tests those with `contains`), or `s.count`: one tight loop over the scalars.
    func next(in s: [Unicode.Scalar], from i: Int) -> Int {
        nextInBitmap(bits, in: s, from: i)
    }
}

/// The first offset at or after `i` whose scalar has its bit set in `bits` (a bitmap over the Basic
/// Multilingual Plane) or lies beyond that plane, or `s.count`: one tight loop over the scalars, shared by
/// `CharSet` and `ScalarBitmap`.
@inline(__always)
private func nextInBitmap(_ bits: [UInt64], in s: [Unicode.Scalar], from i: Int) -> Int {
    bits.withUnsafeBufferPointer { b in
        s.withUnsafeBufferPointer { t in
            var k = i
            while k < t.count {
                let v = Int(t[k].value)
                if v >= 65536 || b[v >> 6] & (1 << UInt64(v & 63)) != 0 { return k }
                k += 1
            }
            return k
        }
    }
}

/// A set of characters as a bitmap over the Basic Multilingual Plane (plus a fallback set), built once:
/// membership is one bit test, with no string decoding on the hot path.
struct CharSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var others: Set<Unicode.Scalar> = []

    init(_ chars: String) {
        for c in chars.unicodeScalars {
            if c.value < 65536 { bits[Int(c.value) >> 6] |= 1 << UInt64(c.value & 63) } else { others.insert(c) }
        }
    }

    @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        return v < 65536 ? bits[v >> 6] & (1 << UInt64(v & 63)) != 0 : others.contains(c)
    }

    /// The first offset at or after `i` whose scalar is in the set, or `s.count` (one tight loop over the
    /// scalars; a scalar beyond the Basic Multilingual Plane stops it, and the caller tests it).
    func next(in s: [Unicode.Scalar], from i: Int) -> Int {
        nextInBitmap(bits, in: s, from: i)
    }

    /// As `next(in:from:)`, looking no further than `end` (returned when no scalar before it is in the set).
    func next(in s: [Unicode.Scalar], from i: Int, to end: Int) -> Int {
        bits.withUnsafeBufferPointer { b in
            s.withUnsafeBufferPointer { t in
                var k = i
                let hi = min(end, t.count)
                while k < hi {
                    let v = Int(t[k].value)
                    if v >= 65536 || b[v >> 6] & (1 << UInt64(v & 63)) != 0 { return k }
                    k += 1
                }
                return max(k, end)
            }
        }
    }
}

/// The character sets the rules test against.
enum CharSets {
    static let c0 = CharSet("即必终")
    static let c1 = CharSet("大年议都机社协学工商理委布峰盛谈讨介流省展览晚全聚员事易")
    static let c2 = CharSet("场议上员长展期间")
    static let c3 = CharSet("。！？!?”」：:")
    static let c4 = CharSet("和级与间之的们及或队")
    static let c5 = CharSet("由在是为和与及对向把将")
    static let c6 = CharSet("“”\"《》「」（）()、/")
    static let c7 = CharSet("“”\"、（(/")
    static let c8 = CharSet("年月日亿万千百元个家台项人名只件次多余款型届期号")
    static let c9 = CharSet("后夕两列景瞻沿进期端台往身提面几十百位名述者锋行置")
    static let c10 = CharSet("线楼院馆机星")
    static let c11 = CharSet("上下前第一二三四1234QqH全")
    static let c12 = CharSet("十两几数半多百千")
    static let c13 = CharSet("十两几数半多百千每年")
    static let c14 = CharSet("上本新这当今")
    static let sentenceEnd = CharSet("。！？!?；;”」")
    /// Characters that may stand before 世界 when it names the world (在世界, 向世界, 全世界).
    static let worldBefore = CharSet("在向全从于至为的与和及、")
    /// Characters a time expression can start with (besides digits).
    /// The non-digit scalars a Chinese time expression can start with (the time scanner stops at them).
    static let timeStartScalars = "截到至今本去前明当同年上下新这十“\"「‘第一二三四〇○零五六七八九全"
    static let timeStart = CharSet(timeStartScalars)
}

/// A set of ASCII words looked up by ranges of a text's bytes or scalars, optionally lowercased (as
/// `set.contains(String(word).lowercased())` for a word of ASCII letters), without making a string of the
/// word. Words of the set that are not ASCII are left out: no ASCII word equals them.
struct ASCIIWordSet: Sendable {
    /// the words by length
    private var byLength: [[[UInt8]]] = []

    init(_ words: Set<String>) {
        for w in words.sorted() {
            let bytes = Array(w.utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            while byLength.count <= bytes.count { byLength.append([]) }
            byLength[bytes.count].append(bytes)
        }
    }

    func contains(_ text: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, lowercased: Bool) -> Bool {
        guard r.count < byLength.count else { return false }
        for w in byLength[r.count] {
            var k = 0
            while k < w.count {
                var c = text[r.lowerBound + k]
                if lowercased && c >= 0x41 && c <= 0x5A { c |= 0x20 }
                if c != w[k] { break }
                k += 1
            }
            if k == w.count { return true }
        }
        return false
    }

    /// The same for the ASCII word s[r] (every scalar of it below U+0080).
    func contains(_ s: [Unicode.Scalar], _ r: Range<Int>, lowercased: Bool) -> Bool {
        guard r.count < byLength.count else { return false }
        for w in byLength[r.count] {
            var k = 0
            while k < w.count {
                var c = s[r.lowerBound + k].value
                if lowercased && c >= 0x41 && c <= 0x5A { c |= 0x20 }
                if c != UInt32(w[k]) { break }
                k += 1
            }
            if k == w.count { return true }
        }
        return false
    }
}

/// Measures of text that callers outside the engine need (the CLI checks claim offsets against them).
public enum TextMeasure {
    /// `text.unicodeScalars.count`, counted over the UTF-8 bytes eight at a time.
    public static func scalarCount(_ text: String) -> Int { Scan.scalarCount(text) }
}
