import ArgumentParser
import Foundation
import TrendlineAnalysis
import TrendlineExtraction
import TrendlineSeries
import TrendlineTables

extension Comparison.Level: ExpressibleByArgument {}
extension Modality: ExpressibleByArgument {}

/// `trendline compare PATH... --metric fund_size`: ranks entities on one metric.
struct CompareCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Rank entities (regions' funds, industries …) on one metric with share of the total and source.",
        discussion: """
            Each series of the metric is one entity, ranked by its latest value of the chosen modality. Money in \
            other currencies is converted to CNY with the rate table (shown, and overridable with --rates) and \
            marked. Bounded values (不低于200亿元) rank at the stated figure and keep their bound.
            """)

    @OptionGroup var options: AnalysisOptions

    @Option(help: "The metric to rank on (\(Metric.all.joined(separator: ", "))).")
    var metric: String = "fund_size"

    @Option(name: .customLong("region-level"), help: "Only regions of this level: province, city, country or any.")
    var regionLevel: Comparison.Level = .any

    @Option(help: "Which figures to rank: actual, forecast or target.")
    var modality: Modality = .actual

    @Option(help: "Only figures for this period (2025, 2021..2025).")
    var period: String?

    func validate() throws {
        guard Metric.all.contains(metric) else {
            throw ValidationError("unknown metric \"\(metric)\"; one of \(Metric.all.joined(separator: ", "))")
        }
    }

    func produce() throws -> CommandOutput {
        var output = CommandOutput()
        let input = try loadAnalysisInput(options, command: Self.name, output: &output)
        let set = SeriesSet.build(input.claims)
        let c = Comparison.rank(set, metric: metric, level: regionLevel, modality: modality, period: period,
                                rates: try options.loadRates())
        guard !c.rows.isEmpty else {
            throw AnalysisFailure("no \(modality.rawValue) \(metric) figures at \(regionLevel.rawValue) level in the input")
        }
        render([("comparison", AnalysisTables.comparison(c, full: options.format == .csv || options.format == .json))],
               options: options, notes: AnalysisTables.comparisonNotes(c), into: &output)
        return output
    }
}
