import ArgumentParser
import Foundation
import TrendlineAnalysis
import TrendlineSeries
import TrendlineTables

extension ForecastMethod: ExpressibleByArgument {}

/// `trendline forecast PATH... [--series KEY] [--horizon N] [--method M]`.
struct ForecastCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Project series with 80% and 95% prediction intervals; set stated targets against the path.",
        discussion: """
            Fits whole-year actual values: CAGR for two points, log-linear least squares for three, damped Holt \
            for four or more (or --method). Targets and forecasts the articles state for later years are shown \
            in the projection year with the growth they require against the historical rate.
            """)

    @OptionGroup var options: AnalysisOptions

    @Option(help: "Only series whose id (metric/region/subject/unit) or subject contains this text.")
    var series: String?

    @Option(help: "Years to project (at least 1; extended to cover stated targets).")
    var horizon: Int = 3

    @Option(help: "cagr, loglinear or holt (default: chosen by the number of points).")
    var method: ForecastMethod?

    func validate() throws {
        guard (1...50).contains(horizon) else { throw ValidationError("--horizon must be between 1 and 50") }
    }

    func produce() throws -> CommandOutput {
        var output = CommandOutput()
        let input = try loadAnalysisInput(options, command: Self.name, output: &output)
        let set = SeriesSet.build(input.claims)
        var candidates = SeriesForecast.forecastable(set)
        if let q = series {
            let matched = set.find(q)
            guard !matched.isEmpty else { throw AnalysisFailure("no series matches \"\(q)\"; run `trendline series` to list them") }
            candidates = matched
        }
        var sections: [(key: String, table: Table)] = []
        var notes: [String] = []
        var skipped: [String] = []
        for s in candidates {
            do {
                let f = try SeriesForecast.make(s, horizon: horizon, method: method, related: SeriesForecast.regionless(of: s, in: set))
                sections.append((s.key.id, AnalysisTables.forecast(f, full: options.format == .csv || options.format == .json)))
                notes += f.result.notes.map { "\(s.label): \($0)" }
            } catch SeriesForecastError.tooFewPoints {
                skipped.append(s.key.id)
            } catch {
                notes.append("\(s.key.id): \(error.localizedDescription)")
            }
        }
        if !skipped.isEmpty { notes.append("not forecast (fewer than 2 whole-year actual values): " + skipped.joined(separator: ", ")) }
        guard !sections.isEmpty else {
            throw AnalysisFailure(notes.last ?? "no series has two or more whole-year actual values to forecast from")
        }
        render(sections, options: options, notes: notes, into: &output)
        return output
    }
}
