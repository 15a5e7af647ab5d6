/// 分别: "出口锂电池28.6亿只，出口金额约480亿美元，分别增长15%和8%" pairs the k-th figure after 分别 with the
/// k-th of the same number of figures just before it in the sentence, so each growth rate names what grew.
enum Respectively {
    static let word = Array("分别".unicodeScalars)

    static func apply(_ claims: inout [Claim], _ s: [Unicode.Scalar]) {
        // only a sentence with 分别 just before one of its figures is paired: that is looked for first, a few
        // scalars per figure, before any sentence texts are compared
        var k = 0
        while k < claims.count {
            let cStart = claims[k].start
            guard (max(0, cStart - 8)..<cStart).contains(where: { Scan.has(s, word, at: $0) }) else { k += 1; continue }
            // the claims of its sentence (same sentence text, consecutive)
            var i = k, j = k + 1
            while i > 0 && claims[i - 1].sentence == claims[k].sentence && claims[i - 1].doc == claims[k].doc { i -= 1 }
            while j < claims.count && claims[j].sentence == claims[k].sentence && claims[j].doc == claims[k].doc { j += 1 }
            pair(&claims, i..<j, s)
            k = j
        }
    }

    static func pair(_ claims: inout [Claim], _ r: Range<Int>, _ s: [Unicode.Scalar]) {
        guard r.count >= 4 else { return }
        // the figures after one 分别: all in its clause, no clause break between 分别 and the first
        for k in r {
            // (the start read in place: copying the claim retains all its strings)
            let cStart = claims[k].start
            let from = max(0, cStart - 8)
            guard let at = (from..<cStart).last(where: { Scan.has(s, word, at: $0) }),
                  !(at..<cStart).contains(where: { Scan.isClauseBreak(s[$0]) }) else { continue }
            var after = [k]
            var m = k + 1
            while m < r.upperBound, !(claims[m - 1].end..<claims[m].start).contains(where: { Scan.isClauseBreak(s[$0]) }) {
                after.append(m); m += 1
            }
            let n = after.count
            let before = Array(r.lowerBound..<k).filter { claims[$0].end <= at }
            guard n >= 2, before.count >= n else { return }
            let targets = before.suffix(n)
            for (x, y) in zip(targets, after) {
                claims[y].subject = claims[x].subject + (claims[y].metric == "growth_rate" ? "增长" : "")
                if claims[y].period.isEmpty || claims[y].period.hasPrefix("..") { claims[y].period = claims[x].period }
            }
            return
        }
    }
}
