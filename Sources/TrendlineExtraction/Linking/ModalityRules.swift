/// Whether a figure is a reported fact, a forecast or a target, from the words before it in its sentence.
enum ModalityRules {
    static let forecastCues = Lexicon<Modality>([
        ("预计", .forecast), ("有望", .forecast), ("将达", .forecast), ("将超", .forecast), ("将突破", .forecast),
        ("预测", .forecast), ("或将", .forecast), ("可望", .forecast), ("预期", .forecast), ("估计", .forecast),
        ("将", .forecast), ("会", .forecast), ("将会", .forecast), ("预估", .forecast), ("测算", .forecast),
        ("expected", .forecast), ("expect", .forecast), ("forecast", .forecast), ("estimated", .forecast), ("projected", .forecast), ("will", .forecast),
        ("力争", .target), ("目标", .target), ("计划", .target), ("拟", .target), ("争取", .target), ("确保", .target), ("力求", .target),
        ("target", .target), ("aims", .target), ("goal", .target), ("aim to", .target), ("seeking", .target),
        ("seeks", .target), ("plans to", .target), ("intends to", .target),
        // 估逾6.3兆元, 估达, 估约: an estimate (only so, right before a figure: 估值 is a valuation)
        ("估", .forecast),
    ] + planStatements.map { ($0, Modality.target) })

    /// What a plan document sets out (方案提出，…; 规划明确，…) is a target (and its years are no date of the article).
    static let planStatements = ["方案提出", "方案明确", "方案要求", "方案还提出", "方案还明确", "规划提出", "规划明确",
                                 "意见提出", "意见明确", "纲要提出", "措施提出", "措施明确", "计划提出", "通知提出", "通知要求"]

    static let setUpVerbs: [[Unicode.Scalar]] = ["设立", "组建", "成立", "发起", "推出"].map { Array($0.unicodeScalars) }
    static let announcements: [[Unicode.Scalar]] = ["宣布", "公布", "披露"].map { Array($0.unicodeScalars) }

    static let planWord: [Unicode.Scalar] = Array("计划".unicodeScalars)
    static let niWord: [Unicode.Scalar] = ["拟"]
    static let planVerbsAfter = CharSet("到在于投建新实完年用将开推打培引组设募出发增提达未撬带明今下")
    static let targetWord: [Unicode.Scalar] = Array("目标".unicodeScalars)
    static let estimateWord: [Unicode.Scalar] = ["估"]
    /// What may follow 估 when it estimates a figure: a qualifier (逾, 约, 达, 近, 超, 为, 计).
    static let estimateFollowers = CharSet("逾约达近超为计")
    static let scaleWord: [Unicode.Scalar] = Array("规模".unicodeScalars)

    /// Modality of the figure at `q` given its sentence start and the time mentions of the sentence.
    static func modality(_ s: [Unicode.Scalar], quoteStart: Int, sentenceStart: Int, clauseStart: Int,
                         horizonBefore: Bool, metric: String = "", why: inout String) -> Modality {
        // the nearest cue before the figure in the sentence; a past marker (了, 已) after it cancels a forecast
        var j = quoteStart
        var best: (Modality, Int)? = nil
        // (read once: each read of a global in the loop would call swift_once)
        let forecastCues = Self.forecastCues
        while j > sentenceStart {
            // positions that end no cue passed over in one tight loop (a call per position cost 2.6% of the run)
            j = forecastCues.previousCandidate(s, from: j, above: sentenceStart)
            guard j > sentenceStart else { break }
            if let m = forecastCues.matchBackward(s, endingAt: j, skippingSpace: true), m.start >= sentenceStart {
                // a cue inside a title (《…预测评估报告》显示，…) is the report's name, not the figure's modality
                if PeriodRules.insideTitle(s, m.start, m.start + m.word.count) { j = m.start; continue }
                if m.word == estimateWord {
                    let after = m.start + 1
                    guard after < s.count, Scan.isDigit(s[after]) || ChineseDigits.isNumeralChar(s[after]) || estimateFollowers.contains(s[after])
                    else { j = m.start; continue }
                }
                if m.word == ["将"] || m.word == ["会"] {
                    // 将 as an object marker (将检测效率提升了70.7%) or 将 inside a word (即将, 将近) is no forecast
                    if Scan.contains(s, Scan.W.le, from: m.start, to: quoteStart) || Scan.contains(s, Scan.W.zhi, from: m.start, to: quoteStart)
                        || (m.start > 0 && CharSets.c0.contains(s[m.start - 1]))
                        || (m.start + 1 < s.count && (s[m.start + 1] == "近" || s[m.start + 1] == "来")) {
                        j = m.start; continue
                    }
                    // 会 as a noun: 年会, 发布会, 会场, 会议
                    if m.word == ["会"] && ((m.start > 0 && (CharSets.c1.contains(s[m.start - 1])))
                        || (m.start + 1 < s.count && CharSets.c2.contains(s[m.start + 1]))
                        || m.start == sentenceStart || (m.start > 0 && !Scan.isHan(s[m.start - 1]))) {
                        j = m.start; continue
                    }
                }
                // 计划 / 拟 as a verb (计划投入, 拟设立), not the noun in 行动计划 or a title
                // 目标规模 is what a fund is to raise, its announced size, not a goal (基金目标规模100亿元)
                if m.word == targetWord, Scan.has(s, scaleWord, at: m.start + 2) { j = m.start; continue }
                if m.word == planWord {
                    let after = m.start + m.word.count
                    let next: Unicode.Scalar = after < s.count ? s[after] : " "
                    if !planVerbsAfter.contains(next) { j = m.start; continue }
                }
                // 拟 is a verb of intent (拟撬动, 拟设立) except inside 虚拟, 模拟, 草拟, 比拟
                if m.word == niWord {
                    let after = m.start + 1
                    let verbFollows = after < s.count && Scan.isHan(s[after])
                    if !verbFollows || (m.start > 0 && "虚模草比仿".unicodeScalars.contains(s[m.start - 1])) { j = m.start; continue }
                }
                best = (m.value, m.start)
                break
            }
            j -= 1
        }
        if let (mod, at) = best {
            if mod == .forecast && Scan.contains(s, Scan.W.yi, from: at, to: quoteStart) { why = "modality.past-marker"; return .actual }
            // …有望达到5.3兆新台币，韩国政府则宣布投入33万亿韩元: an announcement in a later clause is a fact
            if mod == .forecast, announcements.contains(where: { w in
                Scan.contains(s, w, from: at, to: quoteStart) && (at..<quoteStart).contains(where: { Scan.isClauseBreak(s[$0]) })
            }) { why = "modality.announced-after-forecast"; return .actual }
            // a fund set up or planned with a stated scale is an announced fact (计划组建总规模100亿元的基金)
            if mod == .target && metric == "fund_size" && (s[at] == "计" || s[at] == "拟") { why = "modality.fund-planned-with-scale"; return horizonBefore ? .target : .actual }
            // …将设立总规模100亿元的…基金: a fund announced with its size, as above
            if mod == .forecast && metric == "fund_size" && s[at] == "将" && !horizonBefore,
               setUpVerbs.contains(where: { Scan.has(s, $0, at: at + 1) }) { why = "modality.fund-to-be-set-up"; return .actual }
            why = mod == .forecast ? "modality.forecast-cue" : "modality.target-cue"; return mod
        }
        why = horizonBefore ? "modality.horizon" : "modality.no-cue"; return horizonBefore ? .target : .actual
    }
}
