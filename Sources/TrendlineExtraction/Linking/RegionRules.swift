/// The place a figure is about: the nearest place named before it in its sentence; else one named later
/// in its clause; else, unless the figure is one organisation's, a place named in the sentences just
/// before; else the place the document is about.
enum RegionRules {
    /// The place the whole document is about: the most-named place, when it has at least half of all mentions.
    /// The document's place: the one most of its place words name, else a province, city or county its title
    /// (the text up to `titleEnd`) names (2024年上杭县…统计公报; 綿陽市統計局), else "".
    static func documentRegion(_ all: [Regions.Mention], titleEnd: Int) -> String {
        let majority = documentRegion(all)
        if !majority.isEmpty { return majority }
        return all.first(where: { $0.start < titleEnd && !$0.national && $0.explicit
            && (provinceLevel.contains($0.region) || cityLevel.contains($0.region) || countyLevel.contains($0.region)) })?.region ?? ""
    }

    static func documentRegion(_ all: [Regions.Mention]) -> String {
        // counted by place number (no hashing of names); the same counts as by name, since equal names
        // have one number, and each number keeps the name as first met
        if all.allSatisfy({ $0.placeID >= 0 && $0.placeID < Regions.placeCount }) {
            var counts = [Int](repeating: 0, count: Regions.placeCount)
            var names: [Int: String] = [:]
            var total = 0
            for m in all where m.explicit {
                if counts[m.placeID] == 0 { names[m.placeID] = m.region }
                counts[m.placeID] += 1
                total += 1
            }
            guard let top = names.map({ (key: $0.value, value: counts[$0.key]) })
                    .max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
                  top.value >= 3, Double(top.value) >= 0.5 * Double(total), top.key != "全球" else { return "" }
            return top.key
        }
        var counts: [String: Int] = [:]
        var total = 0
        for m in all where m.explicit {
            counts[m.region, default: 0] += 1
            total += 1
        }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              top.value >= 3, Double(top.value) >= 0.5 * Double(total), top.key != "全球" else { return "" }
        return top.key
    }

    static let officerTitles: [[Unicode.Scalar]] = ["董事长", "总经理", "总裁", "创始人", "首席执行官", "CEO", "负责人",
                                                    "合伙人", "首席投资官", "首席科学家", "首席技术官", "总工程师"]
        .map { Array($0.unicodeScalars) }
    static let sayVerbs: [[Unicode.Scalar]] = ["表示", "介绍", "透露", "披露", "称", "说"].map { Array($0.unicodeScalars) }

    /// Whether s[from..<to] has an officer's title followed within a few characters by a verb of saying.
    static func spokesperson(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        // (most sentences have no title at all: one pass over a word set first)
        guard officerTitleSet.occurs(in: s, from: from, to: to) else { return false }
        var i = from
        while i < to {
            if let t = officerTitles.first(where: { Scan.has(s, $0, at: i) }) {
                let e = i + t.count
                var j = e
                while j < min(to, e + 6) {
                    if sayVerbs.contains(where: { Scan.has(s, $0, at: j) }) { return true }
                    j += 1
                }
            }
            i += 1
        }
        return false
    }

    static let everywhere: [[Unicode.Scalar]] = ["各地", "多地", "各省", "多个省市", "各省市", "部分地区", "一些地区", "一些地方", "部分省份", "不少地方"].map { Array($0.unicodeScalars) }

    static let capital: [Unicode.Scalar] = Array("资本".unicodeScalars)
    static let capitalKinds: [[Unicode.Scalar]] = ["社会", "国有", "民间", "耐心", "风险", "产业", "金融", "外国", "境外", "长期", "私人", "公共"]
        .map { Array($0.unicodeScalars) }

    static let organisationMarkers: [[Unicode.Scalar]] = ["公司", "集团", "资本", "股份", "银行", "证券", "控股", "工厂"]
        .map { Array($0.unicodeScalars) }

    /// Event nouns after a place that make it an event's venue (中关村论坛, 投资北京大会); matched across column breaks.
    static let venueLexicon = Lexicon<Bool>(["论坛", "大会", "年会", "峰会", "博览会", "展会", "交易会", "大赛"].map { ($0, true) })

    /// The place mentions that name an event's venue (中关村论坛, 投资北京大会), found once per document.
    static func venues(_ s: [Unicode.Scalar], _ all: [Regions.Mention]) -> [Regions.Mention] {
        // (read once: each read of a global in the loop would call swift_once)
        let venueLexicon = Self.venueLexicon
        // （ ） ( ) and a line break, compared directly (not searched for in a string per character)
        func inName(_ c: Unicode.Scalar) -> Bool { c == "（" || c == "）" || c == "(" || c == ")" || c == "\n" }
        return all.compactMap { m0 in
            var m = m0
            if m.national {
                // 中国（深圳）…博览会: the event is held in the place in brackets
                guard m.end + 1 < s.count, s[m.end] == "（" || s[m.end] == "(",
                      let p = Regions.lexicon.match(s, at: m.end + 1, skippingSpace: true), p.end < s.count,
                      s[p.end] == "）" || s[p.end] == ")", !p.value.national else { return nil }
                m.region = p.value.name
                m.placeID = p.value.id
                m.national = false
            }
            var k = m.end
            var steps = 0
            // 中国（深圳）低空经济博览会: a bracketed place and a column break may sit inside the name
            while k < s.count && steps < 10 && (Scan.isHan(s[k]) || inName(s[k])) {
                if venueLexicon.match(s, at: k, skippingSpace: true) != nil { return m }
                k += 1; steps += 1
            }
            return nil
        }
    }

    /// The place of the latest event named before `offset`, among the last few places named.
    static func venue(_ venues: [Regions.Mention], _ all: [Regions.Mention], before offset: Int) -> String? {
        var lo = 0, hi = venues.count
        while lo < hi { let mid = (lo + hi) / 2; if venues[mid].end <= offset { lo = mid + 1 } else { hi = mid } }
        guard lo > 0 else { return nil }
        let v = venues[lo - 1]
        // no more than 40 places named since (as before: an event named long ago is no venue any more)
        var a = 0, b = all.count
        while a < b { let mid = (a + b) / 2; if all[mid].end <= offset { a = mid + 1 } else { b = mid } }
        var c = 0, d = all.count
        while c < d { let mid = (c + d) / 2; if all[mid].start < v.start { c = mid + 1 } else { d = mid } }
        return a - c <= 40 ? v.region : nil
    }

    /// Words that place a sentence at an event (the event's dates use PeriodRules.eventCues; any activity
    /// there, 参与活动, is still at the venue).
    static let venueCues: [[Unicode.Scalar]] = PeriodRules.eventCues + [Array("活动".unicodeScalars)]

    /// The markers' first scalars, derived from `organisationMarkers`.
    static let organisationFirst = CharSet(String(String.UnicodeScalarView(organisationMarkers.compactMap(\.first))))
    /// The markers' second scalars (every marker has two or more: LinkingTests): 公, 资 and 工 are frequent,
    /// and a position not followed by one of these is no marker, without trying the eight in turn.
    static let organisationSecond = CharSet(String(String.UnicodeScalarView(organisationMarkers.compactMap { $0.count > 1 ? $0[1] : nil })))

    static let sourceVerbs: [[Unicode.Scalar]] = ["数据显示", "显示", "表示", "认为", "介绍", "称", "指出", "预测", "统计"]
        .map { Array($0.unicodeScalars) }

    /// Whether a company named in s[from..<to] owns the figure: not one in parentheses or one cited as
    /// the source (IT桔子（…科技有限公司）数据显示, …公司表示).
    static func ownedByOrganisation(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        // (read once: each read of a global in the loop would call swift_once)
        let organisationFirst = Self.organisationFirst, organisationSecond = Self.organisationSecond
        var i = from
        while i < to {
            if organisationFirst.contains(s[i]), i + 1 < to, organisationSecond.contains(s[i + 1]),
               ownsAt(s, i, from: from, to: to) { return true }
            i += 1
        }
        return false
    }

    /// Whether a company named at `i` in s[from..<to] owns the figure (a step of `ownedByOrganisation`).
    static func ownsAt(_ s: [Unicode.Scalar], _ i: Int, from: Int, to: Int) -> Bool {
        for w in organisationMarkers where Scan.has(s, w, at: i) && i + w.count <= to {
            let end = i + w.count
            // capital in general (社会资本, 国有资本, 耐心资本) is no company
            if w == Self.capital, i >= 2, Self.capitalKinds.contains(where: { Scan.ends(s, $0, at: i) }) { continue }
            // inside （…）
            var k = i, depth = 0
            while k > from { k -= 1; if s[k] == "（" || s[k] == "(" { depth += 1; break }; if s[k] == "）" || s[k] == ")" { break } }
            if depth > 0 { continue }
            // cited as the source
            var j = end
            while j < to && j - end < 8 && (Scan.isHan(s[j]) || s[j] == "）" || s[j] == ")") {
                if sourceVerbs.contains(where: { Scan.has(s, $0, at: j) }) { break }
                j += 1
            }
            if j < to && j - end < 8 && sourceVerbs.contains(where: { Scan.has(s, $0, at: j) }) { continue }
            return true
        }
        return false
    }

    /// The first scalars of the organisation markers and of the level words.
    /// (derived from the two word lists: a word added to either takes effect with no other edit)
    static let ownerOrLevelFirst = CharSet(String(String.UnicodeScalarView(
        organisationMarkers.compactMap(\.first) + levelWordList.compactMap { $0.0.unicodeScalars.first })))

    /// `ownedByOrganisation(s, from:to:)` and, when that is false, `levelWord(s, from:to:)`, found in one
    /// pass over s[from..<to] instead of two (both ask of the same stretch).
    static func ownerOrLevelWord(_ s: [Unicode.Scalar], from: Int, to: Int) -> (owned: Bool, level: (at: Int, level: Level)?) {
        // (read once: each read of a global in the loop would call swift_once)
        let first = Self.ownerOrLevelFirst, organisationFirst = Self.organisationFirst, levelWords = Self.levelWords
        let organisationSecond = Self.organisationSecond
        var level: (at: Int, level: Level)? = nil
        var i = from
        while i < to {
            // (the scalars no word starts with passed over in one tight loop, without bounds checks)
            i = first.next(in: s, from: i, to: to)
            guard i < to else { break }
            let c = s[i]
            if first.contains(c) {
                if organisationFirst.contains(c), i + 1 < to, organisationSecond.contains(s[i + 1]),
                   ownsAt(s, i, from: from, to: to) { return (true, nil) }
                // (the last level word wins, as levelWord's backward search finds it first)
                if i <= to - 2, let m = levelWords.match(s, at: i, skippingSpace: true), m.end <= to { level = (i, m.value) }
            }
            i += 1
        }
        return (false, level)
    }

    /// Words for "the province" (true) or "the city" (false), matched across column breaks (全\n省).
    static let levelWordList: [(String, Level)] = [
        ("全省", .province), ("本省", .province), ("该省", .province), ("省级", .province), ("省内", .province), ("我省", .province),
        ("全市", .city), ("本市", .city), ("该市", .city), ("市级", .city), ("市内", .city), ("我市", .city),
        ("全县", .county), ("本县", .county), ("该县", .county), ("县级", .county), ("我县", .county),
    ]
    static let levelWords = Lexicon<Level>(levelWordList)

    /// The level a word such as 全省 / 全市 / 全县 refers to.
    enum Level: Sendable { case province, city, county }
    static let provinceLevel: Set<String> = Set(Regions.provinces.map(\.0))
    static let cityLevel: Set<String> = Set(Regions.cities.map { $0.hasSuffix("县") || $0.hasSuffix("新区") ? $0 : $0 + "市" })
        .union(Regions.prefectureCities.map { $0 + "市" })
        .union(["北京市", "天津市", "上海市", "重庆市"]).union(Divisions.prefectures)
    static let countyLevel: Set<String> = Set(Divisions.counties).union(Regions.cities.filter { $0.hasSuffix("县") })
    /// What 全市 may mean: a prefecture or a county-level city (龙泉市).
    static let anyCity: Set<String> = cityLevel.union(countyLevel.filter { $0.hasSuffix("市") })

    /// The last word in s[from..<to] that refers to "the province", "the city" or "the county" without naming it.
    static func levelWord(_ s: [Unicode.Scalar], from: Int, to: Int) -> (at: Int, level: Level)? {
        // (the lexicon read once: each read of a global in the loop would call swift_once)
        let levelWords = Self.levelWords
        var j = to - 2
        while j >= from {
            if let m = levelWords.match(s, at: j, skippingSpace: true), m.end <= to { return (j, m.value) }
            j -= 1
        }
        return nil
    }

    /// The province, city or county named last before `offset`, looking back over at most 200 place mentions.
    static func lastPlace(_ all: [Regions.Mention], before offset: Int, level: Level) -> String? {
        let names = level == .province ? provinceLevel : level == .city ? anyCity : countyLevel
        var lo = 0, hi = all.count
        while lo < hi { let mid = (lo + hi) / 2; if all[mid].end <= offset { lo = mid + 1 } else { hi = mid } }
        var i = lo - 1
        while i >= 0 && lo - i <= 200 {
            let r = all[i].region
            if names.contains(r) { return r }
            i -= 1
        }
        return nil
    }

    /// The mentions of `all` (sorted) that lie inside `r`.
    static func within(_ all: [Regions.Mention], _ r: Range<Int>) -> ArraySlice<Regions.Mention> {
        var lo = 0, hi = all.count
        while lo < hi { let mid = (lo + hi) / 2; if all[mid].start < r.lowerBound { lo = mid + 1 } else { hi = mid } }
        var e = lo
        while e < all.count && all[e].end <= r.upperBound { e += 1 }
        return all[lo..<e]
    }

    /// Whether any mention of `all` (sorted) lies inside `r` (as `!within(all, r).isEmpty`).
    static func anyWithin(_ all: [Regions.Mention], _ r: Range<Int>) -> Bool {
        var lo = 0, hi = all.count
        while lo < hi { let mid = (lo + hi) / 2; if all[mid].start < r.lowerBound { lo = mid + 1 } else { hi = mid } }
        return lo < all.count && all[lo].end <= r.upperBound
    }

    /// - Parameter all: every place mention of the document, in order (Regions.mentions over the whole text).
    /// - Parameter inSentence: `within(all, sentence)`, when the caller has it for the sentence.
    static func region(for q: Quantity, _ s: [Unicode.Scalar], all: [Regions.Mention], sentence: Range<Int>,
                       previous: Range<Int>?, clauseStart: Int, documentRegion: String, venue: String? = nil,
                       inSentence given: ArraySlice<Regions.Mention>? = nil) -> String {
        var named = false
        var why = ""
        return region(for: q, s, all: all, sentence: sentence, previous: previous, clauseStart: clauseStart,
                      documentRegion: documentRegion, venue: venue, inSentence: given, named: &named, why: &why)
    }

    /// `region(for:…)`, also saying whether the sentence itself named the place (a place in it, or 全省/全市
    /// for the one named last) rather than it being taken from before or from the document.
    static func region(for q: Quantity, _ s: [Unicode.Scalar], all: [Regions.Mention], sentence: Range<Int>,
                       previous: Range<Int>?, clauseStart: Int, documentRegion: String, venue: String?,
                       inSentence given: ArraySlice<Regions.Mention>?, named: inout Bool,
                       why: inout String, documentIsCarried: Bool = false) -> String {
        named = false
        let inSentence = given ?? within(all, sentence)
        let before = inSentence.last(where: { $0.end <= q.start })
        // one organisation's figure: a company named after the last place and before the figure
        // (在中关村论坛上披露，君联资本…已投资了超过700家企业) has no region of its own
        let orgFrom = max(before?.end ?? sentence.lowerBound, sentence.lowerBound)
        let (owned, level) = ownerOrLevelWord(s, from: orgFrom, to: q.start)
        if owned { why = "region.organisation-figure"; return "" }
        // 全省 / 本市 / 省级 …: the province or city named last before, not a place named in passing since
        if let (at, level) = level {
            named = true
            // (全市 in a text that names no city is no place anyone can tell: not the country's)
            why = "region.level-word"; return lastPlace(all, before: at, level: level) ?? ""
        }
        if let m = before { named = true; why = "region.named-before"; return m.region }
        // an organisation's own figures told by its officer (深创投董事长表示，…管理资金总规模约4800亿元)
        // belong to no place unless the sentence names one
        if spokesperson(s, from: sentence.lowerBound, to: q.start) { why = "region.spokesperson"; return "" }
        // 各地/多地 新设…基金超过40只: a figure summed over the country's places
        // (the words searched for together, in one pass)
        if WordSet.everywhere.occurs(in: s, from: sentence.lowerBound, to: q.start) { why = "region.everywhere"; return "中国" }
        let clauseEnd = Scan.clauseEnd(s, q.end, ceiling: sentence.upperBound)
        if let m = inSentence.first(where: { $0.start >= q.end && $0.start < clauseEnd }) { named = true; why = "region.named-after"; return m.region }
        // a figure at an event (论坛现场，三家企业…) is about the place the event is held
        if let v = venue, WordSet.venueCues.occurs(in: s, from: sentence.lowerBound, to: sentence.upperBound) {
            why = "region.venue"; return v
        }
        // (a national body named there in passing, 贯彻落实党中央、国务院决策部署, is no place for the figures after)
        if let p = previous, let m = within(all, p).last(where: { $0.explicit }) { why = "region.context-before"; return m.region }
        why = documentIsCarried ? "region.carried" : "region.document"; return documentRegion
    }
}

extension RegionRules {
    static let officerTitleSet = WordSet(officerTitles)
}

extension WordSet {
    static let venueCues = WordSet(RegionRules.venueCues)
    static let everywhere = WordSet(RegionRules.everywhere)
}
