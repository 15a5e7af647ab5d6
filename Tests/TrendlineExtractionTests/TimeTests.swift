import Foundation
import Testing
@testable import TrendlineExtraction

/// One case of Corpus/time.jsonl: a phrase, the document date to resolve it against (or none), and the
/// complete list of time mentions expected in it, each as [quoted text, kind, period spec].
struct TimeCase: CustomTestStringConvertible, Sendable {
    let line: Int
    let text: String
    let doc: String?
    let expect: [[String]]

    var testDescription: String { "time.jsonl:\(line) \(text.replacingOccurrences(of: "\n", with: "⏎"))" }

    static func load() -> [TimeCase] {
        guard let dir = Bundle.module.url(forResource: "Corpus", withExtension: nil),
              let data = try? String(contentsOf: dir.appendingPathComponent("time.jsonl"), encoding: .utf8) else {
            Issue.record("Corpus/time.jsonl is missing from the test bundle")
            return []
        }
        var out: [TimeCase] = []
        for (i, line) in data.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = obj["text"] as? String, let expect = obj["expect"] as? [[String]],
                  expect.allSatisfy({ $0.count == 3 }) else {
                Issue.record("time.jsonl:\(i + 1) needs text and expect: [[quote, kind, period]]")
                continue
            }
            out.append(TimeCase(line: i + 1, text: text, doc: obj["doc"] as? String, expect: expect))
        }
        return out
    }
}

@Suite("Time expressions")
struct TimeTests {
    static let cases = TimeCase.load()

    @Test func corpusCoversEnoughCases() {
        #expect(TimeTests.cases.count >= 60)
        // every kind is exercised, and so are phrases that must yield nothing
        let kinds = Set(TimeTests.cases.flatMap { $0.expect.map { $0[1] } })
        #expect(kinds == ["point", "span", "cumulative", "plan", "relative", "horizon"])
        #expect(TimeTests.cases.contains { $0.expect.isEmpty })
    }

    @Test(arguments: TimeTests.cases)
    func corpus(_ c: TimeCase) throws {
        let doc: DatePoint?
        if let d = c.doc {
            doc = try #require(DatePoint(spec: d), "bad doc date \(d)")
        } else {
            doc = nil
        }
        let text = NormalizedText(c.text)
        let found = TimeExpressions.scan(text, docDate: doc)
        let got = found.map { [text.text($0.start, $0.end), $0.kind.rawValue, $0.period.spec] }
        #expect(got == c.expect)
    }

    // MARK: - Offsets and folding

    @Test func offsetsAreUnicodeScalarOffsetsIntoTheOriginal() {
        // full-width digits are folded, but offsets still address the original text
        let text = NormalizedText("据悉，２０２５年３月，新规出台")
        let m = TimeExpressions.scan(text, docDate: nil)
        #expect(m.count == 1)
        #expect(m.first?.start == 3)
        #expect(m.first.map { text.text($0.start, $0.end) } == "２０２５年３月")
        #expect(m.first?.period.spec == "2025-03")
    }

    @Test func sentenceBoundaryEndsTheYearContext() {
        let doc = DatePoint(year: 2026, month: 3)
        let same = TimeExpressions.scan(NormalizedText("2024年5月签约，6月开工"), docDate: doc)
        #expect(same.map(\.period.spec) == ["2024-05", "2024-06"])
        let blankLine = TimeExpressions.scan(NormalizedText("2024年5月签约\n\n6月开工"), docDate: doc)
        #expect(blankLine.map(\.period.spec) == ["2024-05", "2025-06"])
        // a single line break (column-broken text) does not end the sentence
        let broken = TimeExpressions.scan(NormalizedText("2024年5月签约，\n6月开工"), docDate: doc)
        #expect(broken.map(\.period.spec) == ["2024-05", "2024-06"])
    }

    // MARK: - Lookup helpers

    @Test func lookupHelpersFindMentionsAroundAnOffset() {
        let text = NormalizedText("2024年营收10亿元，2025年上半年营收8亿元")
        let m = TimeExpressions.scan(text, docDate: nil)
        #expect(m.count == 2)
        let second = m[1]
        #expect(TimeExpressions.containing(m, offset: second.start)?.start == second.start)
        #expect(TimeExpressions.containing(m, offset: second.end - 1)?.start == second.start)
        #expect(TimeExpressions.containing(m, offset: second.end) == nil)
        #expect(TimeExpressions.containing(m, offset: 6) == nil)  // inside 10亿元
        #expect(TimeExpressions.preceding(m, offset: 6)?.period.spec == "2024")
        #expect(TimeExpressions.preceding(m, offset: text.count)?.period.spec == "2025-01..2025-06")
        #expect(TimeExpressions.preceding(m, offset: 0) == nil)
        #expect(TimeExpressions.following(m, offset: 6)?.period.spec == "2025-01..2025-06")
        #expect(TimeExpressions.following(m, offset: text.count) == nil)
        #expect(TimeExpressions.containing([], offset: 0) == nil)
    }

    @Test func eventNameYearsAreFoundButAreNotMentions() {
        let text = NormalizedText("3月29日，2026中关村论坛年会闭幕，共有2026家企业参展。")
        let years = TimeExpressions.eventNameYears(text)
        #expect(years.count == 1)
        #expect(years.first?.year == 2026)
        #expect(years.first.map { text.text($0.range.lowerBound, $0.range.upperBound) } == "2026")
        #expect(years.first?.range.lowerBound == 6)
        // 2026家 is a count, not an event year; and the scan reports only 3月29日
        #expect(TimeExpressions.scan(text, docDate: DatePoint(year: 2026, month: 3)).map(\.period.spec) == ["2026-03-29"])
    }

    // MARK: - Robustness

    /// Random strings over an alphabet of date-like characters: the scan must not crash, mentions must be
    /// in order, inside the text, non-overlapping, and every period must survive a spec round trip.
    @Test func randomDateLikeTextKeepsInvariants() {
        let alphabet = Array("0123456789 \n年月日号份至到—-~/.截今去前明当上下半季度第一二三四五十〇“”以来底末初财内，。QHFYinbyMarchsofthe,".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(alphabet.count))
        }
        for round in 0..<400 {
            var s = String.UnicodeScalarView()
            for _ in 0..<(8 + round % 40) { s.append(alphabet[next()]) }
            let text = NormalizedText(String(s))
            for doc in [nil, DatePoint(year: 2025, month: 8)] {
                let m = TimeExpressions.scan(text, docDate: doc)
                var last = 0
                for x in m {
                    #expect(x.start >= last && x.end > x.start && x.end <= text.count)
                    last = x.end
                    #expect(Period(spec: x.period.spec) == x.period)
                }
            }
            _ = TimeExpressions.inferDocumentDate(text)
        }
    }

    // MARK: - Document date inference

    func inferred(_ s: String) -> String? { TimeExpressions.inferDocumentDate(NormalizedText(s))?.point.spec }

    @Test func inferenceTakesTheDateline() {
        let d = TimeExpressions.inferDocumentDate(NormalizedText("本报上海2025年11月4日电 记者从市经信委获悉，本市新增算力中心3个。"))
        #expect(d?.point.spec == "2025-11-04")
        #expect(d?.source == .dateline)
        #expect(d?.evidence.isEmpty == false)
    }

    @Test func inferenceCombinesAnEventYearWithYearlessDates() {
        let s = "4月10日，2026全球数字经济峰会在杭州开幕。4月12日，峰会闭幕，签约项目50个。"
        #expect(inferred(s) == "2026-04")
    }

    @Test func inferenceIgnoresForecastAndTargetYears() {
        let s = "2025年12月10日，研究机构发布报告。报告预计，2027年市场规模将达到500亿元；到2030年，渗透率有望超过80%。"
        #expect(inferred(s) == "2025-12")
        let t = "6月18日，平台公布数据。机构预测2026年出货量将增长两成。2025年上半年，出货量为1200万台。"
        // (figures for the whole first half are published after it: July)
        #expect(inferred(t) == "2025-07")
    }

    @Test func inferenceIgnoresPlanTitlesPlanStatementsAndLatinNamesBeforeAForecast() {
        // a Latin source name before a Chinese forecast does not make it English
        let s = "2026年第三季度，手机出货量约7000万台。IDC预测，2027年出货量将超过1.8亿台。"
        #expect(inferred(s) == "2026-09")
        // the span of a plan in its title, and what the plan sets out, are not the article's dates
        let t = "近日，省政府印发《推进行动实施方案（2026—2028年）》。方案还明确，2026年全省新增企业增长30%。2025年，全省营收增长10%。"
        #expect(inferred(t) == "2026")
    }

    @Test func inferenceReadsAnEventYearAcrossBracketsAndColumnBreaks() {
        #expect(inferred("本报深圳11月18日电 11月17日至18日，2026中国（深圳）低空经济博览\n会举行。") == "2026-11-18")
    }

    @Test func inferenceTreatsFullYearFiguresAsPast() {
        let s = "2025年全年，全市实现地区生产总值5万亿元。1月20日，统计局在发布会上公布了上述数据。"
        #expect(inferred(s) == "2026-01")
        // a year reported as past, with no month anywhere: only the year is known
        let t = "2024年，该公司营收增长20%，利润达到3亿元。"
        let d = TimeExpressions.inferDocumentDate(NormalizedText(t))
        #expect(d?.point == DatePoint(year: 2025))
    }

    @Test func inferenceKeepsDecemberAndIgnoresExpressionsThatEchoTheGuess() {
        // 今年以来 and 截至目前 end at whatever the document date is: they are no evidence of the month
        let s = "2025年10月，新品发布。今年以来，销量增长。截至目前，累计签约20个。"
        #expect(inferred(s) == "2025-10")
        #expect(inferred("2025年12月，项目投产，年产能达到5万吨。") == "2025-12")
    }

    @Test func inferenceUsesCumulativeDates() {
        #expect(inferred("截至2025年9月底，累计建成基站30万个，9月新增1.2万个。") == "2025-09")
    }

    @Test func inferenceReadsYearlessDatesInTheirOwnSentenceYear() {
        // 11月 belongs to 2023 (same sentence), so it must not make the document 2025-11
        let s = "2023年10月项目启动，11月完成首批交付。2025年3月8日，二期工程开工。"
        #expect(inferred(s) == "2025-03")
    }

    @Test func inferenceReadsEnglishText() {
        // past figures for 2025 (verb and number before the year) date the text after 2025; the forecast does not
        let s = "The city's robot makers shipped 80,000 units in 2025, officials said. Analysts expect sales to reach 100,000 units in 2027."
        #expect(TimeExpressions.inferDocumentDate(NormalizedText(s))?.point == DatePoint(year: 2026))
        #expect(inferred("The report was released on March 3, 2026. It covers 2025.") == "2026-03")
    }

    @Test func inferenceGivesNilWithoutEvidence() {
        #expect(inferred("人工智能正在改变制造业，企业纷纷加大投入。") == nil)
        #expect(inferred("") == nil)
        // only a target year: not evidence of when the text was written
        #expect(inferred("到2030年，产业规模力争突破10万亿元。") == nil)
    }
}

/// DatePoint.spec writes its digits by hand: it spells every point as string concatenation does.
@Test func datePointSpecSpellsLikeConcatenation() {
    func reference(_ p: DatePoint) -> String {
        var s = String(p.year)
        if let m = p.month {
            s += "-" + (m < 10 ? "0" : "") + String(m)
            if let d = p.day { s += "-" + (d < 10 ? "0" : "") + String(d) }
        }
        return s
    }
    let years = [0, 1, 9, 10, 99, 999, 1900, 2025, 9999, 10000, -1, -2025, Int.max, Int.min, 123_456_789_012]
    let parts: [Int?] = [nil, 0, 1, 9, 10, 12, 31, 99, 100, -1, -10, Int.max, Int.min]
    for y in years {
        for m in parts {
            for d in parts {
                let p = DatePoint(year: y, month: m, day: d)
                #expect(p.spec == reference(p))
            }
        }
    }
}

/// Period(spec:) and DatePoint(spec:) read ASCII specs from their bytes: they agree with reading them as
/// strings (split at "-", Int of each part, the first ".." cutting a span) on valid and invalid specs.
@Test func specsParseLikeStrings() {
    func referencePoint(_ spec: String) -> DatePoint? {
        let parts = spec.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let y = parts[0] else { return nil }
        let month = parts.count > 1 ? parts[1] : nil, day = parts.count > 2 ? parts[2] : nil
        if let m = month, !(1...12).contains(m) { return nil }
        if let d = day, !(1...31).contains(d) { return nil }
        return DatePoint(year: y, month: month, day: day)
    }
    func referencePeriod(_ spec: String) -> Period? {
        if spec.isEmpty { return .unknown }
        if let r = spec.range(of: "..") {
            let a = String(spec[..<r.lowerBound]), b = String(spec[r.upperBound...])
            let s = a.isEmpty ? nil : referencePoint(a), e = b.isEmpty ? nil : referencePoint(b)
            if (!a.isEmpty && s == nil) || (!b.isEmpty && e == nil) || (s == nil && e == nil) { return nil }
            return Period(start: s, end: e)
        }
        return referencePoint(spec).map { Period($0) }
    }
    let pieces = ["2025", "2025-03", "2025-03-29", "2025-13", "2025-00", "2025-03-32", "2025-3-9", "0005-01",
                  "", "-", "--", "2025-", "-03", "2025-03-29-01", "2025.5", ".", "99999999999999999999", "9223372036854775807",
                  "+2025", "２０２５", "2025年", "2025 "]
    var specs: [String] = []
    for a in pieces {
        specs.append(a)
        for b in pieces { specs += [a + ".." + b, a + "..." + b, a + "." + b] }
    }
    for spec in specs {
        #expect(DatePoint(spec: spec) == referencePoint(spec), "\(spec)")
        #expect(Period(spec: spec) == referencePeriod(spec), "\(spec)")
    }
}
