/// 分别: "出口锂电池28.6亿只，出口金额约480亿美元，分别增长15%和8%" pairs the k-th figure after 分别 with the
/// k-th of the same number of figures just before it in the sentence, so each growth rate names what grew.
enum Respectively {
    static let word = Array("分别".unicodeScalars)

    static func apply(_ claims: inout [Claim], _ s: [Unicode.Scalar]) {
        var i = 0
        while i < claims.count {
            // the claims of one sentence (same sentence text, consecutive)
            var j = i
            while j < claims.count && claims[j].sentence == claims[i].sentence && claims[j].doc == claims[i].doc { j += 1 }
            pair(&claims, i..<j, s)
            i = j
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
