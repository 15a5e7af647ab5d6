import Testing
@testable import TrendlineExtraction

/// The lexicon and word-set fast paths (bitmaps of first scalars and hashed pairs, tight scanning loops)
/// give what trying every entry at every position gives.
@Suite struct LexiconTests {
    static let entries: [(String, Int)] = [
        ("中国", 1), ("中关村", 2), ("全国", 3), ("全", 4), ("个月", 5), ("个百分点", 6), ("个", 7), ("more than", 8),
        ("the US", 9), ("U.S.", 10), ("亿元", 11), ("元", 12), ("不低于", 13), ("约", 14), ("percentage points", 15),
    ]
    static let texts: [String] = [
        "", "中", "中国", "中 国", "中\n国", "中\n\n\n国经济", "全国各地中关村", "3个月", "3个百分点", "3 个 百分点", "个",
        "more  than 5", "more\nthan", "morethan", "in the US and U.S. markets", "the  US", "10亿 元", "不 低于5%", "约3成",
        "percentage   points", "个人", "全球", "国中全个", "  ", "U.S", "中国中国中国",
    ]

    /// Longest entry first (stably), with the matching rules of `Lexicon`, tried entry by entry.
    static func naiveMatch(_ s: [Unicode.Scalar], at i: Int, skippingSpace: Bool) -> (Int, Int)? {
        let order = entries.enumerated().sorted { a, b in
            let (la, lb) = (a.element.0.unicodeScalars.count, b.element.0.unicodeScalars.count)
            return la != lb ? la > lb : a.offset < b.offset
        }
        outer: for (_, (word, value)) in order {
            let p = Array(word.unicodeScalars)
            var j = i
            for (k, ch) in p.enumerated() {
                if ch == " " {
                    guard j < s.count, Scan.isSpace(s[j]) else { continue outer }
                    j = Scan.skipSpace(s, j, limit: 2)
                    continue
                }
                if k > 0 && skippingSpace { j = Scan.skipSpace(s, j, limit: 2) }
                guard j < s.count, s[j] == ch else { continue outer }
                j += 1
            }
            return (value, j)
        }
        return nil
    }

    @Test func matchAgreesWithTryingEveryEntry() {
        let lex = Lexicon(Self.entries)
        for text in Self.texts {
            let s = Array(text.unicodeScalars)
            for skipping in [true, false] {
                for i in 0..<s.count {
                    let m = lex.match(s, at: i, skippingSpace: skipping)
                    let n = Self.naiveMatch(s, at: i, skippingSpace: skipping)
                    #expect(m.map { [$0.value, $0.end] } == n.map { [$0.0, $0.1] }, "\(text) at \(i)")
                }
            }
        }
    }

    @Test func nextMatchIsTheFirstPositionThatMatches() {
        let lex = Lexicon(Self.entries)
        for text in Self.texts {
            let s = Array(text.unicodeScalars)
            for from in 0...s.count {
                for to in from...s.count {
                    let fast = lex.nextMatch(s, from: from, to: to)
                    let slow = (from..<to).lazy.compactMap { i in lex.match(s, at: i).map { (i, $0.value, $0.end) } }.first
                    #expect(fast.map { [$0.start, $0.value, $0.end] } == slow.map { [$0.0, $0.1, $0.2] }, "\(text) \(from)..<\(to)")
                }
            }
        }
    }

    @Test func wordSetAgreesWithSearchingEachWord() {
        let words = Self.entries.map { Array($0.0.unicodeScalars) } + [["x"], ["国", "中"]]
        let set = WordSet(words)
        for text in Self.texts {
            let s = Array(text.unicodeScalars)
            for from in -1...s.count {
                for to in max(from, 0)...(s.count + 1) {
                    let slow = words.contains { Scan.contains(s, $0, from: from, to: to) }
                    #expect(set.occurs(in: s, from: from, to: to) == slow, "\(text) \(from)..<\(to)")
                }
                let slowStart = words.contains { Scan.has(s, $0, at: from) }
                #expect(set.starts(s, at: from) == slowStart, "\(text) at \(from)")
            }
        }
    }
}
