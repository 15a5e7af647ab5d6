import ArgumentParser
import Foundation
import TrendlineAnalysis
import TrendlineSeries
import TrendlineTables

/// `trendline check PATH...`: every growth claim against the levels stated anywhere, and conflicts.
struct CheckCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Test every growth claim against the levels the articles state; list cross-article conflicts.",
        discussion: """
            Bounds are intervals (超1.2万亿 is a lower bound), stated figures may be rounded (half a unit of the \
            last digit), 增长N倍 is tested as ×(N+1) and as ×N, and part-year figures are flagged rather than \
            compared with whole years. Verdicts: consistent, inconsistent (with the gap in percentage points), \
            unverifiable (what is missing and the level the claim implies). Exit status 0 either way.
            """)

    @OptionGroup var options: AnalysisOptions

    func produce() throws -> CommandOutput {
        var output = CommandOutput()
        let input = try loadAnalysisInput(options, command: Self.name, output: &output)
        let set = SeriesSet.build(input.claims)
        let checks = GrowthChecker.check(input.claims, against: set)
        let full = options.format == .csv || options.format == .json
        let sections: [(key: String, table: Table)] = [
            ("checks", AnalysisTables.checks(checks, full: full)),
            ("conflicts", AnalysisTables.conflicts(set.conflicts, full: full)),
        ]
        let counts = [GrowthCheck.Verdict.consistent, .inconsistent, .unverifiable].map { v in
            "\(checks.filter { $0.verdict == v }.count) \(v.rawValue)"
        }
        render(sections, options: options,
               notes: ["\(checks.count) growth claim\(checks.count == 1 ? "" : "s"): " + counts.joined(separator: ", ")
                       + "; \(set.conflicts.count) conflict\(set.conflicts.count == 1 ? "" : "s")."],
               into: &output)
        return output
    }
}
