/// The place a figure is about: the nearest place named before it in its sentence; else one named later
/// in its clause; else the place its paragraph is about.
enum RegionRules {
    static func region(for q: Quantity, _ s: [Unicode.Scalar], sentence: Range<Int>, paragraph: Range<Int>,
                       clauseStart: Int) -> String {
        let inSentence = Regions.mentions(s, from: sentence.lowerBound, to: sentence.upperBound)
        if let m = inSentence.last(where: { $0.end <= q.start }) { return m.region }
        if let m = inSentence.first(where: { $0.start >= q.end }) { return m.region }
        // the paragraph's place, when its first sentence names one
        let before = Regions.mentions(s, from: paragraph.lowerBound, to: sentence.lowerBound)
        if let m = before.last { return m.region }
        return ""
    }
}
