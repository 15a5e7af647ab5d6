import Foundation
import Testing
@testable import TrendlineExtraction

/// Fast paths over UTF-8 bytes give what the string operations they replace give.
@Suite struct FastPathTests {
    static let texts = [
        "", "基金", "江苏省人工智能产业母基金目标规模", "基金目标规模", "该基金", "社保基金中关村自主创新专项基金",
        "申青林", "申青林团队研发的设备", "海信视像“灯塔工厂”产值", "比赛现场40余家企业", "AI企业", "GPU 集群",
        "Café revenue", "Cafe\u{301} revenue", "e\u{301}", "豈", "\u{F900}", "が", "か\u{3099}", "全角ＡＩ企业",
        "A\u{2000}B", "x\u{302A}y", "Robots", "robots", "—“基金”—", "\t", "a b", "한국",
    ]

    @Test func containsTextAgreesWithFoundation() {
        for hay in Self.texts {
            for needle in Self.texts {
                #expect(Scan.containsText(hay, needle) == hay.contains(needle), "\(hay) / \(needle)")
            }
        }
    }

    @Test func rangeOfTextAgreesWithFoundation() {
        for hay in Self.texts + ["基金基金", "江苏基金和基金"] {
            for needle in Self.texts + ["基金"] {
                #expect(Scan.rangeOfText(hay, needle) == hay.range(of: needle), "\(hay) / \(needle)")
            }
        }
    }

    static let leads = [
        "", "Shipments of AI-capable smartphones in China rose", "BEIJING - China's industrial output grew",
        "BEIJING, Nov 3 - Exports rose", "Separately, Meanwhile the market Rose", "Analysts expect China's humanoid robot market to exceed",
        "Analysts expect the market to", "They expect sales of robots in China and abroad next year to reach", "Revenue of",
        "The number of firms was up", "Over the year, revenue from AI services climbed about", "It",
        "the market", "China's AI industry, worth", "Exports to ASEAN totalled", "Sales , , rose", "  ", ",",
        "- -", "Investment in the sector Will", "EXPECT output TO", "Output in Shenzhen and 北京 rose",
    ]

    /// Read in place over the scalars, with figures left out (at the start, in a word, at the end, empty,
    /// overlapping), the lead-in gives what flattening it into a string and splitting that gives.
    @Test func scalarLeadSubjectAgreesWithFlattenedLead() {
        let extra = ["Exports\n\nof  robots\trose", " Sales in 2024 rose", "Output,of firms , up 12% and", "a\u{0B}b rose"]
        for lead in Self.leads + extra {
            let s = Array(lead.unicodeScalars)
            let n = s.count
            let skips: [[Range<Int>]] = [[], [0..<min(3, n)], [(n / 2)..<(n / 2)], [(n / 3)..<(n / 2), (n / 4)..<(n / 2 + 1)],
                                         [max(0, n - 2)..<n, 0..<1], [1..<2, 1..<4, 3..<3].filter { $0.upperBound <= n }]
            for skip in skips {
                let flat = SubjectRules.flatSkipping(s, 0, n, skip)
                let fast = SubjectRules.asciiLeadSubject(s, 0, n, skip)
                if let fast {
                    #expect(fast == SubjectRules.leadSubject(flat), "\(lead) \(skip)")
                } else {
                    #expect(flat.utf8.contains { $0 >= 0x80 }, "\(lead) \(skip)")
                }
            }
        }
    }

    static let quotes = [
        "2,600 AI firms", "about 2,600 AI firms", "more than 300 million units", "over 1,200 companies", "12 billion",
        "nearly 40 robots", "some 5 thousand new firms", "30 AI-capable models", "3 4 5 units", "about", "7",
        "almost 2 trillion parameters", "½ units",
    ]

    @Test func asciiCountedNounAgreesWithWords() {
        for quote in Self.quotes {
            if let fast = SubjectRules.asciiCountedNoun(quote) {
                #expect(fast == SubjectRules.countedNoun(quote), "\(quote)")
            } else {
                #expect(quote.utf8.contains { $0 >= 0x80 }, "\(quote)")
            }
        }
    }
}
