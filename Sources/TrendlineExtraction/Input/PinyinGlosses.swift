import Foundation

/// Pinyin glosses inserted after Chinese characters (產(chǎn)業(yè), 融(rong)資), as some sites print them: a
/// gloss splits the words that cues, places and counters are matched on, and it is no part of a subject or
/// a sentence. The extractor reads the text with the glosses taken out and maps every span back, so a quote
/// that spans a gloss (達(dá) 1215.77 億元) is quoted as the page has it.
struct PinyinGlosses {
    /// The text without its glosses.
    let clean: String
    /// For each scalar of `clean`, its offset in the original text, and one more entry: the original's length.
    let origin: [Int]

    /// The glosses of `text` taken out, or nil when it has none (the common case: one pass over its bytes).
    init?(_ text: String) {
        guard PinyinGlosses.mayHaveGloss(text) else { return nil }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var origin: [Int] = []
        origin.reserveCapacity(s.count + 1)
        var i = 0
        var removed = false
        while i < s.count {
            if s[i] == "(" || s[i] == "（", i > 0, Scan.isHan(s[i - 1]), let end = PinyinGlosses.glossEnd(s, open: i) {
                removed = true
                i = end
                continue
            }
            out.append(s[i])
            origin.append(i)
            i += 1
        }
        guard removed else { return nil }
        origin.append(s.count)
        clean = String(out)
        self.origin = origin
    }

    /// The clean offset of original offset `k` (the first clean scalar at or after it).
    func cleanOffset(_ k: Int) -> Int {
        var lo = 0, hi = origin.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if origin[mid] < k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Original offsets of the clean span [a, b): from its first scalar to just past its last.
    func originalSpan(_ a: Int, _ b: Int) -> (Int, Int) {
        b > a ? (origin[a], origin[b - 1] + 1) : (origin[a], origin[a])
    }

    /// Whether an opening bracket ( or （ is directly followed by a lowercase Latin letter or a tone-marked
    /// vowel anywhere in the text (memchr/memmem over the bytes: most texts have few brackets).
    static func mayHaveGloss(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { b in
            guard let base = b.baseAddress, b.count > 1 else { return false }
            func lead(_ d: UInt8) -> Bool { (d >= 0x61 && d <= 0x7A) || d == 0xC3 || d == 0xC4 || d == 0xC5 || d == 0xC7 }
            var i = 0
            while i < b.count - 1, let p = memchr(base + i, 0x28, b.count - 1 - i) {
                let k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if lead(b[k + 1]) { return true }
                i = k + 1
            }
            // （ is EF BC 88: found by its last byte
            i = 2
            while i < b.count - 1, let p = memchr(base + i, 0x88, b.count - 1 - i) {
                let k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if b[k - 1] == 0xBC, b[k - 2] == 0xEF, lead(b[k + 1]) { return true }
                i = k + 1
            }
            return false
        }
    }

    /// Tone-marked vowels, each with its plain letter.
    static let toned: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (plain, forms) in [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("v", "ǖǘǚǜü")] {
            for f in forms.unicodeScalars { m[f] = plain.unicodeScalars.first! }
        }
        return m
    }()

    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
                           "c", "s", "y", "w"]
    static let finals: Set<String> = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "in", "un", "vn", "ia",
                                      "ie", "iu", "ua", "uo", "ui", "ue", "ve", "er", "ang", "eng", "ing", "ong", "ian", "iao",
                                      "uai", "uan", "van", "iang", "iong", "uang", "ueng", "n", "ng", "m"]

    /// Whether `word` (lowercase, tone marks folded to plain letters) is one pinyin syllable.
    static func isSyllable(_ word: String) -> Bool {
        if finals.contains(word) && word != "n" && word != "ng" && word != "m" { return true }
        for i in initials where word.hasPrefix(i) {
            let rest = String(word.dropFirst(i.count))
            if finals.contains(rest) && !(rest == "n" || rest == "ng" || rest == "m") { return true }
        }
        return false
    }

    /// Just past the closing bracket when the bracket at `open` holds one pinyin syllable (with or without
    /// tone marks), else nil.
    static func glossEnd(_ s: [Unicode.Scalar], open: Int) -> Int? {
        var j = open + 1
        var word = String.UnicodeScalarView()
        while j < s.count && j - open <= 8 {
            let c = s[j]
            if c == ")" || c == "）" { break }
            if c.value >= 0x61 && c.value <= 0x7A { word.append(c) }
            else if let p = toned[c] { word.append(p) }
            else { return nil }
            j += 1
        }
        guard j < s.count, s[j] == ")" || s[j] == "）", !word.isEmpty else { return nil }
        // toneless (融(rong)資) or marked (產(chǎn)), the word must be one syllable: 模型(llm) is no gloss
        guard isSyllable(String(word)) else { return nil }
        return j + 1
    }
}
