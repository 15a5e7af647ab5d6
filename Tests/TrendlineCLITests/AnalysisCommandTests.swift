import Foundation
import Testing
import TrendlineAnalysis
import TrendlineExtraction
import TrendlineSeries
import TrendlineTables
@testable import trendline

/// A temporary directory with claims files, removed by `cleanup()`.
private struct ClaimsDir {
    let root = NSTemporaryDirectory() + "trendline-analysis-" + UUID().uuidString
    init() throws { try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true) }
    func write(_ name: String, _ text: String) throws -> String {
        let p = root + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: p))
        return p
    }
    func cleanup() { try? FileManager.default.removeItem(atPath: root) }
}

private func c(_ doc: String, _ start: Int, _ text: String, _ value: Double, unit: String = "CNY", bound: Bound = .exact,
               metric: String, subject: String, region: String, period: String, modality: Modality = .actual,
               counter: String? = nil, sentence: String = "", basis: GrowthBasis? = nil) -> Claim {
    Claim(doc: doc, start: start, end: start + text.unicodeScalars.count, text: text, value: value, unit: unit,
          counter: counter, bound: bound, metric: metric, subject: subject, region: region, period: period,
          modality: modality, sentence: sentence, basis: basis)
}

/// Funds in three regions (one stated twice), an industry over four years with a wrong growth claim,
/// a target, and a conflict.
private let sample: [Claim] = [
    c("a.txt", 10, "不低于200亿元", 2e10, bound: .atLeast, metric: "fund_size", subject: "安徽省人工智能产业主题基金", region: "安徽省", period: "2025"),
    c("e.txt", 30, "不低于200亿元", 2e10, bound: .atLeast, metric: "fund_size", subject: "安徽人工智能产业主题基金", region: "安徽", period: "2025"),
    c("b.txt", 12, "30亿元", 3e9, metric: "fund_size", subject: "河南省人工智能产业基金", region: "河南省", period: "2025"),
    c("c.txt", 40, "10亿美元", 1e9, unit: "USD", metric: "fund_size", subject: "深圳市人工智能基金", region: "深圳市", period: "2025"),
    c("d.txt", 5, "4000亿元", 4e11, metric: "industry_size", subject: "人工智能核心产业", region: "中国", period: "2021", sentence: "s1"),
    c("d.txt", 50, "5000亿元", 5e11, metric: "industry_size", subject: "人工智能核心产业", region: "中国", period: "2022", sentence: "s2"),
    c("d.txt", 70, "40%", 40, unit: "percent", metric: "growth_rate", subject: "人工智能核心产业", region: "中国", period: "2022", sentence: "s2", basis: .yoy),
    c("d.txt", 90, "6000亿元", 6e11, metric: "industry_size", subject: "人工智能核心产业", region: "中国", period: "2023", sentence: "s3"),
    c("d.txt", 99, "7500亿元", 7.5e11, metric: "industry_size", subject: "人工智能核心产业规模", region: "中国", period: "2024", sentence: "s4"),
    c("f.txt", 9, "突破3万亿元", 3e12, bound: .moreThan, metric: "industry_size", subject: "人工智能核心产业", region: "中国", period: "2030", modality: .target),
    c("g.txt", 1, "4500亿元", 4.5e11, metric: "industry_size", subject: "上海市人工智能产业", region: "上海市", period: "2024"),
    c("h.txt", 1, "4000亿元", 4e11, metric: "industry_size", subject: "上海人工智能产业", region: "上海市", period: "2024"),
]

private func json(_ s: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
}

@Suite struct AnalysisCommandTests {
    @Test func compareRanksFundsWithSharesAndMarksConvertedCurrency() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("claims.jsonl", ClaimIO.writeJSONL(sample))
        let out = try CompareCommand.parse([path, "--format", "json"]).produce()
        let rows = try #require(try json(out.out)["comparison"] as? [[String: String]])
        #expect(rows.map { $0["region"] } == ["安徽省", "深圳市", "河南省"])
        #expect(rows[0]["sources"] == "a.txt:10-18; e.txt:30-38")
        #expect(rows[1]["value"]?.contains("*") == true)
        let notes = try #require(try json(out.out)["notes"] as? [String])
        #expect(notes.contains { $0.contains("1 USD = 7.1 CNY") && $0.contains("built-in") })
        // a province-level ranking leaves the city out
        let prov = try CompareCommand.parse([path, "--format", "json", "--region-level", "province"]).produce()
        #expect(try #require(try json(prov.out)["comparison"] as? [[String: String]]).count == 2)
    }

    @Test func ratesFileOverridesTheBuiltInTable() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("claims.jsonl", ClaimIO.writeJSONL(sample))
        let rates = try dir.write("rates.json", #"{"USD": 25}"#)
        let out = try CompareCommand.parse([path, "--format", "json", "--rates", rates]).produce()
        let rows = try #require(try json(out.out)["comparison"] as? [[String: String]])
        #expect(rows.first?["region"] == "深圳市")
        let bad = try dir.write("bad.json", #"{"USD": "seven"}"#)
        #expect(throws: AnalysisFailure.self) { try CompareCommand.parse([path, "--rates", bad]).produce() }
    }

    @Test func checkFindsTheOverstatedGrowthAndTheConflict() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("claims.csv", ClaimIO.writeCSV(sample))
        let out = try CheckCommand.parse([path, "--format", "json"]).produce()
        let doc = try json(out.out)
        let checks = try #require(doc["checks"] as? [[String: String]])
        #expect(checks.count == 1)
        #expect(checks[0]["verdict"] == "inconsistent")
        #expect(checks[0]["why"]?.contains("overstated by 15 pp") == true)
        let conflicts = try #require(doc["conflicts"] as? [[String: String]])
        #expect(conflicts.count == 1)
        #expect(conflicts[0]["difference"] == "12.5%")
    }

    @Test func seriesListsObservationsInTimeOrderWithYoY() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("claims.jsonl", ClaimIO.writeJSONL(sample))
        let out = try SeriesCommand.parse([path, "--format", "csv", "--series", "industry_size/中国/人工智能核心产业/CNY"]).produce()
        let lines = out.out.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 6)  // header, 2021–2024, the 2030 target
        #expect(lines[2].contains(",2022,500000000000,") && lines[2].contains(",25.0000,"))
        #expect(lines[5].contains(",2030,") && lines[5].contains(",target,"))
        #expect(throws: AnalysisFailure.self) { try SeriesCommand.parse([path, "--series", "no-such-series"]).produce() }
        // a foreign-currency series shows its CNY equivalent, marked, with the rate used
        let usd = try dir.write("usd.jsonl", ClaimIO.writeJSONL([
            c("u.txt", 0, "6000亿美元", 6e11, unit: "USD", metric: "market_size", subject: "全球人工智能市场", region: "全球", period: "2024"),
            c("u.txt", 20, "7500亿美元", 7.5e11, unit: "USD", metric: "market_size", subject: "全球人工智能市场", region: "全球", period: "2025"),
        ]))
        let text = try SeriesCommand.parse([usd, "--width", "120"]).produce().out
        #expect(text.contains("5.33万亿元*") && text.contains("1 USD = 7.1 CNY"))
    }

    @Test func forecastProjectsWithIntervalsAndSetsTheTargetAgainstThePath() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("claims.jsonl", ClaimIO.writeJSONL(sample))
        let out = try ForecastCommand.parse([path, "--format", "json", "--method", "loglinear", "--horizon", "2"]).produce()
        let doc = try json(out.out)
        let rows = try #require(doc["industry_size/中国/人工智能核心产业/CNY"] as? [[String: String]])
        #expect(rows.map { $0["year"] } == ["2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030"])
        #expect(rows[5]["80% interval"]?.contains("–") == true)
        #expect(rows[9]["note"]?.contains("needs") == true && rows[9]["note"]?.contains("f.txt:9-15") == true)
    }

    @Test func badInputNamesTheFileAndLine() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("bad.jsonl", ClaimIO.writeJSONL(Array(sample.prefix(2))) + "{\"doc\": 3}\n")
        do {
            _ = try CheckCommand.parse([path]).produce()
            Issue.record("expected a failure")
        } catch let e as AnalysisFailure {
            #expect(e.description.contains("\(path):3:"))
        }
        let missing = dir.root + "/missing.txt"
        let good = try dir.write("good.jsonl", ClaimIO.writeJSONL(sample))
        let out = try CheckCommand.parse([good, missing]).produce()
        #expect(out.err.contains(missing))   // named, and the rest still analysed
        #expect(out.out.contains("inconsistent"))
    }

    @Test func reportIsWrittenAtomicallyToOut() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("claims.jsonl", ClaimIO.writeJSONL(sample))
        let target = dir.root + "/report.md"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        _ = try ReportCommand.parse([path, "--out", target]).produce()
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.hasPrefix("# Trendline report"))
        #expect(text.contains("## Growth claims") && text.contains("## Forecasts") && text.contains("## Series"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.root).sorted() == ["claims.jsonl", "report.md"])
        #expect(throws: AnalysisFailure.self) {
            try ReportCommand.parse([path, "--out", dir.root + "/no/such/dir/r.md"]).produce()
        }
    }

    @Test(arguments: [
        ["--format", "yaml"], ["--width", "5"], ["--region-level", "planet"], ["--metric", "fund"],
    ])
    func usageErrorsAreRejectedBeforeWork(args: [String]) {
        #expect(throws: (any Error).self) { _ = try CompareCommand.parse(["x.jsonl"] + args) }
    }

    @Test func everyTextTableHasRowsOfEqualDisplayWidth() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let path = try dir.write("claims.jsonl", ClaimIO.writeJSONL(sample))
        for width in [60, 100, 160] {
            let outputs = [
                try SeriesCommand.parse([path, "--width", "\(width)"]).produce().out,
                try CompareCommand.parse([path, "--width", "\(width)"]).produce().out,
                try CheckCommand.parse([path, "--width", "\(width)"]).produce().out,
                try ForecastCommand.parse([path, "--width", "\(width)"]).produce().out,
            ]
            for text in outputs {
                // tables are separated by blank lines; notes follow the last table
                for block in text.components(separatedBy: "\n\n") {
                    let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
                    guard lines.count > 2, lines.contains(where: { $0.hasPrefix("---") || $0.contains(" ---") }) else { continue }
                    let widths = Set(lines.map { DisplayWidth.of($0) })
                    #expect(widths.count == 1, "unequal widths \(widths) at --width \(width):\n\(block)")
                    #expect((widths.first ?? 0) <= width)
                }
            }
        }
    }
}

@Suite struct ReportFreshnessTests {
    static let command = "swift run trendline report Datasets/articles --out Reports/report.md"

    @Test func reportsReportMdMatchesTheBundledCorpus() throws {
        // Tests/TrendlineCLITests/AnalysisCommandTests.swift → package root
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let input = ClaimInput.load([root + "/Datasets/articles"], relativeTo: root)
        #expect(input.problems.isEmpty, "\(input.problems)")
        let fresh = AnalysisReport.markdown(input)
        let stored = (try? String(contentsOfFile: root + "/Reports/report.md", encoding: .utf8)) ?? ""
        let a = stored.components(separatedBy: "\n"), b = fresh.components(separatedBy: "\n")
        let firstDifference = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let stale = stored != fresh
        #expect(!stale, """
            Reports/report.md is stale: run `\(Self.command)` from the package root.
            First difference at line \(firstDifference + 1):
              stored: \(firstDifference < a.count ? a[firstDifference] : "(end of file)")
              fresh:  \(firstDifference < b.count ? b[firstDifference] : "(end of file)")
            """)
    }
}

/// The planted facts of the bundled corpus (Datasets/README.md, MANIFEST) that the analyses must find.
@Suite struct BundledCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let input = ClaimInput.load([root + "/Datasets/articles"], relativeTo: root)

    @Test func checkFindsEveryPlantedInconsistencyAndNothingElse() {
        let set = SeriesSet.build(Self.input.claims)
        let checks = GrowthChecker.check(Self.input.claims, against: set)
        let inconsistent = checks.filter { $0.verdict == .inconsistent }
        let docs = Set(inconsistent.flatMap(\.sources).map { ($0.doc as NSString).lastPathComponent })
        // 007 states +40% for 2022 (levels give +25%); 013 states +35% for 2023 (levels give +20%)
        #expect(docs == ["007-core-industry-2022.txt", "013-ai-financing-2023.txt"])
        // 增长1.5倍 from 4000亿 (2021) to 1万亿 (2025) holds as ×2.5
        let times = checks.first { $0.claim.unit == "multiple" && $0.claim.doc.hasSuffix("011-core-industry-2025.txt") }
        #expect(times?.verdict == .consistent)
        // Beijing 2025 +20% has no 2024 level anywhere
        let beijing = checks.first { $0.claim.doc.hasSuffix("014-beijing-ai-industry.txt") }
        #expect(beijing?.verdict == .unverifiable)
        // the one planted conflict: Shanghai 2024, 4500亿 vs 4000亿
        #expect(set.conflicts.map(\.key.region) == ["上海市"])
    }

    @Test func compareRanksAllTheRegionalFunds() {
        let c = Comparison.rank(SeriesSet.build(Self.input.claims), metric: "fund_size")
        let regions = Set(c.rows.map(\.region))
        #expect(regions.isSuperset(of: ["安徽省", "广西", "河南省", "浙江省", "天津市", "北京市", "上海市", "广东省", "湖北省", "中国"]))
        // each fund once, even when two articles state it
        #expect(c.rows.count == regions.count)
        #expect(c.rows.first { $0.region == "安徽省" }?.observation.bound == .atLeast)
    }
}

@Suite struct AnalysisInputTests {
    @Test func articlesAreExtractedAndOverflowingNumbersAreLeftOutWithAMessage() throws {
        let dir = try ClaimsDir(); defer { dir.cleanup() }
        let big = String(repeating: "9", count: 400)
        let text = "2024年我国人工智能核心产业规模达到7500亿元。另有\(big)亿元的说法。\n"
        let path = try dir.write("a.txt", text)
        let input = ClaimInput.load([path])
        #expect(input.documents == [path])
        #expect(input.claims.allSatisfy { $0.value.isFinite })
        #expect(input.claims.contains { $0.value == 7.5e11 })
        // whatever the extractor makes of the overflowing figure, a non-finite value is named, not analysed
        let overflowing = Extractor().extract(text: text, doc: path).claims.filter { !$0.value.isFinite }
        #expect(input.problems.filter { $0.hasPrefix(path + ":") && $0.contains("no finite value") }.count == overflowing.count)
    }
}
