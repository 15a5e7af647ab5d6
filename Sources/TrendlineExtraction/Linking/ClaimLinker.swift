/// Turns quantities into claims: metric, subject, region, period, modality and, for growth figures,
/// what they compare against. Everything is resolved from the sentence around the figure, then from
/// its paragraph, then from the document date.
enum ClaimLinker {
    static func link(_ quantities: [Quantity], in text: NormalizedText, doc: String,
                     docDate given: DocumentDate?, bodyStart: Int = 0) -> ExtractionResult {
        let s = text.scalars
        let date = given ?? TimeExpressions.inferDocumentDate(text)
        // time expressions of the text proper (front matter is metadata, already in `date`)
        let mentions = TimeExpressions.scan(text, docDate: date?.point).filter { $0.start >= bodyStart }
        let seg = Segments(s, bodyStart: bodyStart)
        let scopes = TimeScopes(s, mentions: mentions, segments: seg, docDate: date?.point)
        var claims: [Claim] = []
        var carriedRegion: (region: String, paragraph: Int)? = nil
        claims.reserveCapacity(quantities.count)
        var mentionCursor = 0
        var previousSentence = -1
        var sentenceText = ""
        var sentenceScope: Period? = nil
        var eventDates = EventDates()
        var previousSentencePeriod: String? = nil
        var currentSentencePeriod: String? = nil
        let places = Regions.mentionsWithShortForms(s, from: bodyStart, to: s.count)
        let docRegion = RegionRules.documentRegion(places, titleEnd: seg.paragraphs.first(where: { $0.lowerBound >= bodyStart })?.upperBound ?? bodyStart)
        let venues = RegionRules.venues(s, places)
        let sections = SectionTopics(s, from: bodyStart)
        let docMonth = date.flatMap { d in d.point.month.map { DatePoint(year: d.point.year, month: $0).spec } }
        let asOfDoc = PeriodRules.asOfDocument(date?.point)
        // what every figure of a sentence (and paragraph) shares, computed once for all of them
        var context = SentenceContext()
        // sentences are copied out of the text's UTF-8 when flattening leaves them as they are
        var sentenceSpans = SourceSpans(text)
        var skip: [Range<Int>] = []
        skip.reserveCapacity(64)
        // (by index: the enumerated iterator copies each quantity through a generic witness)
        for qi in quantities.indices {
            let q = quantities[qi]
            let si = seg.sentenceIndex(at: q.start, hint: previousSentence)
            let sentence = seg.sentences.isEmpty ? 0..<s.count : seg.sentences[si]
            let cStart = Scan.clauseStart(s, q.start, floor: sentence.lowerBound)
            let cEnd = Scan.clauseEnd(s, q.end, ceiling: sentence.upperBound)
            // time mentions of this sentence (mentions are in document order)
            while mentionCursor < mentions.count && mentions[mentionCursor].end <= sentence.lowerBound { mentionCursor += 1 }
            let pi = seg.paragraphIndex(at: q.start, hint: context.paragraphIndex)
            eventDates.advance(mentions, to: sentence.lowerBound)
            if context.sentenceIndex != si || context.paragraphIndex != pi || context.eventCursor != eventDates.next {
                // (updated in place: a new context assigned whole is copied and the old one destroyed field by field)
                context.start(si, pi, sentence, seg: seg, s: s, mentions: mentions, mentionCursor: mentionCursor,
                                          eventDates: eventDates, places: places, venues: venues)
            }
            let local = context.local

            if si != previousSentence {
                previousSentencePeriod = currentSentencePeriod
                currentSentencePeriod = nil
                previousSentence = si
                sentenceText = sentenceSpans.flat(sentence.lowerBound, sentence.upperBound)
                sentenceScope = scopes.scope(at: sentence.lowerBound)
            }
            // an event's dates for undated figures at it: a day named earlier in the same paragraph, else the
            // latest span of days (3月25日至29日) before, else the latest day within a few paragraphs
            let event = context.event
            var timing = PeriodRules.resolve(q, s, sentence: sentence, clauseStart: cStart, clauseEnd: cEnd,
                                             docDate: date?.point,
                                             context: .init(previousSentencePeriod: previousSentencePeriod, latestEventPeriod: event,
                                                            joinedSentenceStart: context.joinedStart,
                                                            docMonth: docMonth,
                                                            paragraphMonth: context.paragraphMonth, asOfDoc: asOfDoc,
                                                            scope: sentenceScope),
                                             times: context.times)
            // (what a continuation of this sentence takes: the period its first figure resolved to, or the level
            // reached in 从A增至B rather than the one started from)
            if currentSentencePeriod == nil || timing.reached { currentSentencePeriod = timing.period }
            var why = Why(period: timing.rule)
            var metric = MetricRules.metric(for: q, s, clauseStart: cStart, clauseEnd: cEnd, sentenceStart: sentence.lowerBound,
                                            why: &why.metric)
            var modality = ModalityRules.modality(s, quoteStart: q.start, sentenceStart: sentence.lowerBound,
                                                  clauseStart: cStart, horizonBefore: timing.horizon, metric: metric,
                                                  why: &why.modality)
            // a forecast of a year that was over before the document's (报告预测…显示，2022年市场规模达到516亿元;
            // "will continue … at USD 179 billion in 2023" in 2025) reports what that year came to
            if modality == .forecast, let d = date?.point, let end = Period(spec: timing.period)?.end, end.year < d.year {
                modality = .actual
                why.modality = "modality.forecast-of-past-year"
            }
            // the paragraph so far (column breaks joined), as context for a place
            // (else the sentence before, across a paragraph break)
            // (the place of the figures just before, in this paragraph or the one before, stands in for the
            // document's place: 其中，软件业务收入5230亿元 after a paragraph about 全省)
            let carried = carriedRegion.flatMap { pi - $0.paragraph <= 1 ? $0.region : nil }
            var named = false
            let region = RegionRules.region(for: q, s, all: places, sentence: sentence, previous: context.previous,
                                            clauseStart: cStart, documentRegion: carried ?? docRegion,
                                            venue: context.venue, inSentence: context.inSentence, named: &named,
                                            why: &why.region, documentIsCarried: carried != nil)
            // (only a place the sentence names, or means by 全省/全市, is carried on, not one itself taken from
            // the sentence before)
            if named && !region.isEmpty { carriedRegion = (region, pi) }
            // (whether the figure sits in English text: asked by several rules, worked out once)
            let english = SubjectRules.isEnglish(s, q, sentence.lowerBound)
            // the other figures and the time mentions, left out of the subject: one array for both
            // (one buffer for all the figures: emptied, not reallocated; subject keeps no reference to it)
            skip.removeAll(keepingCapacity: true)
            appendNeighbours(&skip, quantities, qi, within: sentence)
            let figureCount = skip.count
            for m in local { skip.append(m.start..<m.end) }
            var subject = SubjectRules.subject(for: q, s, clauseStart: cStart, clauseEnd: cEnd,
                                               sentenceStart: sentence.lowerBound, mentions: local,
                                               nextQuantityStart: qi + 1 < quantities.count ? quantities[qi + 1].start : s.count,
                                               english: english, skipping: (skip, figureCount))
            why.subject = english ? "subject.english-phrase" : "subject.clause"
            // a weak subject (这一数字为4000万台, 小幅回落至43万套) takes the subject of the last figure of the
            // same kind in this or the sentence before
            // (the earlier claim is read in place, not copied)
            if SubjectRules.isWeak(subject), let ci = lastOfSameKind(claims, q),
               si - seg.sentenceIndex(at: claims[ci].start) <= 1 {
                let own = subject
                why.subject = "subject.weak-takes-figure-before"
                subject = metric == "growth_rate" && claims[ci].metric != "growth_rate" ? claims[ci].subject + "增速" : claims[ci].subject
                // 其中11项为业内首创: a part of the figure before, named by what is said of it
                if !own.isEmpty, SubjectRules.opensWithPart(s, cStart) {
                    subject += "中" + (own.hasPrefix("为") || own.hasPrefix("是") ? String(own.dropFirst()) : own)
                }
                // and what it measures, when the figure's own words gave nothing more specific
                if claims[ci].unit == q.unit && claims[ci].counter == q.counter && (metric == "count" || metric == "other") {
                    metric = claims[ci].metric
                    why.metric = "metric.of-figure-before"
                }
            } else if q.unit == "count", SubjectRules.opensWithPart(s, cStart), let ci = lastOfSameKind(claims, q),
                      claims[ci].start >= sentence.lowerBound, !Scan.containsText(subject, claims[ci].subject) {
                // 展示562项前沿技术产品，其中首发首展145项: a part of the count before it in the sentence
                subject = claims[ci].subject + "中" + subject
                why.subject = "subject.part-of-count-before"
            }
            // a fund's size says which fund (基金目标规模100亿元 after 江苏省人工智能产业母基金正式签约)
            if metric == "fund_size", !english {
                // (the sentence before, if it is in the same paragraph)
                let paragraphStart = seg.paragraphs[pi].lowerBound
                let floor = si > 0 ? max(seg.sentences[si - 1].lowerBound, paragraphStart) : sentence.lowerBound
                let fund = SubjectRules.namingFund(subject, s, before: q.start, floor: floor)
                if fund != subject { subject = fund; why.subject = "subject.fund-named-before" }
            }
            // in a profile section (## 申青林：匠心铸利器), figures are the named one's unless the subject says whose
            if let topic = sections.topic(at: q.start), !Scan.containsText(subject, topic),
               !english {
                subject = topic + subject
                why.subject = "subject.section-topic"
            }
            // a forecast or target with no date of its own has no known period, not "as of today"
            if modality != .actual && local.isEmpty && timing.period.hasPrefix("..") {
                timing.period = ""
                why.period = "period.undated-forecast"
            }
            // appended with its strings empty and filled in place: appending a claim copies it into the array
            // and destroys the original, which retains and releases every string it holds
            claims.append(Claim(doc: "", start: q.start, end: q.end, text: "", value: q.value, valueMax: q.valueMax,
                                unit: "", bound: q.bound, modality: modality))
            let k = claims.count - 1
            claims[k].doc = doc
            claims[k].text = text.text(q.start, q.end)
            claims[k].unit = q.unit
            claims[k].counter = q.counter
            claims[k].metric = metric
            // (subjects are built from the folded scalars: a Traditional page's are turned back into its script,
            // as its sentence and the one before write them)
            let window = max(si > 0 ? seg.sentences[si - 1].lowerBound : sentence.lowerBound, sentence.lowerBound - Segments.maxSentence)..<sentence.upperBound
            claims[k].subject = text.originalScript(subject, window: window)
            claims[k].region = region
            claims[k].period = timing.period
            claims[k].sentence = sentenceText
            claims[k].why = why
            claims[k].rule = q.rule
            // (a change in points compares with a base too, whether of a share or of a rate)
            if metric == "growth_rate" || q.unit == "pp" {
                var basis = GrowthRules.basis(s, quoteStart: q.start, sentenceStart: sentence.lowerBound, base: timing.base)
                // "a 64% CAGR": the cue right after the figure
                if basis != .cagr, GrowthRules.cagrAfter.starts(s, at: Scan.skipSpace(s, q.end)) { basis = .cagr }
                claims[k].basis = basis
                claims[k].basePeriod = timing.base
                if q.unit == "multiple" { claims[k].growthFactors = [q.value + 1, q.value] }
                // a compound rate is over a span of years: one the sentence names (between 2024 and 2030, 2013—2021年),
                // or the N years to the year of the figure (近五年年均复合增长率, 2022 → 2018..2022)
                if basis == .cagr, let span = GrowthRules.cagrSpan(s, q, sentence: sentence, mentions: local, period: timing.period) {
                    claims[k].period = span
                    claims[k].why?.period = "period.cagr-span"
                }
            }
        }
        Respectively.apply(&claims, s)
        return ExtractionResult(claims: claims, docDate: date)
    }
}

extension ClaimLinker {
    /// What the figures of one sentence share (given the paragraph and the event dates seen so far):
    /// its time mentions, where a column break joined it to the sentence before, the month of the
    /// paragraph so far, the stretch before it that places are taken from, the venue of the latest event
    /// and its dates. The linker computes it once per sentence instead of once per figure.
    struct SentenceContext {
        var sentenceIndex = -1
        var paragraphIndex = -1
        var eventCursor = -1
        var local: [TimeMention] = []
        var joinedStart: Int? = nil
        var paragraphMonth: String? = nil
        var previous: Range<Int>? = nil
        var venue: String? = nil
        var event: Period? = nil
        var times = PeriodRules.SentenceTimes()
        var inSentence: ArraySlice<Regions.Mention> = []
        /// Cursors into the place mentions (sorted, not overlapping) that only move forward as sentences
        /// come in order, instead of a binary search per sentence: the first place starting at or after the
        /// sentence, the first venue and the first place not ending before it, the first place not starting
        /// before that venue.
        var placeCursor = 0, venueCursor = 0, placeEndCursor = 0, venuePlaceCursor = 0
        var lastStart = -1

        init() {}

        /// Sets every field for sentence `si` of paragraph `pi`.
        mutating func start(_ si: Int, _ pi: Int, _ sentence: Range<Int>, seg: Segments, s: [Unicode.Scalar], mentions: [TimeMention],
                            mentionCursor: Int, eventDates: EventDates, places: [Regions.Mention], venues: [Regions.Mention]) {
            sentenceIndex = si
            paragraphIndex = pi
            eventCursor = eventDates.next
            local = []
            var k = mentionCursor
            while k < mentions.count && mentions[k].start < sentence.upperBound { local.append(mentions[k]); k += 1 }
            times = PeriodRules.SentenceTimes(s, sentence: sentence, mentions: local)
            joinedStart = ClaimLinker.joinedStart(seg, si, s)
            // the paragraph so far (column breaks joined), as context for a place
            // (else the sentence before, across a paragraph break)
            let para = seg.logicalParagraph(paragraph: pi, s)
            paragraphMonth = ClaimLinker.paragraphMonth(mentions, before: sentence.lowerBound, paragraph: para)
            previous = para.lowerBound < sentence.lowerBound ? para.lowerBound..<sentence.lowerBound : nil
            if previous.map({ !RegionRules.anyWithin(places, $0) }) ?? true, si > 0 {
                previous = seg.sentences[si - 1].lowerBound..<seg.sentences[si - 1].upperBound
            }
            // (sentences come in order; were one to come back, the cursors start over)
            if sentence.lowerBound < lastStart { placeCursor = 0; venueCursor = 0; placeEndCursor = 0; venuePlaceCursor = 0 }
            lastStart = sentence.lowerBound
            // as RegionRules.venue(venues, places, before: sentence.lowerBound)
            let offset = sentence.lowerBound
            while venueCursor < venues.count && venues[venueCursor].end <= offset { venueCursor += 1 }
            while placeEndCursor < places.count && places[placeEndCursor].end <= offset { placeEndCursor += 1 }
            venue = nil
            if venueCursor > 0 {
                let vStart = venues[venueCursor - 1].start
                while venuePlaceCursor < places.count && places[venuePlaceCursor].start < vStart { venuePlaceCursor += 1 }
                // no more than 40 places named since (as before: an event named long ago is no venue any more)
                if placeEndCursor - venuePlaceCursor <= 40 { venue = venues[venueCursor - 1].region }
            }
            // as RegionRules.within(places, sentence)
            while placeCursor < places.count && places[placeCursor].start < sentence.lowerBound { placeCursor += 1 }
            var e = placeCursor
            while e < places.count && places[e].end <= sentence.upperBound { e += 1 }
            inSentence = places[placeCursor..<e]
            // an event's dates for undated figures at it: a day named earlier in the same paragraph, else the
            // latest span of days (3月25日至29日) before, else the latest day within a few paragraphs
            event = eventDates.period(sentence: sentence, paragraph: seg.paragraphs[pi], s)
        }
    }

    /// Figures of the same kind: counts of the same counter, amounts of money, or percentages.
    static func sameKind(_ c: Claim, _ q: Quantity) -> Bool { sameKind(unit: c.unit, counter: c.counter, q) }

    /// `sameKind` of a claim given by its unit and counter.
    static func sameKind(unit: String, counter: String?, _ q: Quantity) -> Bool {
        if q.unit == "count" { return unit == "count" && counter == q.counter }
        if Currency.isMoney(q.unit) { return Currency.isMoney(unit) }
        if q.unit == "percent" { return unit == "percent" || unit == "count" || Currency.isMoney(unit) }
        return unit == q.unit
    }

    /// The index of the last claim of the same kind as `q` (as `claims.lastIndex(where: { sameKind($0, q) })`),
    /// reading only the fields it compares instead of copying each claim.
    static func lastOfSameKind(_ claims: [Claim], _ q: Quantity) -> Int? {
        var k = claims.count - 1
        while k >= 0 {
            if sameKind(unit: claims[k].unit, counter: claims[k].counter, q) { return k }
            k -= 1
        }
        return nil
    }

    /// Running record of the day-precision dates seen so far, for the dates of an event an undated figure
    /// is reported at. Advanced once through the mentions as claims go forward: linear overall.
    struct EventDates {
        var next = 0
        var latestDay: TimeMention? = nil
        var latestSpan: Period? = nil
        var latestSpanEnd = 0

        mutating func advance(_ mentions: [TimeMention], to offset: Int) {
            while next < mentions.count && mentions[next].end <= offset {
                let m = mentions[next]
                if m.kind != .cumulative, m.period.start?.day != nil, m.period.end?.day != nil {
                    latestDay = m
                    if m.period.start != m.period.end { latestSpan = m.period; latestSpanEnd = m.end }
                }
                next += 1
            }
        }

        /// A day named earlier in the same paragraph or just before it (3月26日，…大赛迎来总决赛 … 比赛现场),
        /// else the latest span of days (3月25日至29日), else the latest day within a few paragraphs.
        static let during = Array("期间".unicodeScalars)

        func period(sentence: Range<Int>, paragraph: Range<Int>, _ s: [Unicode.Scalar]) -> Period? {
            if let d = latestDay, d.start >= paragraph.lowerBound { return d.period }
            // (not when the sentence itself says it speaks of the whole event: 论坛年会期间)
            if let d = latestDay, d.start > latestSpanEnd, sentence.lowerBound - d.end < 300,
               !Scan.contains(s, Self.during, from: sentence.lowerBound, to: sentence.upperBound) { return d.period }
            if let sp = latestSpan { return sp }
            if let d = latestDay, sentence.lowerBound - d.end < 3000 { return d.period }
            return nil
        }
    }

    /// The start of the sentence before when a blank line cut this one mid-sentence (…开幕\n\n式上，…).
    static func joinedStart(_ seg: Segments, _ si: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard si > 0 else { return nil }
        var j = seg.sentences[si].lowerBound
        while j > 0 && Scan.isSpace(s[j - 1]) { j -= 1 }
        guard j > 0, !CharSets.sentenceEnd.contains(s[j - 1]) else { return nil }
        return seg.sentences[si - 1].lowerBound
    }

    /// Spans of the other figures in the same sentence (a few on each side).
    static func neighbours(_ qs: [Quantity], _ i: Int, within r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        appendNeighbours(&out, qs, i, within: r)
        return out
    }

    /// `neighbours`, appended to `out`.
    static func appendNeighbours(_ out: inout [Range<Int>], _ qs: [Quantity], _ i: Int, within r: Range<Int>) {
        var j = i - 1
        while j >= 0 && j >= i - 8 && qs[j].start >= r.lowerBound { out.append(qs[j].start..<qs[j].end); j -= 1 }
        j = i + 1
        while j < qs.count && j <= i + 8 && qs[j].start < r.upperBound { out.append(qs[j].start..<qs[j].end); j += 1 }
    }

    /// The month of the latest point date stated earlier in the paragraph, if any.
    static func paragraphMonth(_ mentions: [TimeMention], before: Int, paragraph: Range<Int>) -> String? {
        // mentions are in document order: binary-search the last one ending before `before`, walk back
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].end <= before { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 && mentions[i].start >= paragraph.lowerBound {
            let m = mentions[i]
            if m.kind == .point, let p = m.period.start, let month = p.month { return DatePoint(year: p.year, month: month).spec }
            i -= 1
        }
        return nil
    }
}

/// What a growth figure compares against: 同比 (yoy), 比“十三五”时期 (vs_period), 年复合增长率 (cagr).
enum GrowthRules {
    static let cagrAfter = WordSet([Array("CAGR".unicodeScalars), Array("compound annual".unicodeScalars)])
    static let recentYears: [Unicode.Scalar] = ["近"]

    /// The span a compound rate is over: a span of years named in its sentence, else 近N年 / 过去N年 counted back
    /// from the year of its period; nil when neither is there.
    static func cagrSpan(_ s: [Unicode.Scalar], _ q: Quantity, sentence: Range<Int>, mentions: [TimeMention], period: String) -> String? {
        if let m = mentions.first(where: { m in
            guard let a = m.period.start, let b = m.period.end, m.kind != .relative else { return false }
            return a.year < b.year && a.month == nil && b.month == nil
        }) { return m.period.spec }
        guard let y = Int(period), period.count == 4 else { return nil }
        var i = sentence.lowerBound
        while i + 2 < q.start {
            if s[i] == "近" || (s[i] == "过" && s[i + 1] == "去") {
                let j = s[i] == "近" ? i + 1 : i + 2
                if j + 1 < q.start, let n = ChineseDigits.digit(s[j]), n > 1, s[j + 1] == "年" {
                    return "\(y - n + 1)..\(y)"
                }
            }
            i += 1
        }
        return nil
    }

    static let cues = Lexicon<GrowthBasis>([
        ("同比", .yoy), ("比上年", .yoy), ("较上年", .yoy), ("比去年", .yoy), ("较去年", .yoy), ("比上年同期", .yoy),
        ("year on year", .yoy), ("year-on-year", .yoy), ("yoy", .yoy),
        ("复合增长率", .cagr), ("年均增长", .cagr), ("年均复合", .cagr), ("CAGR", .cagr), ("compound annual", .cagr),
        ("比", .vsPeriod), ("较", .vsPeriod), ("相比", .vsPeriod),
    ])

    static func basis(_ s: [Unicode.Scalar], quoteStart: Int, sentenceStart: Int, base: String?) -> GrowthBasis {
        let from = Scan.clauseStart(s, quoteStart, floor: sentenceStart)
        if let m = MetricRules.nearestBefore(cues, s, from: from, to: quoteStart) {
            if m.value == .vsPeriod && base == nil { return .unspecified }
            return m.value
        }
        return base == nil ? .unspecified : .vsPeriod
    }
}
