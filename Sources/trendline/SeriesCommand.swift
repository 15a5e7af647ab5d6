import ArgumentParser
import Foundation
import TrendlineAnalysis
import TrendlineSeries
import TrendlineTables

/// `trendline series PATH...`: every series with its observations in time order, yoy change and CAGR.
struct SeriesCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "Group claims into dated series (metric, subject, region, unit) with yoy change and CAGR.",
        discussion: """
            The same fact stated by several articles is one observation listing every source; different \
            values for one period are marked as a conflict. Text and Markdown print one table per series with \
            two or more observations, then the single figures; CSV and JSON print one flat table.
            """)

    @OptionGroup var options: AnalysisOptions

    @Option(help: "Only series whose id (metric/region/subject/unit) or subject contains this text.")
    var series: String?

    func produce() throws -> CommandOutput {
        var output = CommandOutput()
        let input = try loadAnalysisInput(options, command: Self.name, output: &output)
        let set = SeriesSet.build(input.claims)
        var chosen = set.series
        if let q = series {
            chosen = set.find(q)
            guard !chosen.isEmpty else { throw AnalysisFailure("no series matches \"\(q)\"; run `trendline series` to list them") }
        }
        let trends = chosen.map(Trend.init)
        let rates = try options.loadRates()
        switch options.format {
        case .csv, .json:
            render([("series", AnalysisTables.flatSeries(trends, rates: rates))], options: options, into: &output)
        case .text, .markdown:
            let multi = trends.filter { $0.rows.count > 1 }, single = trends.filter { $0.rows.count == 1 }
            var sections = multi.map { (key: $0.series.key.id, table: AnalysisTables.trend($0, full: false, rates: rates)) }
            if !single.isEmpty { sections.append(("single", AnalysisTables.singletons(single, full: false))) }
            var notes = ["\(chosen.count) series from \(input.claims.count) claims in \(input.documents.count) documents."]
            if let note = AnalysisTables.conversionNote(Set(multi.map(\.series.key.unit)), rates: rates) { notes.append(note) }
            render(sections, options: options, notes: notes, into: &output)
        }
        return output
    }
}
