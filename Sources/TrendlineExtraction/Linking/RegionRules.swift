/// The place a figure is about: the nearest place named before it in its sentence; else one named later
/// in its clause; else, unless the figure is one organisation's, a place named in the sentences just
/// before; else the place the document is about.
enum RegionRules {
    /// The place the whole document is about: the most-named place, when it clearly dominates.
    static func documentRegion(_ s: [Unicode.Scalar]) -> String {
        var counts: [String: Int] = [:]
        var total = 0
        for m in Regions.mentions(s, from: 0, to: s.count) {
            counts[m.region, default: 0] += 1
            total += 1
        }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              top.value >= 3, Double(top.value) >= 0.4 * Double(total) else { return "" }
        // a national or world article names 中国 or 全球 near each figure; the default is for local ones
        return top.key == "中国" || top.key == "全球" ? "" : top.key
    }

    static let organisationMarkers: [[Unicode.Scalar]] = ["公司", "集团", "资本", "股份", "银行", "证券", "视像", "工厂", "控股",
                                                          "企业自", "平台", "联盟", "研究院"]
        .map { Array($0.unicodeScalars) }

    static func region(for q: Quantity, _ s: [Unicode.Scalar], sentence: Range<Int>, previous: Range<Int>?,
                       clauseStart: Int, documentRegion: String) -> String {
        let inSentence = Regions.mentions(s, from: sentence.lowerBound, to: sentence.upperBound)
        if let m = inSentence.last(where: { $0.end <= q.start }) { return m.region }
        let clauseEnd = Scan.clauseEnd(s, q.end, ceiling: sentence.upperBound)
        if let m = inSentence.first(where: { $0.start >= q.end && $0.start < clauseEnd }) { return m.region }
        // one organisation's figure, with no place in its sentence: no region
        if organisationMarkers.contains(where: { Scan.contains(s, $0, from: sentence.lowerBound, to: q.start) }) { return "" }
        if let p = previous, let m = Regions.mentions(s, from: p.lowerBound, to: p.upperBound).last { return m.region }
        return documentRegion
    }
}
