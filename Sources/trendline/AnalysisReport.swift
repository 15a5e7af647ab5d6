import Foundation
import TrendlineAnalysis
import TrendlineExtraction
import TrendlineSeries
import TrendlineTables

/// The whole analysis of a set of claims as one Markdown document. Deterministic: the same
/// claims give the same bytes (no dates, no absolute paths).
enum AnalysisReport {
    /// Metrics ranked in the comparison section when at least three regions state them.
    static let comparedMetrics = ["fund_size", "industry_size", "market_size", "investment", "financing"]

    static func markdown(_ input: ClaimInput, rates: CurrencyRates = .builtIn, horizon: Int = 3) -> String {
        let set = SeriesSet.build(input.claims)
        let trends = set.series.map(Trend.init)
        let checks = GrowthChecker.check(input.claims, against: set)
        var md = "# Trendline report\n\n"
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        md += n(input.documents.count, "document", "documents") + ", " + n(input.claims.count, "claim", "claims") + ", "
        md += n(set.series.count, "series", "series") + ", " + n(checks.count, "growth claim", "growth claims") + " checked, "
        md += n(set.conflicts.count, "cross-article conflict", "cross-article conflicts") + ".\n"
        md += "Every figure names its source as `file:start-end` (Unicode scalar offsets of the quote in the article).\n\n"
        md += "Regenerate with `swift run trendline report Datasets/articles --out Reports/report.md` (see Reports/README.md).\n\n"

        func table(_ t: Table) -> String {
            var s = ""
            if let title = t.title { s += "**\(title)**\n\n" }
            var copy = t; copy.title = nil
            s += copy.render(.markdown) + "\n\n"
            return s
        }

        // growth checks first: they are the findings
        md += "## Growth claims\n\n"
        let counts = [GrowthCheck.Verdict.inconsistent, .consistent, .unverifiable].map { v in "\(checks.filter { $0.verdict == v }.count) \(v.rawValue)" }
        md += counts.joined(separator: ", ") + ".\n\n"
        if !checks.isEmpty {
            let order: [GrowthCheck.Verdict] = [.inconsistent, .unverifiable, .consistent]
            let sorted = order.flatMap { v in checks.filter { $0.verdict == v } }
            md += table(AnalysisTables.checks(sorted, full: false))
        }

        md += "## Cross-article conflicts\n\n"
        md += set.conflicts.isEmpty ? "None.\n\n" : table(AnalysisTables.conflicts(set.conflicts, full: false))

        md += "## Comparisons\n\n"
        var anyComparison = false
        for metric in comparedMetrics {
            let c = Comparison.rank(set, metric: metric, rates: rates)
            guard Set(c.rows.map(\.region).filter { !$0.isEmpty }).count >= 3 else { continue }
            anyComparison = true
            md += table(AnalysisTables.comparison(c, full: false))
            let notes = AnalysisTables.comparisonNotes(c)
            if !notes.isEmpty { md += notes.map { "- " + $0 }.joined(separator: "\n") + "\n\n" }
        }
        if !anyComparison { md += "No metric is stated for three or more regions.\n\n" }

        md += "## Forecasts\n\n"
        let forecastable = SeriesForecast.forecastable(set)
        if forecastable.isEmpty { md += "No series has two or more whole-year actual values.\n\n" }
        for s in forecastable {
            do {
                let f = try SeriesForecast.make(s, horizon: horizon, related: SeriesForecast.regionless(of: s, in: set))
                md += table(AnalysisTables.forecast(f, full: false))
                if !f.result.notes.isEmpty { md += f.result.notes.map { "- " + $0 }.joined(separator: "\n") + "\n\n" }
            } catch {
                md += "- \(s.label): \(error.localizedDescription)\n\n"
            }
        }

        md += "## Series\n\n"
        let multi = trends.filter { $0.rows.count > 1 }, single = trends.filter { $0.rows.count == 1 }
        for t in multi { md += table(AnalysisTables.trend(t, full: false, rates: rates)) }
        if let note = AnalysisTables.conversionNote(Set(multi.map(\.series.key.unit)), rates: rates) { md += "- " + note + "\n\n" }
        if !single.isEmpty { md += table(AnalysisTables.singletons(single, full: false)) }

        md += "## Documents\n\n" + input.documents.map { "- `\($0)`" }.joined(separator: "\n") + "\n"
        if !input.problems.isEmpty {
            md += "\n## Input problems\n\n" + input.problems.map { "- " + $0 }.joined(separator: "\n") + "\n"
        }
        md += "\nExchange rates (\(rates.origin), CNY per unit): "
            + rates.cnyPer.sorted { $0.key < $1.key }.map { "\($0.key) \(Amount.trimmed($0.value, digits: 4))" }.joined(separator: ", ") + ".\n"
        return md
    }

    /// The bundled corpus: Datasets/articles under the current directory, else next to this source tree.
    static func bundledCorpus(filePath: String = #filePath) -> (articles: String, root: String)? {
        let fm = FileManager.default
        let cwd = fm.currentDirectoryPath
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: cwd + "/Datasets/articles", isDirectory: &isDir), isDir.boolValue {
            return (cwd + "/Datasets/articles", cwd)
        }
        // Sources/trendline/AnalysisReport.swift → package root
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        if fm.fileExists(atPath: root + "/Datasets/articles", isDirectory: &isDir), isDir.boolValue {
            return (root + "/Datasets/articles", root)
        }
        return nil
    }
}
